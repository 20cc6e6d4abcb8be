// At most `concurrency` password hashes at once; the others wait in a queue per client address,
// served round-robin across addresses, so one busy address cannot starve another's sign-in.

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

export class FairHashQueue {
  private running = 0;
  private waitingTotal = 0;
  /** Waiting sign-ins per address; the Map's order is the round-robin order. */
  private readonly waiting = new Map<string, Waiter[]>();

  constructor(readonly limit: FairHashQueueLimit = defaultFairHashQueueLimit) {}

  /** Whether `address` may join now: a free slot, room to wait, or why not. */
  room(address: string): 'free' | 'wait' | 'address_full' | 'full' {
    if (this.running < this.limit.concurrency && this.waitingTotal === 0) return 'free';
    if ((this.waiting.get(address)?.length ?? 0) >= this.limit.maxWaitingPerAddress) return 'address_full';
    return this.waitingTotal >= this.limit.maxWaitingTotal ? 'full' : 'wait';
  }

  /** Joins the queue, or answers undefined when there is no room (see room). */
  join(address: string): Ticket | undefined {
    const room = this.room(address);
    if (room === 'free') {
      this.running += 1;
      const release = this.releaser();
      return { granted: Promise.resolve(release), leave: release };
    }
    if (room !== 'wait') return undefined;
    let waiter!: Waiter;
    const granted = new Promise<Release>((resolve) => (waiter = { grant: resolve }));
    const queue = this.waiting.get(address) ?? [];
    queue.push(waiter);
    this.waiting.set(address, queue);
    this.waitingTotal += 1;
    return { granted, leave: () => (waiter.release ? waiter.release() : this.remove(address, waiter)) };
  }

  /** Hashes running and sign-ins waiting now. */
  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waitingTotal };
  }

  private releaser(): Release {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.running -= 1;
      this.grantNext();
    };
  }

  /** Gives the free slot to the first address in turn, which then goes to the back of the line. */
  private grantNext(): void {
    const next = this.waiting.entries().next();
    if (next.done || this.running >= this.limit.concurrency) return;
    const [address, queue] = next.value;
    const waiter = queue.shift()!;
    this.waiting.delete(address);
    if (queue.length > 0) this.waiting.set(address, queue);
    this.waitingTotal -= 1;
    this.running += 1;
    waiter.release = this.releaser();
    waiter.grant(waiter.release);
  }

  private remove(address: string, waiter: Waiter): void {
    const queue = this.waiting.get(address);
    const index = queue?.indexOf(waiter) ?? -1;
    if (!queue || index < 0) return;
    queue.splice(index, 1);
    this.waitingTotal -= 1;
    if (queue.length === 0) this.waiting.delete(address);
  }
}
