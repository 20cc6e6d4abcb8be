// The VocaXR mark and word, linking home.
import { Link } from 'react-router';

export function Logo() {
  return (
    <Link to="/" className="logo" aria-label="VocaXR">
      <svg viewBox="0 0 64 64" width="32" height="32" aria-hidden="true">
        <rect width="64" height="64" rx="14" fill="#0f3d5e" />
        <path d="M14 20h10l8 20 8-20h10L37 48h-10z" fill="#fff" />
        <circle cx="46" cy="18" r="5" fill="#ff8a1f" />
      </svg>
      <span>VocaXR</span>
    </Link>
  );
}
