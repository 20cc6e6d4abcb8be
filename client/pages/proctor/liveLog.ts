// A spectated attempt's log as it grows: the replay source the scene's view plays (the same
// path as the review's replay), its clock held at the newest event so the view follows live.
import type { AttemptEvent } from '../../../scenes/rubric/events';
import type { ReplayClock, ReplaySource } from '../../workshop/contract';

/** What a pushed batch does to the held log: events to add (none when all were held), or a gap (a batch was missed). */
export function continueLog(held: readonly AttemptEvent[], incoming: readonly AttemptEvent[]): { append: AttemptEvent[] } | { gap: true } {
  const lastSeq = held.at(-1)?.seq ?? 0;
  const fresh = incoming.filter((event) => event.seq > lastSeq).sort((a, b) => a.seq - b.seq);
  if (fresh.length === 0) return { append: [] };
  for (let i = 0; i < fresh.length; i += 1) if (fresh[i]!.seq !== lastSeq + i + 1) return { gap: true };
  return { append: fresh };
}

/** A replay clock whose end moves with the log (the review's clock has a fixed one). */
interface LiveClock extends ReplayClock {
  durationMs: number;
}

export interface LiveLog {
  /** Give this to the workshop canvas; its events array grows in place. */
  readonly source: ReplaySource;
  readonly events: readonly AttemptEvent[];
  /** Adds events; false when they do not continue the log (ask for the whole log again). */
  append(incoming: readonly AttemptEvent[]): boolean;
}

/** A live log starting from `events` (the spectate answer), shown at its newest event. */
export function createLiveLog(initial: readonly AttemptEvent[]): LiveLog {
  const events: AttemptEvent[] = [...initial].sort((a, b) => a.seq - b.seq);
  const clock: LiveClock = { timeMs: 0, playing: false, speed: 1, durationMs: 0 };
  const follow = () => {
    clock.durationMs = Math.max(clock.durationMs, events.at(-1)?.t ?? 0);
    clock.timeMs = clock.durationMs;
    // Playing would only run into the end; the head moves when events arrive.
    clock.playing = false;
  };
  follow();
  return {
    source: { events, clock },
    events,
    append(incoming) {
      const next = continueLog(events, incoming);
      if ('gap' in next) return false;
      if (next.append.length === 0) return true;
      events.push(...next.append);
      follow();
      return true;
    },
  };
}
