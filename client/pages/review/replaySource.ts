// The replay source of a stored log (its events and a paused clock), for the replay page and the
// marking page's embedded replay; `startAtMs` (the replay page's ?t=) opens it at that moment.
import { useMemo } from 'react';
import type { AttemptEvent } from '../../../scenes/rubric/events';
import type { ReplaySource } from '../../workshop/contract';
import { createReplayClock, seekReplayClock } from '../../workshop/replayClock';

/** ?t= as milliseconds, or 0 when absent or not a number of ms ≥ 0. */
export function replayStartMs(value: string | null): number {
  const ms = Number(value);
  return value !== null && Number.isFinite(ms) && ms > 0 ? ms : 0;
}

export function createReplaySource(events: AttemptEvent[], startAtMs = 0): ReplaySource {
  const clock = createReplayClock(events.at(-1)?.t ?? 0);
  seekReplayClock(clock, startAtMs);
  return { events, clock };
}

/** One source per log: the clock survives re-renders (controls and timeline write it). */
export function useReplaySource(events: AttemptEvent[], startAtMs = 0): ReplaySource {
  // The start applies when the log arrives; later ?t= changes are seeks by the page, not new sources.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => createReplaySource(events, startAtMs), [events]);
}
