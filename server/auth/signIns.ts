// The life of a sign-in: started by a login, extended with fresh access tokens by its refresh
// token, ended by sign-out (or its lifetime, or an admin disabling the user).
import { createHash, randomBytes } from 'node:crypto';
import type { Store, User } from '../storage/store';
import type { AuthEvents } from './authEvents';
import type { TokenService } from './tokens';

export interface IssuedAccess {
  token: string;
  expiresAtMs: number;
}

const sha256 = (secret: string) => createHash('sha256').update(secret).digest('base64url');

export class SignInService {
  constructor(
    private readonly store: Store,
    private readonly tokens: TokenService,
    private readonly events: AuthEvents,
    /** How long a sign-in (and so its refresh token) lasts: VOCAXR_TOKEN_TTL_HOURS. */
    private readonly signInTtlMs: number,
  ) {}

  /** Starts a sign-in for a user whose password was just checked. */
  async start(user: User): Promise<IssuedAccess & { refreshToken: string }> {
    const signInId = randomBytes(16).toString('base64url');
    // 256 bits: guessing one is hopeless, so a plain hash (no salt, no stretching) suffices.
    const refreshToken = randomBytes(32).toString('base64url');
    const createdMs = Date.now();
    await this.store.signIns.createSignIn({ id: signInId, userId: user.id, createdMs, expiresMs: createdMs + this.signInTtlMs, refreshHash: sha256(refreshToken) });
    const access = await this.tokens.issue({ userId: user.id, signInId });
    return { token: access.token, expiresAtMs: Math.min(access.expiresAtMs, createdMs + this.signInTtlMs), refreshToken };
  }

  /**
   * A new access token for the sign-in a refresh token belongs to, with its user as stored now;
   * undefined when the sign-in was revoked or ran out or the user was disabled. The refresh token
   * does not rotate: the tabs of one browser share it, and rotation would sign out every tab but
   * the first to refresh. It dies with its sign-in instead (sign-out, disabling, its lifetime).
   */
  async refresh(refreshToken: string): Promise<(IssuedAccess & { user: User }) | undefined> {
    const live = await this.store.signIns.findLiveSignInByRefreshHash(sha256(refreshToken), Date.now());
    if (!live || live.user.disabled) return undefined;
    const access = await this.tokens.issue({ userId: live.user.id, signInId: live.signInId });
    // The access token never outlives its sign-in.
    return { ...access, expiresAtMs: Math.min(access.expiresAtMs, live.expiresMs), user: live.user };
  }

  /** The live sign-in a refresh token belongs to, if any. */
  async signInOf(refreshToken: string): Promise<string | undefined> {
    return (await this.store.signIns.findLiveSignInByRefreshHash(sha256(refreshToken), Date.now()))?.signInId;
  }

  /** Ends a sign-in: its access and refresh tokens stop working, its sockets are disconnected. */
  async end(signInId: string): Promise<void> {
    await this.store.signIns.revokeSignIn(signInId, Date.now());
    this.events.emit('signin:revoked', { signInId });
  }
}
