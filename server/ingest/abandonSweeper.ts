// Ends practice attempts that were left behind. Every `intervalMs` it asks the store for active
// practice sessions whose idle clock (last_activity_ms: the last committed batch, or the last
// socket letting go) is older than `idleMs`, skips those a socket still holds, and abandons the
// rest, each scored from its stored log. Exams are left alone: they end by their own rules.
import type { Logger } from 'pino';
import type { Store } from '../storage/store';
import type { SessionService } from './sessionService';
import { PeriodicSweep } from './periodicSweep';

export interface AbandonSweeperOptions {
  /** How long an attempt may stay idle before it is abandoned (VOCAXR_ABANDON_AFTER_MINUTES). */
  idleMs: number;
  /** How often to look for idle attempts. */
  intervalMs: number;
}

/** Sessions abandoned per store query; the next sweep takes the rest. */
const sweepBatch = 200;

export class AbandonSweeper {
  private readonly job: PeriodicSweep;

  constructor(
    private readonly store: Store,
    private readonly sessions: SessionService,
    logger: Logger,
    private readonly options: AbandonSweeperOptions,
  ) {
    this.job = new PeriodicSweep(() => this.sweepOnce(), options.intervalMs, logger, 'abandoning idle attempts');
  }

  start(): void {
    this.job.start();
  }

  stop(): void {
    this.job.stop();
  }

  /** One sweep (never two at once); resolves with how many attempts it abandoned. */
  sweep(): Promise<number> {
    return this.job.sweep();
  }

  private async sweepOnce(): Promise<number> {
    const cutoff = this.sessions.now() - this.options.idleMs;
    const idle = await this.store.attempts.listIdlePracticeSessions(cutoff, sweepBatch);
    let abandoned = 0;
    for (const candidate of idle) {
      if (this.sessions.presence.held(candidate.id)) continue;
      // Checked again in the session's queue: a batch or a socket may have arrived meanwhile.
      const result = await this.sessions.abandon(
        candidate.id,
        (record) => record.lastActivityMs < cutoff && !this.sessions.presence.held(record.id),
        'idle',
      );
      if (result) abandoned += 1;
    }
    return abandoned;
  }
}
