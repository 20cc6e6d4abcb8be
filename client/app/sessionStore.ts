// The signed-in session as plain state (a zustand vanilla store, no React): kept in
// localStorage so it survives a reload, mirrored between tabs, checked with the server at
// start. useSession.tsx is the one bridge into React components; non-React code reads
// `sessionStore.getState()` directly.
import { createStore } from 'zustand/vanilla';
import type { LoginResponse, PublicUser } from '../../scenes/protocol/rest';
import { apiFetch, apiSend, ApiRequestError } from './api';
import { endpoints } from './endpoints';

const storageKey = 'vocaxr.session';

export interface SignedIn {
  token: string;
  user: PublicUser;
}

/** Why the last session ended when the user did not sign out: the login page says so. */
export type SessionEnd = 'expired';

export interface SessionState {
  session: SignedIn | undefined;
  /** True while a kept token is being checked with the server at start. */
  checking: boolean;
  ended: SessionEnd | undefined;
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

function saveSession(session: SignedIn): void {
  localStorage.setItem(storageKey, JSON.stringify(session));
}

function clearSession(): void {
  try {
    localStorage.removeItem(storageKey);
  } catch {
    // storage unavailable (private mode): the in-memory state below still signs out
  }
}

const kept = loadSession();
export const sessionStore = createStore<SessionState>()(() => ({ session: kept, checking: kept !== undefined, ended: undefined }));

export async function signIn(username: string, password: string): Promise<PublicUser> {
  const response: LoginResponse = await apiSend(endpoints.login({ username, password }));
  saveSession(response);
  sessionStore.setState({ session: response, ended: undefined });
  return response.user;
}

/** Ends the session here; `reason` when the server ended it (an expired or revoked token). */
export function signOut(reason?: SessionEnd): void {
  clearSession();
  sessionStore.setState({ session: undefined, checking: false, ended: reason });
}

/**
 * At start: asks the server whether the kept token still holds. A 401 signs out (to the login
 * page, not to an error); offline or a server error keeps the session and pages show their own.
 */
export async function checkKeptSession(signal?: AbortSignal): Promise<void> {
  const current = sessionStore.getState().session;
  if (!current) return;
  try {
    const { user } = await apiFetch(endpoints.me(), { token: current.token, signal });
    const refreshed = { token: current.token, user };
    saveSession(refreshed);
    sessionStore.setState({ session: refreshed });
  } catch (error) {
    if (error instanceof ApiRequestError && error.status === 401) signOut('expired');
  } finally {
    if (!signal?.aborted) sessionStore.setState({ checking: false });
  }
}

/** Another tab signed in or out: follow it (the storage event fires in the other tabs only). */
export function followOtherTabs(target: Window): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key !== storageKey && event.key !== null) return;
    sessionStore.setState({ session: loadSession(), ended: undefined });
  };
  target.addEventListener('storage', onStorage);
  return () => target.removeEventListener('storage', onStorage);
}
