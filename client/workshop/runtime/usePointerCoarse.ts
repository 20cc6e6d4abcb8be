// Whether the primary pointer is a finger (phone, tablet): the workshop then explains touch
// instead of mouse and keys, and shows on-screen buttons for what keys do on a PC.
import { useSyncExternalStore } from 'react';

const query = '(pointer: coarse)';

function subscribe(onChange: () => void): () => void {
  if (typeof matchMedia !== 'function') return () => undefined;
  const list = matchMedia(query);
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
}

export function primaryPointerIsCoarse(): boolean {
  return typeof matchMedia === 'function' && matchMedia(query).matches;
}

export function usePointerCoarse(): boolean {
  return useSyncExternalStore(subscribe, primaryPointerIsCoarse, () => false);
}
