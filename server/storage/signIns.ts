// Sign-ins: one row per login, found on every authenticated request, revoked by sign-out or an admin.
import type { UserAccount } from './directory';

/** A new sign-in; only the SHA-256 hash of its refresh token is stored. */
export interface NewSignIn {
  id: string;
  userId: string;
  createdMs: number;
  expiresMs: number;
  refreshHash: string;
}

/** A live (not revoked, not expired) sign-in with its user as stored now: the caller's truth. */
export interface LiveSignIn {
  signInId: string;
  expiresMs: number;
  user: UserAccount;
}

export interface SignInRepository {
  createSignIn(signIn: NewSignIn): Promise<void>;
  /** The sign-in if not revoked and not expired at `nowMs`, joined with its user (ONE query). */
  findLiveSignIn(signInId: string, nowMs: number): Promise<LiveSignIn | undefined>;
  /** The same, found by the SHA-256 hash of its refresh token. */
  findLiveSignInByRefreshHash(refreshHash: string, nowMs: number): Promise<LiveSignIn | undefined>;
  /** Revokes one sign-in; false when it was already revoked or unknown. */
  revokeSignIn(signInId: string, atMs: number): Promise<boolean>;
  /** Revokes every live sign-in of a user; how many. */
  revokeUserSignIns(userId: string, atMs: number): Promise<number>;
}
