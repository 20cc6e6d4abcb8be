// A read-only window into app state for end-to-end tests: `window.__vocaxr.read()` returns
// a plain snapshot. Modules publish a getter under their own key; nothing here can change state.

type Getter = () => unknown;
const getters = new Map<string, Getter>();

export function publishTestState(key: string, getter: Getter): () => void {
  getters.set(key, getter);
  return () => {
    if (getters.get(key) === getter) getters.delete(key);
  };
}

declare global {
  interface Window {
    __vocaxr?: { read(): Record<string, unknown> };
  }
}

if (typeof window !== 'undefined' && !window.__vocaxr) {
  Object.defineProperty(window, '__vocaxr', {
    value: Object.freeze({ read: () => Object.fromEntries([...getters].map(([key, get]) => [key, structuredClone(get())])) }),
    writable: false,
  });
}
