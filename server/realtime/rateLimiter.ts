// A token bucket per socket: short bursts pass, a sustained flood is refused with `rate_limited`.

export interface RateLimit {
  /** Messages a socket may send at once. */
  burst: number;
  /** Messages per second refilled. */
  perSecond: number;
}

/** A client sending a batch every 100 ms uses 10 of the 40 per second; resends after a reconnect fit the burst. */
export const defaultSocketRateLimit: RateLimit = { burst: 120, perSecond: 40 };

export function createTokenBucket({ burst, perSecond }: RateLimit, now: () => number = Date.now): () => boolean {
  let tokens = burst;
  let last = now();
  return () => {
    const current = now();
    tokens = Math.min(burst, tokens + ((current - last) / 1000) * perSecond);
    last = current;
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  };
}
