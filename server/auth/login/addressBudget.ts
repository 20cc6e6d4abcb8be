// A token bucket per client address: how many sign-in attempts one address may make, checked
// before any password is hashed, so a flood from one address costs the server almost nothing.

export interface AddressBudgetLimit {
  /** Attempts an address may make at once. */
  burst: number;
  /** Attempts refilled per second. */
  perSecond: number;
}

/**
 * A class of 40 behind one NAT address signs in at the start of a lesson: the burst of 40 lets the
 * whole class in at once, and one more attempt per second (60 a minute) leaves room for mistyped
 * passwords, so everyone is in within the minute. A flood from that address gets 40 hashes and then
 * one a second, about 9% of one core at ~92 ms a hash.
 */
export const defaultAddressBudget: AddressBudgetLimit = { burst: 40, perSecond: 1 };

/** Addresses remembered at most; a full bucket carries no information, so those go first. */
const defaultMaxAddresses = 50_000;

export class AddressBudget {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private lastSweep = -Infinity;

  constructor(
    private readonly limit: AddressBudgetLimit = defaultAddressBudget,
    private readonly now: () => number = Date.now,
    private readonly maxAddresses = defaultMaxAddresses,
  ) {}

  /** Takes one attempt from `address`'s budget; false when it has none left. */
  tryTake(address: string): boolean {
    const bucket = this.refilled(address);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  /** Whole seconds until `address` may try again (at least 1). */
  retryAfterSeconds(address: string): number {
    const bucket = this.refilled(address);
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.limit.perSecond));
  }

  /** Addresses with a bucket in memory (for tests of the bound). */
  get size(): number {
    return this.buckets.size;
  }

  private refilled(address: string): { tokens: number; at: number } {
    const current = this.now();
    let bucket = this.buckets.get(address);
    if (!bucket) {
      if (this.buckets.size >= this.maxAddresses) this.forgetFullBuckets(current);
      bucket = { tokens: this.limit.burst, at: current };
      this.buckets.set(address, bucket);
      return bucket;
    }
    bucket.tokens = Math.min(this.limit.burst, bucket.tokens + ((current - bucket.at) / 1000) * this.limit.perSecond);
    bucket.at = current;
    return bucket;
  }

  /**
   * Drops buckets that have refilled (a new bucket starts full anyway); if none has, the oldest.
   * The full sweep runs at most once a second, so a stream of new addresses stays O(1) each.
   */
  private forgetFullBuckets(current: number): void {
    if (current - this.lastSweep >= 1000) {
      this.lastSweep = current;
      const refillMs = (this.limit.burst / this.limit.perSecond) * 1000;
      for (const [address, bucket] of this.buckets) {
        if (current - bucket.at >= refillMs) this.buckets.delete(address);
      }
    }
    if (this.buckets.size >= this.maxAddresses) {
      const oldest = this.buckets.keys().next();
      if (!oldest.done) this.buckets.delete(oldest.value);
    }
  }
}
