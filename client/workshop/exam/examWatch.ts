// One exam attempt's time and end as the page sees them: the countdown (examClock.ts), whether
// the server refused events as `time_over` (its clock is the one that counts), and how the
// attempt ended (session:ended, or a resume that found it closed). Listeners hear every change.
import { examRemainingMs, examSessionTime, type ExamClock } from './examClock';
import type { ExamOutcome } from './examStart';

export class ExamWatch {
  private refusedTimeOver = false;
  private outcome: ExamOutcome | undefined;
  private readonly listeners = new Set<() => void>();

  constructor(
    readonly examId: string,
    readonly clock: ExamClock,
    private readonly pageNow: () => number = () => performance.now(),
  ) {}

  /** Milliseconds left on the server's clock; 0 once the server said the time is over. */
  remainingMs(): number {
    return this.refusedTimeOver ? 0 : examRemainingMs(this.clock, this.pageNow());
  }

  /** Session time now, on the server's clock. */
  sessionTime(): number {
    return examSessionTime(this.clock, this.pageNow());
  }

  get timeUp(): boolean {
    return this.remainingMs() <= 0;
  }

  get ended(): ExamOutcome | undefined {
    return this.outcome;
  }

  /** The server refused events with `time_over`: the time is up whatever this page counted. */
  markTimeOver(): void {
    if (this.refusedTimeOver) return;
    this.refusedTimeOver = true;
    this.notify();
  }

  /** The attempt is over; the first outcome heard is the one kept. */
  end(outcome: ExamOutcome): void {
    if (this.outcome) return;
    this.outcome = outcome;
    this.notify();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
