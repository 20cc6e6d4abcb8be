// At most `concurrency` password hashes at once; the others wait in a queue per client address.
// The next free slot goes to the address served longest ago (a newcomer first), and no address
// holds every slot, so a busy address, or several, cannot make another's sign-in wait behind them.

export interface FairHashQueueLimit {
  /** Hashes running at once. scrypt runs on libuv's 4 threads, which also read files and SQLite. */
  concurrency: number;
  /** Sign-ins one address may have waiting. */
  maxWaitingPerAddress: number;
  /** Sign-ins waiting in all. */
  maxWaitingTotal: number;
}

/**
 * Two hashes at once leave two of libuv's four threads for static files and SQLite. A full queue
 * of 60 drains in about 60 × 92 ms / 2 ≈ 3 s, so nobody waits longer than that: beyond it an
 * immediate 503 with Retry-After is kinder than a hanging request. 10 per address keeps one
 * address from taking the whole queue.
 */
export const defaultFairHashQueueLimit: FairHashQueueLimit = { concurrency: 2, maxWaitingPerAddress: 10, maxWaitingTotal: 60 };

/** Frees the slot; calling it again does nothing. */
export type Release = () => void;

/** A place in the queue: `granted` settles when the hash may run. */
export interface Ticket {
  granted: Promise<Release>;
  /** Leaves the queue, or frees the slot once granted; safe to call at any time, more than once. */
  leave(): void;
}

interface Waiter {
  grant: (release: Release) => void;
  release?: Release;
}

/** An address with sign-ins waiting or running; forgotten when it has neither. */
interface AddressState {
  address: string;
  waiters: Waiter[];
  running: number;
  /** When the address was last given a slot (a grant count; 0: not yet). */
  lastServed: number;
}

export class FairHashQueue {
  private waitingTotal = 0;
  private grants = 0;
  private readonly addresses = new Map<string, AddressState>();
  private runningTotal = 0;
  /** One slot is always kept for other addresses (when there are two or more). */
  private readonly slotsPerAddress: number;

  constructor(readonly limit: FairHashQueueLimit = defaultFairHashQueueLimit) {
    this.slotsPerAddress = Math.max(1, limit.concurrency - 1);
  }

  /** Whether `address` may join now, or which bound stops it. */
  room(address: string): 'ok' | 'address_full' | 'full' {
    if ((this.addresses.get(address)?.waiters.length ?? 0) >= this.limit.maxWaitingPerAddress) return 'address_full';
    return this.waitingTotal >= this.limit.maxWaitingTotal ? 'full' : 'ok';
  }

  /** Joins the queue (granted at once when a slot is free), or answers undefined when there is no room. */
  join(address: string): Ticket | undefined {
    if (this.room(address) !== 'ok') return undefined;
    let waiter!: Waiter;
    const granted = new Promise<Release>((resolve) => (waiter = { grant: resolve }));
    const state = this.addresses.get(address) ?? { address, waiters: [], running: 0, lastServed: 0 };
    state.waiters.push(waiter);
    this.addresses.set(address, state);
    this.waitingTotal += 1;
    this.grantNext();
    return { granted, leave: () => (waiter.release ? waiter.release() : this.remove(address, waiter)) };
  }

  /** Hashes running and sign-ins waiting now. */
  get load(): { running: number; waiting: number } {
    return { running: this.runningTotal, waiting: this.waitingTotal };
  }

  /**
   * Fills free slots, each with the waiting address served longest ago (ties, newcomers among
   * them, in order of arrival) that has a slot left. The scan is over addresses with sign-ins
   * waiting or running, at most maxWaitingTotal + concurrency.
   */
  private grantNext(): void {
    while (this.runningTotal < this.limit.concurrency) {
      let next: AddressState | undefined;
      for (const state of this.addresses.values()) {
        if (state.waiters.length === 0 || state.running >= this.slotsPerAddress) continue;
        if (!next || state.lastServed < next.lastServed) next = state;
      }
      if (!next) return;
      const waiter = next.waiters.shift()!;
      next.lastServed = ++this.grants;
      next.running += 1;
      this.waitingTotal -= 1;
      this.runningTotal += 1;
      waiter.release = this.releaser(next);
      waiter.grant(waiter.release);
    }
  }

  private releaser(state: AddressState): Release {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.runningTotal -= 1;
      state.running -= 1;
      this.forgetIfIdle(state);
      this.grantNext();
    };
  }

  private remove(address: string, waiter: Waiter): void {
    const state = this.addresses.get(address);
    const index = state?.waiters.indexOf(waiter) ?? -1;
    if (!state || index < 0) return;
    state.waiters.splice(index, 1);
    this.waitingTotal -= 1;
    this.forgetIfIdle(state);
  }

  private forgetIfIdle(state: AddressState): void {
    if (state.running === 0 && state.waiters.length === 0) this.addresses.delete(state.address);
  }
}
