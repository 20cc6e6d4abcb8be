// The bridge from the plain session store (sessionStore.ts, zustand) into React: components
// read the session with useSession() and re-render when it changes. SessionProvider only
// starts the server check of a kept token and follows sign-ins and sign-outs of other tabs.
import { useEffect, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { PublicUser } from '../../scenes/protocol/rest';
import { checkKeptSession, followOtherTabs, sessionStore, signIn, signOut, type SessionEnd, type SignedIn } from './sessionStore';

interface SessionValue {
  session: SignedIn | undefined;
  /** True while a kept token is being checked with the server at start. */
  checking: boolean;
  /** Why the last session ended, when the server ended it. */
  ended: SessionEnd | undefined;
  signIn(username: string, password: string): Promise<PublicUser>;
  signOut(reason?: SessionEnd): void;
}

export function SessionProvider({ children }: { children: ReactNode }) {
  useEffect(() => {
    const controller = new AbortController();
    void checkKeptSession(controller.signal);
    const stopFollowing = followOtherTabs(window);
    return () => {
      controller.abort();
      stopFollowing();
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
