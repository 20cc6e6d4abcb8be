// The signed-in session as plain state (a zustand vanilla store, no React): kept in
// localStorage so it survives a reload, mirrored between tabs (a sign-in, a sign-out or a
// refreshed access token in one tab holds in all). useSession.tsx is the one bridge into React
// components; non-React code reads `sessionStore.getState()` directly. accessToken.ts keeps the
// access token fresh.
import { createStore } from 'zustand/vanilla';
import type { LoginResponse, PublicUser } from '../../scenes/protocol/rest';
import { httpSend } from './http';
import { endpoints } from './endpoints';
import { tokenRefreshAt } from './tokenLifetime';

const storageKey = 'vocaxr.session';

export interface SignedIn {
  /** The short-lived access token (Bearer). */
  token: string;
  /** Buys new access tokens until the sign-in ends; shared by every tab. */
  refreshToken: string;
  /** When `token` expires, on the server's clock (ISO 8601). */
  expiresAt: string;
  /** When to refresh `token`, on this PC's clock (epoch ms; tokenLifetime.ts). */
  refreshAt: number;
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

/** The kept session; one kept before refresh tokens existed (no refreshToken) counts as none. */
export function loadSession(): SignedIn | undefined {
  try {
    const raw = localStorage.getItem(storageKey);
    if (!raw) return undefined;
    const parsed = JSON.parse(raw) as Partial<SignedIn>;
    const complete = typeof parsed.token === 'string' && typeof parsed.refreshToken === 'string' && typeof parsed.refreshAt === 'number' && parsed.user;
    return complete ? (parsed as SignedIn) : undefined;
  } catch {
    return undefined;
  }
}

function saveSession(session: SignedIn): void {
  try {
    localStorage.setItem(storageKey, JSON.stringify(session));
  } catch {
    // storage unavailable (private mode): this tab still holds the session in memory
  }
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

/** Keeps a sign-in's (new) access token, here and in the other tabs. */
export function keepAccessToken(answer: { token: string; expiresAt: string; user: PublicUser }, refreshToken: string, receivedAt = Date.now()): SignedIn {
  const session: SignedIn = { token: answer.token, refreshToken, expiresAt: answer.expiresAt, refreshAt: tokenRefreshAt(answer.token, answer.expiresAt, receivedAt), user: answer.user };
  saveSession(session);
  sessionStore.setState({ session, ended: undefined });
  return session;
}

/** The user as the server has them now (a changed name or role). */
export function keepUser(user: PublicUser): void {
  const session = sessionStore.getState().session;
  if (!session) return;
  const updated = { ...session, user };
  saveSession(updated);
  sessionStore.setState({ session: updated });
}

export async function signIn(username: string, password: string): Promise<PublicUser> {
  const response: LoginResponse = await httpSend(endpoints.login({ username, password }));
  return keepAccessToken(response, response.refreshToken).user;
}

/**
 * Ends the session here. Without `reason` the user signed out: the server is asked to revoke
 * the sign-in (every tab, token and socket of it) without holding up the page; `reason` when
 * the server already ended it (the sign-in expired or was revoked).
 */
export function signOut(reason?: SessionEnd): void {
  const ending = sessionStore.getState().session;
  clearSession();
  sessionStore.setState({ session: undefined, checking: false, ended: reason });
  if (ending && !reason) void revokeOnServer(ending);
}

/** Signs out because the server refused `token`, unless the session has moved on since (refreshed, another user). */
export function signOutRefused(token: string): void {
  if (sessionStore.getState().session?.token === token) signOut('expired');
}

async function revokeOnServer(ending: SignedIn): Promise<void> {
  try {
    // The refresh token names the sign-in too, for when the access token has already expired.
    await httpSend(endpoints.logout(ending.refreshToken), { token: ending.token });
  } catch {
    // Offline or already ended: the access token runs out by itself within minutes, and the
    // refresh token is gone from this browser.
  }
}

/** Another tab signed in, refreshed or signed out: follow it (the storage event fires in the other tabs only). */
export function followOtherTabs(target: Window): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key !== storageKey && event.key !== null) return;
    sessionStore.setState({ session: loadSession(), ended: undefined });
  };
  target.addEventListener('storage', onStorage);
  return () => target.removeEventListener('storage', onStorage);
}
