// The signed-in session, kept in localStorage so it survives a reload. Plain functions,
// no React: the hook in useSession.tsx wires them into components.
import type { LoginResponse, PublicUser } from '../../scenes/protocol/rest';

const storageKey = 'vocaxr.session';

export interface SignedIn {
  token: string;
  user: PublicUser;
}

export function loadSession(): SignedIn | undefined {
  try {
    const raw = localStorage.getItem(storageKey);
    if (!raw) return undefined;
    const parsed = JSON.parse(raw) as Partial<SignedIn>;
    return typeof parsed.token === 'string' && parsed.user ? (parsed as SignedIn) : undefined;
  } catch {
    return undefined;
  }
}

export function saveSession(session: LoginResponse): void {
  localStorage.setItem(storageKey, JSON.stringify(session));
}

export function clearSession(): void {
  localStorage.removeItem(storageKey);
}
