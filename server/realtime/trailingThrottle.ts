// At most one call per `intervalMs` per key, and never a change lost: a call inside the interval
// is deferred to its end (one timer per key, however many calls come), so the last state always
// goes out. The proctor tiles use it (at most 2 pushes a second per candidate, docs/protocol.md §6).
export class TrailingThrottle {
  private readonly lastAt = new Map<string, number>();
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly intervalMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Runs `send` now if `key` last ran at least intervalMs ago; else once at the interval's end (if not already due). */
  run(key: string, send: () => void): void {
    if (this.timers.has(key)) return;
    const wait = (this.lastAt.get(key) ?? -Infinity) + this.intervalMs - this.now();
    if (wait <= 0) return this.fire(key, send);
    const timer = setTimeout(() => {
      this.timers.delete(key);
      this.fire(key, send);
    }, wait);
    timer.unref();
    this.timers.set(key, timer);
  }

  /** Forgets `key` (and drops a deferred call): nobody listens any more. */
  forget(key: string): void {
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.lastAt.delete(key);
  }

  /** Forgets every key for which `match` is true. */
  forgetWhere(match: (key: string) => boolean): void {
    for (const key of new Set([...this.lastAt.keys(), ...this.timers.keys()])) if (match(key)) this.forget(key);
  }

  private fire(key: string, send: () => void): void {
    this.lastAt.set(key, this.now());
    send();
  }
}
