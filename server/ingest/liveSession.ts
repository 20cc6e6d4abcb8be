// One active attempt held in memory: its stored record, the live scorer (fed exactly the
// contiguous acknowledged log, in seq order), the events stored beyond a gap, and a queue
// that runs this session's operations one at a time.
import type { AttemptEvent } from '../../scenes/rubric/events';
import type { LiveScorer } from '../../scenes/rubric/liveScorer';
import type { SceneRules } from '../../scenes/types';
import type { SessionRecord } from '../storage/store';

/** An event checked and ready to store: parsed for the scorer, its NDJSON line for the log. */
export interface PreparedEvent {
  event: AttemptEvent;
  /** `{"seq","t","type","data"}` and a newline. */
  line: string;
}

/** Whether `fresh` (sorted by seq) is exactly ackedSeq + 1, + 2, … */
function continuesLog(ackedSeq: number, fresh: readonly PreparedEvent[]): boolean {
  return fresh.length > 0 && fresh[0]!.event.seq === ackedSeq + 1 && fresh[fresh.length - 1]!.event.seq === ackedSeq + fresh.length;
}

export class LiveSession {
  ackedSeq: number;
  /** t of the event at ackedSeq (0 before any), for the non-decreasing-t check. */
  lastAckedT: number;
  /** Stored events with seq > ackedSeq + 1, waiting for the gap before them to fill. */
  readonly pending = new Map<number, PreparedEvent>();
  lastFeedbackAtMs = 0;
  lastActivityMs = Date.now();
  private queue: Promise<unknown> = Promise.resolve();
  private queued = 0;

  constructor(
    public record: SessionRecord,
    readonly rules: SceneRules,
    readonly scorer: LiveScorer,
    lastAckedT: number,
  ) {
    this.ackedSeq = record.ackedSeq;
    this.lastAckedT = lastAckedT;
  }

  /** Runs `operation` after every operation queued before it on this session. */
  run<T>(operation: () => Promise<T>): Promise<T> {
    this.queued += 1;
    this.lastActivityMs = Date.now();
    const result = this.queue.then(operation);
    this.queue = result.then(
      () => (this.queued -= 1),
      () => (this.queued -= 1),
    );
    return result;
  }

  get busy(): boolean {
    return this.queued > 0;
  }

  /**
   * The high-water mark once `fresh` is stored: ackedSeq advanced over every seq now present.
   * Pure: changes nothing.
   */
  ackedSeqWith(fresh: readonly PreparedEvent[]): number {
    if (this.pending.size === 0 && continuesLog(this.ackedSeq, fresh)) return this.ackedSeq + fresh.length;
    const incoming = new Set(fresh.map((p) => p.event.seq));
    let acked = this.ackedSeq;
    while (incoming.has(acked + 1) || this.pending.has(acked + 1)) acked += 1;
    return acked;
  }

  /**
   * After the commit: folds the newly contiguous events into the scorer, keeps the rest pending.
   * Returns the events folded (ackedSeq + 1 up to the new ackedSeq), in seq order.
   */
  commit(fresh: readonly PreparedEvent[], ackedSeq: number): AttemptEvent[] {
    const folded: AttemptEvent[] = [];
    // The usual case, a batch that simply continues the log: straight into the scorer.
    if (this.pending.size === 0 && continuesLog(this.ackedSeq, fresh)) {
      for (const p of fresh) {
        this.scorer.push(p.event);
        folded.push(p.event);
      }
      this.lastAckedT = fresh[fresh.length - 1]!.event.t;
      this.ackedSeq = this.record.ackedSeq = ackedSeq;
      return folded;
    }
    for (const p of fresh) if (p.event.seq > this.ackedSeq) this.pending.set(p.event.seq, p);
    for (let seq = this.ackedSeq + 1; seq <= ackedSeq; seq++) {
      const next = this.pending.get(seq)!;
      this.pending.delete(seq);
      this.scorer.push(next.event);
      folded.push(next.event);
      this.lastAckedT = next.event.t;
    }
    this.ackedSeq = ackedSeq;
    this.record.ackedSeq = ackedSeq;
    return folded;
  }
}
