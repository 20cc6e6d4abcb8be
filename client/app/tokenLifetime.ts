// When to refresh an access token, on this PC's clock: a minute before it expires, or at 80%
// of its life when it lives less than five minutes (short tokens in tests and small demos).
const refreshMarginMs = 60_000;
const refreshShareOfLife = 0.2;
/** A server and a PC that disagree by more than this about the token's life disagree about the time. */
const clockSkewToleranceMs = 5_000;

/** Seconds between `iat` and `exp` of a JWT, when the token is one; undefined otherwise. */
export function jwtLifetimeMs(token: string): number | undefined {
  try {
    const payload = JSON.parse(atob(token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'))) as { iat?: unknown; exp?: unknown };
    return typeof payload.iat === 'number' && typeof payload.exp === 'number' && payload.exp > payload.iat ? (payload.exp - payload.iat) * 1000 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The time (this PC's epoch ms) at which a token received at `receivedAt` should be refreshed.
 * `expiresAt` is on the server's clock: a classroom PC whose clock runs minutes ahead would
 * otherwise refresh in a loop, and one behind would refresh too late, so when the server's
 * expiry and the token's own life disagree by more than a few seconds the life counts.
 */
export function tokenRefreshAt(token: string, expiresAt: string, receivedAt: number): number {
  const serverLifeMs = Date.parse(expiresAt) - receivedAt;
  const claimedLifeMs = jwtLifetimeMs(token);
  const skewed = !Number.isFinite(serverLifeMs) || (claimedLifeMs !== undefined && Math.abs(serverLifeMs - claimedLifeMs) > clockSkewToleranceMs);
  const lifeMs = Math.max(0, skewed ? (claimedLifeMs ?? 0) : serverLifeMs);
  return receivedAt + lifeMs - Math.min(refreshMarginMs, lifeMs * refreshShareOfLife);
}
