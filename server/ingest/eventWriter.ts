// Group commit for the ingest hot path: every batch that arrives within one turn of the event
// loop is written in ONE transaction, and each batch's promise settles only after that commit,
// so an ack is never sent for an event that is not durably stored.
import type { EventAppend, Store } from '../storage/store';

interface Waiting {
  append: EventAppend;
  resolve: () => void;
  reject: (error: unknown) => void;
}

export class EventWriter {
  private waiting: Waiting[] = [];
  private scheduled = false;
  /** Transactions written and batches carried, for the benchmark's figures. */
  readonly stats = { commits: 0, batches: 0, events: 0 };

  constructor(private readonly store: Store) {}

  /** Resolves once `append` is committed (with whatever else was queued in the same turn). */
  append(append: EventAppend): Promise<void> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ append, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => void this.flush());
      }
    });
  }

  private async flush(): Promise<void> {
    const group = this.waiting;
    this.waiting = [];
    this.scheduled = false;
    try {
      await this.store.attempts.appendEvents(group.map((w) => w.append));
      this.stats.commits += 1;
      this.stats.batches += group.length;
      for (const w of group) for (const run of w.append.runs) this.stats.events += run.lastSeq - run.firstSeq + 1;
      for (const w of group) w.resolve();
    } catch (error) {
      for (const w of group) w.reject(error);
    }
  }
}
