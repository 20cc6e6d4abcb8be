// A job that looks for work every `intervalMs` (attempts left idle, exam deadlines passed): never
// two runs at once, a failure logged and retried by the next run, the timer never keeping the
// process alive. Each sweeper says only what one run does.
import type { Logger } from 'pino';

export class PeriodicSweep {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;

  constructor(
    private readonly runOnce: () => Promise<number>,
    private readonly intervalMs: number,
    private readonly logger: Logger,
    /** What the log says when a run fails, e.g. "abandoning idle attempts". */
    private readonly doing: string,
  ) {}

  /** Starts the timer; `now` also runs once at once (work due while the server was down). */
  start({ now = false }: { now?: boolean } = {}): void {
    if (this.timer) return;
    if (now) void this.sweep();
    this.timer = setInterval(() => void this.sweep(), this.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** One run (joined if one is under way); resolves with how many items it handled. */
  sweep(): Promise<number> {
    this.running ??= this.runOnce()
      .catch((error: unknown) => {
        this.logger.error({ err: error }, `${this.doing} failed; the next sweep retries`);
        return 0;
      })
      .finally(() => (this.running = undefined));
    return this.running;
  }
}
