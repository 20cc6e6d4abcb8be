// The replay's playback clock: plain state the canvas advances each frame while playing and the
// page's controls set (play, pause, speed, seek). Time only moves within 0..durationMs.
import type { ReplayClock } from './contract';

export const replaySpeeds = [0.5, 1, 2, 4] as const;

export function createReplayClock(durationMs: number): ReplayClock {
  return { timeMs: 0, playing: false, speed: 1, durationMs: Math.max(0, durationMs) };
}

/** Moves a playing clock on by `deltaSeconds` of wall time at its speed; stops at the end. */
export function advanceReplayClock(clock: ReplayClock, deltaSeconds: number): void {
  if (!clock.playing) return;
  // A long pause (tab hidden) must not leap over the attempt.
  const step = Math.min(deltaSeconds, 0.1) * 1000 * clock.speed;
  clock.timeMs = Math.min(clock.durationMs, clock.timeMs + step);
  if (clock.timeMs >= clock.durationMs) clock.playing = false;
}

export function seekReplayClock(clock: ReplayClock, timeMs: number): void {
  clock.timeMs = Math.min(clock.durationMs, Math.max(0, Number.isFinite(timeMs) ? timeMs : 0));
}

/** Play from the start again when at the end; otherwise toggle. */
export function toggleReplayClock(clock: ReplayClock): void {
  if (!clock.playing && clock.timeMs >= clock.durationMs) clock.timeMs = 0;
  clock.playing = !clock.playing;
}
