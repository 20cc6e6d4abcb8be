// The bridge from the plain session store (sessionStore.ts, zustand) into React: components
// read the session with useSession() and re-render when it changes. SessionProvider only
// starts the server check of a kept sign-in, keeps the access token fresh and follows
// sign-ins, refreshes and sign-outs of other tabs.
import { useEffect, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { PublicUser } from '../../scenes/protocol/rest';
import { keepTokenFresh } from './accessToken';
import { apiFetch } from './api';
import { endpoints } from './endpoints';
import { followOtherTabs, keepUser, sessionStore, signIn, signOut, type SessionEnd, type SignedIn } from './sessionStore';

interface SessionValue {
  session: SignedIn | undefined;
  /** True while a kept token is being checked with the server at start. */
  checking: boolean;
  /** Why the last session ended, when the server ended it. */
  ended: SessionEnd | undefined;
  signIn(username: string, password: string): Promise<PublicUser>;
  signOut(reason?: SessionEnd): void;
}

/**
 * At start: asks the server whether the kept sign-in still holds (refreshing its token when
 * due). A refusal signs out in api.ts (to the login page, not to an error); offline or a
 * server error keeps the session and pages show their own.
 */
export async function checkKeptSession(signal?: AbortSignal): Promise<void> {
  if (!sessionStore.getState().session) return;
  try {
    const { user } = await apiFetch(endpoints.me(), { signal });
    keepUser(user);
  } catch {
    // see above: api.ts has signed out when the server refused the sign-in
  } finally {
    if (!signal?.aborted) sessionStore.setState({ checking: false });
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  useEffect(() => {
    const controller = new AbortController();
    void checkKeptSession(controller.signal);
    const stopFollowing = followOtherTabs(window);
    const stopRefreshing = keepTokenFresh();
    return () => {
      controller.abort();
      stopFollowing();
      stopRefreshing();
    };
  }, []);
  return children;
}

export function useSession(): SessionValue {
  const session = useStore(sessionStore, (state) => state.session);
  const checking = useStore(sessionStore, (state) => state.checking);
  const ended = useStore(sessionStore, (state) => state.ended);
  return { session, checking, ended, signIn, signOut };
}
