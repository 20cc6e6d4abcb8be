// Replay of any scene's stored log: brings the scene's view state to what the log says at a time,
// applying events forward in log order. Seeking backwards resets and replays from the first event,
// so the state at time T depends only on the log and T, never on how the reviewer got there.

/** The least a replayed event carries: its time in ms since the attempt started. */
export interface TimedEvent {
  readonly t: number;
}

/** What a scene gives the replayer: how to start from nothing, and how one event changes its state. */
export interface LogReplayTarget<E extends TimedEvent> {
  reset(): void;
  apply(event: E): void;
}

export interface LogReplayer {
  /** Applies the log up to and including `timeMs` (restarting from the first event if it lies behind). */
  seek(timeMs: number): void;
  /** How many events are applied now. */
  readonly applied: number;
  /** The t of the last applied event, or -1 before the first. */
  readonly appliedT: number;
}

/**
 * `events` in log order (t never decreasing, as the server stores them). The target starts as
 * reset() leaves it: the replayer does not call reset() before the first seek.
 */
export function createLogReplayer<E extends TimedEvent>(events: readonly E[], target: LogReplayTarget<E>): LogReplayer {
  let next = 0;
  return {
    seek(timeMs: number) {
      if (next > 0 && events[next - 1]!.t > timeMs) {
        target.reset();
        next = 0;
      }
      while (next < events.length && events[next]!.t <= timeMs) {
        target.apply(events[next]!);
        next += 1;
      }
    },
    get applied() {
      return next;
    },
    get appliedT() {
      return next > 0 ? events[next - 1]!.t : -1;
    },
  };
}
