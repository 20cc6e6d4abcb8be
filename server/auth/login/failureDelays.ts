// Growing delays after wrong passwords, per username: a few mistakes are free, then each further
// attempt waits twice as long as the last (up to about a minute). Guessing slows to a crawl, yet
// the real user is never locked out for long, and one right password clears the record.

export interface FailureDelaySchedule {
  /** Wrong passwords allowed before any delay. */
  freeFailures: number;
  /** Delay after the first failure beyond the free ones; doubles with each further one. */
  firstDelayMs: number;
  /** Longest delay. */
  maxDelayMs: number;
}

/** 5 free; then 1 s, 2 s, 4 s … 60 s: after a dozen failures a guesser gets one try a minute. */
export const defaultFailureDelaySchedule: FailureDelaySchedule = { freeFailures: 5, firstDelayMs: 1_000, maxDelayMs: 60_000 };

/** How long to wait after `failures` wrong passwords in a row (0 while they are free). */
export function delayAfterFailures(failures: number, schedule: FailureDelaySchedule): number {
  if (failures < schedule.freeFailures) return 0;
  const doublings = Math.min(failures - schedule.freeFailures, 30);
  return Math.min(schedule.maxDelayMs, schedule.firstDelayMs * 2 ** doublings);
}

/** The form of a username the failures are counted under (as typed at sign-in, any case). */
export const normaliseUsername = (username: string): string => username.normalize('NFKC').trim().toLowerCase();

interface FailureRecord {
  failures: number;
  lastFailureAt: number;
}

/** Usernames remembered at most; the least recently failed are forgotten first. */
const defaultMaxUsernames = 50_000;
/** A record with no failure for this long is forgotten: last week's mistakes cost nothing today. */
const forgetAfterMs = 60 * 60_000;

export class FailureDelays {
  /** In order of last failure (re-inserted on each), so the first entry is the stalest. */
  private readonly records = new Map<string, FailureRecord>();
  /** Attempts being checked now per username; bounded by the hashing queue. */
  private readonly inFlight = new Map<string, number>();

  constructor(
    private readonly schedule: FailureDelaySchedule = defaultFailureDelaySchedule,
    private readonly now: () => number = Date.now,
    private readonly maxUsernames = defaultMaxUsernames,
  ) {}

  /**
   * Milliseconds `username` must still wait before its next attempt, or 0 when it may try now.
   * Parallel guesses could slip through one delay together, so past the free failures an attempt
   * also waits while another for the same username is being checked.
   */
  waitMs(username: string): number {
    const key = normaliseUsername(username);
    const record = this.current(key);
    const delay = record ? delayAfterFailures(record.failures, this.schedule) : 0;
    if (!record || delay === 0) return 0;
    const remaining = record.lastFailureAt + delay - this.now();
    if (remaining > 0) return remaining;
    return this.inFlight.has(key) ? Math.min(delay, 1_000) : 0;
  }

  /** Marks an attempt for `username` as being checked; returns the call that records its outcome. */
  begin(username: string): (outcome: 'success' | 'failure' | 'neither') => void {
    const key = normaliseUsername(username);
    this.inFlight.set(key, (this.inFlight.get(key) ?? 0) + 1);
    let settled = false;
    return (outcome) => {
      if (settled) return;
      settled = true;
      const left = (this.inFlight.get(key) ?? 1) - 1;
      if (left > 0) this.inFlight.set(key, left);
      else this.inFlight.delete(key);
      if (outcome === 'success') this.records.delete(key);
      if (outcome === 'failure') this.recordFailure(key);
    };
  }

  /** Usernames with failures in memory (for tests of the bound). */
  get size(): number {
    return this.records.size;
  }

  private current(key: string): FailureRecord | undefined {
    const record = this.records.get(key);
    if (record && this.now() - record.lastFailureAt >= forgetAfterMs) {
      this.records.delete(key);
      return undefined;
    }
    return record;
  }

  private recordFailure(key: string): void {
    const record = this.current(key) ?? { failures: 0, lastFailureAt: 0 };
    record.failures += 1;
    record.lastFailureAt = this.now();
    this.records.delete(key);
    this.records.set(key, record);
    if (this.records.size > this.maxUsernames) {
      const stalest = this.records.keys().next();
      if (!stalest.done) this.records.delete(stalest.value);
    }
  }
}
