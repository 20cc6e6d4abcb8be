// The telemetry outbox: events are numbered as they are recorded and kept until the server
// acknowledges them. Plain TypeScript (no DOM, no sockets), so it is unit-tested in Node and
// its state can be persisted by any OutboxStore.
import type { AttemptEvent } from '../../../scenes/rubric/events';

export class Outbox {
  /** Unacknowledged events, in seq order. */
  private events: AttemptEvent[] = [];
  /** How many of `events` the persistent store already holds. */
  private persistedCount = 0;
  private nextSeq: number;
  private lastT: number;
  ackedSeq: number;

  /** `restored`: unacknowledged events kept from before a reload (already persisted). */
  constructor(ackedSeq = 0, restored: readonly AttemptEvent[] = []) {
    this.ackedSeq = ackedSeq;
    this.events = restored.filter((e) => e.seq > ackedSeq);
    this.persistedCount = this.events.length;
    const last = restored.at(-1);
    this.nextSeq = Math.max(ackedSeq, last?.seq ?? 0) + 1;
    this.lastT = last?.t ?? 0;
  }

  /** Numbers and keeps one event; `t` never goes backwards (a clock step cannot reorder the log). */
  record(type: string, data: Record<string, unknown>, t: number): AttemptEvent {
    this.lastT = Math.max(this.lastT, Math.round(t * 1000) / 1000);
    const event = { seq: this.nextSeq++, t: this.lastT, type, data };
    this.events.push(event);
    return event;
  }

  /** The highest seq recorded so far (0 before any). */
  get lastSeq(): number {
    return this.nextSeq - 1;
  }

  /** Events waiting for an acknowledgement. */
  get pendingCount(): number {
    return this.events.length;
  }

  /** Recorded events not yet handed to the persistent store; marks them handed. */
  takeUnpersisted(): AttemptEvent[] {
    const fresh = this.events.slice(this.persistedCount);
    this.persistedCount = this.events.length;
    return fresh;
  }

  /** The next batch to send: the oldest unacknowledged events, at most `max`. */
  nextBatch(max: number): AttemptEvent[] {
    return this.events.slice(0, max);
  }

  /** Drops everything the server has stored (1..ackedSeq). */
  acknowledge(ackedSeq: number): void {
    if (ackedSeq <= this.ackedSeq) return;
    this.ackedSeq = ackedSeq;
    let drop = 0;
    while (drop < this.events.length && this.events[drop]!.seq <= ackedSeq) drop++;
    this.events.splice(0, drop);
    this.persistedCount = Math.max(0, this.persistedCount - drop);
  }
}
