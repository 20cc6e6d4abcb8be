// What the client's session code needs of a browser and a server, faked for unit tests: a
// localStorage, and a fetch that answers /api/auth/* (and any other path) as the test says and
// records every request with its bearer token.
import { vi } from 'vitest';

export const user = { id: 'u1', name: 'Nguyễn Văn An', role: 'student' as const, institutionId: 'i1' };

export interface Request {
  path: string;
  method: string;
  token: string | undefined;
  body: unknown;
}

type Handler = (request: Request) => Response | Promise<Response>;

export const json = (status: number, body?: unknown) =>
  new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
export const unauthorized = () => json(401, { error: { code: 'unauthorized', message: 'Sign in again.' } });

/** An access token's answer that expires `lifeMs` after `now`. */
export const tokenAnswer = (token: string, lifeMs: number, now = Date.now()) => ({ token, expiresAt: new Date(now + lifeMs).toISOString(), user });

export function fakeBrowser() {
  const kept = new Map<string, string>();
  const storage = {
    getItem: (key: string) => kept.get(key) ?? null,
    setItem: (key: string, value: string) => void kept.set(key, value),
    removeItem: (key: string) => void kept.delete(key),
  };
  const requests: Request[] = [];
  const routes = new Map<string, Handler>();
  vi.stubGlobal('localStorage', storage);
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit = {}) => {
      const path = url.replace(/^\/api/, '');
      const authorization = (init.headers as Record<string, string> | undefined)?.Authorization;
      const request = { path, method: init.method ?? 'GET', token: authorization?.replace(/^Bearer /, ''), body: init.body ? JSON.parse(String(init.body)) : undefined };
      requests.push(request);
      const handler = routes.get(path);
      if (!handler) return json(404, { error: { code: 'not_found', message: 'no such route' } });
      return handler(request);
    }),
  );
  return {
    storage,
    requests,
    /** Answers `path` with `handler` from now on. */
    route: (path: string, handler: Handler) => void routes.set(path, handler),
    to: (path: string) => requests.filter((request) => request.path === path),
  };
}

/** A signed-in session as kept in localStorage: `token` due for refresh at `refreshAt`. */
export function keptSession(token: string, refreshAt: number, refreshToken = 'r1') {
  return JSON.stringify({ token, refreshToken, expiresAt: new Date(refreshAt + 60_000).toISOString(), refreshAt, user });
}

/** The client's session modules, loaded afresh (each reads the kept session when loaded). */
export async function loadClient() {
  vi.resetModules();
  const [store, access, api] = await Promise.all([
    import('../../../../client/app/sessionStore'),
    import('../../../../client/app/accessToken'),
    import('../../../../client/app/api'),
  ]);
  return { ...store, ...access, ...api };
}
