// The replay page's ?t= opens the replay paused at that moment, clamped to the log; anything else opens it at 0.
import { describe, expect, it } from 'vitest';
import { createReplaySource, replayStartMs } from '../../../../client/pages/review/replaySource';
import { numbered } from '../../scenes/rubric/support/tankScene';

describe('replay source', () => {
  const events = numbered([
    { t: 0, type: 'seal', data: {} },
    { t: 30_000, type: 'seal', data: {} },
  ]);

  it('reads ?t= as milliseconds', () => {
    expect([replayStartMs('12500'), replayStartMs(null), replayStartMs('soon'), replayStartMs('-5'), replayStartMs('')]).toEqual([12_500, 0, 0, 0, 0]);
  });

  it('starts the paused clock there, within the log', () => {
    expect(createReplaySource(events, 12_500).clock).toMatchObject({ timeMs: 12_500, playing: false, durationMs: 30_000 });
    expect(createReplaySource(events, 99_000).clock.timeMs).toBe(30_000);
    expect(createReplaySource(events).clock.timeMs).toBe(0);
  });
});
