// Ends exam attempts whose time is up. Every `intervalMs` it asks the store for active attempts
// whose stored deadline + grace has passed and ends each as timed_out, scored from its stored
// log, whether or not anybody is connected. The deadline lives in the database, so a restart
// (even SIGKILL) neither extends nor forgets it: the first sweep after a boot ends what is due.
import type { Logger } from 'pino';
import type { Store } from '../storage/store';
import type { SessionService } from '../ingest/sessionService';
import { PeriodicSweep } from '../ingest/periodicSweep';

/** Attempts ended per store query; the next sweep takes the rest. */
const sweepBatch = 200;

export class ExamDeadlineSweeper {
  private readonly job: PeriodicSweep;

  constructor(
    private readonly store: Store,
    private readonly sessions: SessionService,
    logger: Logger,
    intervalMs: number,
  ) {
    this.job = new PeriodicSweep(() => this.sweepOnce(), intervalMs, logger, 'ending overdue exam attempts');
  }

  /** Also sweeps at once: attempts that fell due while the server was down end now. */
  start(): void {
    this.job.start({ now: true });
  }

  stop(): void {
    this.job.stop();
  }

  /** One sweep (never two at once); resolves with how many attempts it ended. */
  sweep(): Promise<number> {
    return this.job.sweep();
  }

  private async sweepOnce(): Promise<number> {
    const due = await this.store.exams.listOverdueAttempts(this.sessions.now() - this.sessions.examGraceMs, sweepBatch);
    let ended = 0;
    // timeOut checks the deadline again in the session's queue, after any batch already in flight.
    for (const attempt of due) if (await this.sessions.timeOut(attempt.id)) ended += 1;
    return ended;
  }
}
