// React context over sessionStore: sign in, sign out, and a check of a kept token at start
// (an expired or revoked token sends the user back to the login page, not to an error).
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { LoginResponse, PublicUser } from '../../scenes/protocol/rest';
import { apiFetch, ApiRequestError } from './api';
import { clearSession, loadSession, saveSession, type SignedIn } from './sessionStore';

interface SessionContextValue {
  session: SignedIn | undefined;
  /** True while a kept token is being checked with the server at start. */
  checking: boolean;
  signIn(username: string, password: string): Promise<PublicUser>;
  signOut(): void;
}

const SessionContext = createContext<SessionContextValue | undefined>(undefined);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<SignedIn | undefined>(loadSession);
  const [checking, setChecking] = useState(session !== undefined);

  useEffect(() => {
    const kept = loadSession();
    if (!kept) return;
    const controller = new AbortController();
    apiFetch<{ user: PublicUser }>('/auth/me', { token: kept.token, signal: controller.signal })
      .then(({ user }) => {
        const refreshed = { token: kept.token, user };
        saveSession(refreshed);
        setSession(refreshed);
      })
      .catch((error: unknown) => {
        if (error instanceof ApiRequestError && error.status === 401) {
          clearSession();
          setSession(undefined);
        }
        // Offline or server down: keep the session; pages show their own errors.
      })
      .finally(() => {
        if (!controller.signal.aborted) setChecking(false);
      });
    return () => controller.abort();
  }, []);

  const signIn = useCallback(async (username: string, password: string) => {
    const response = await apiFetch<LoginResponse>('/auth/login', { method: 'POST', body: { username, password } });
    saveSession(response);
    setSession(response);
    return response.user;
  }, []);

  const signOut = useCallback(() => {
    clearSession();
    setSession(undefined);
  }, []);

  const value = useMemo(() => ({ session, checking, signIn, signOut }), [session, checking, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession() outside <SessionProvider>');
  return value;
}
