// The exam countdown, counted on the SERVER's clock: the time limit is session time (ms since
// the attempt's first start, as the server counts it for `time_over`), and "now" in session time
// is taken from the server's own answer (session:resume's elapsedMs) plus the page's monotonic
// clock since then. The PC's wall clock is never read: a PC set minutes wrong, or changed during
// the exam, shows the same countdown as a correct one (within half a round trip).

/** What the acks of session:start / session:resume say about an exam attempt's time. */
export interface ExamTiming {
  /** The first start, ISO 8601 on the server's clock (the same on every start). */
  startedAt: string;
  /** min(first start + timeLimitMs, closesAt), ISO 8601 on the server's clock. */
  deadlineAt: string;
  timeLimitMs: number;
}

export interface ExamClock {
  readonly deadlineAt: string;
  readonly timeLimitMs: number;
  /** Session time at the deadline: deadlineAt − startedAt, the largest event t the server takes. */
  readonly limitT: number;
  /** Session time on the server when its answer was sent, estimated at the middle of the round trip. */
  readonly anchorSessionMs: number;
  /** The page's monotonic time (performance.now()) that `anchorSessionMs` corresponds to. */
  readonly anchorPageMs: number;
}

/** The countdown's look: plain, the last minute (warning), or over. */
export type CountdownTone = 'normal' | 'warning' | 'over';

/** The last minute is shown as a warning. */
export const examWarningMs = 60_000;

/**
 * A clock from one answer of the server: `elapsedMs` is its session time when it answered
 * (session:resume), `sentPageMs` / `receivedPageMs` the page's monotonic times around the call.
 * The answer left the server about half-way through the round trip (the usual NTP estimate).
 */
export function examClockFromAnswer(timing: ExamTiming, elapsedMs: number, sentPageMs: number, receivedPageMs: number): ExamClock {
  const roundTrip = Math.max(0, receivedPageMs - sentPageMs);
  const limitT = Date.parse(timing.deadlineAt) - Date.parse(timing.startedAt);
  return {
    deadlineAt: timing.deadlineAt,
    timeLimitMs: timing.timeLimitMs,
    limitT: Number.isFinite(limitT) ? limitT : timing.timeLimitMs,
    anchorSessionMs: elapsedMs,
    anchorPageMs: receivedPageMs - roundTrip / 2,
  };
}

/** Session time now on the server's clock, from the page's monotonic `pageNowMs`. */
export function examSessionTime(clock: ExamClock, pageNowMs: number): number {
  return clock.anchorSessionMs + (pageNowMs - clock.anchorPageMs);
}

/** Milliseconds left until the deadline (never below 0). */
export function examRemainingMs(clock: ExamClock, pageNowMs: number): number {
  return Math.max(0, clock.limitT - examSessionTime(clock, pageNowMs));
}

export function countdownTone(remainingMs: number): CountdownTone {
  if (remainingMs <= 0) return 'over';
  return remainingMs <= examWarningMs ? 'warning' : 'normal';
}

/**
 * "m:ss" (or "h:mm:ss"), rounded UP to the second: the clock reads 0:01 until the time is
 * really over, and 0:00 only then (rounding to nearest would show 0:00 half a second early).
 */
export function formatCountdown(remainingMs: number): string {
  const seconds = Math.max(0, Math.ceil(remainingMs / 1000));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
