// The one place a token becomes a caller: a valid signature, a live sign-in (not revoked, not
// expired) and an existing, enabled user, with role and institution read from the database now.
import type { Store } from '../storage/store';
import type { Caller, TokenService } from './tokens';

export interface Authenticator {
  /** The caller a token speaks for, or undefined when any of the checks fails. */
  authenticate(token: string | undefined): Promise<Caller | undefined>;
  /** The same caller as the database says now (a socket's later messages), or undefined. */
  recheck(caller: Caller): Promise<Caller | undefined>;
}

export function createAuthenticator(store: Store, tokens: TokenService, now: () => number = Date.now): Authenticator {
  async function callerOf(userId: string, signInId: string, expiresAtMs: number): Promise<Caller | undefined> {
    if (expiresAtMs <= now()) return undefined;
    const live = await store.signIns.findLiveSignIn(signInId, now());
    if (!live || live.user.id !== userId || live.user.disabled) return undefined;
    // A token never outlives its sign-in, whatever its own exp says.
    return { userId, role: live.user.role, institutionId: live.user.institutionId, signInId, expiresAtMs: Math.min(expiresAtMs, live.expiresMs) };
  }
  return {
    async authenticate(token) {
      const claims = await tokens.verify(token);
      return claims && callerOf(claims.userId, claims.signInId, claims.expiresAtMs);
    },
    recheck: (caller) => callerOf(caller.userId, caller.signInId, caller.expiresAtMs),
  };
}
