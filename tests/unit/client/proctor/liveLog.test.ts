import { describe, expect, it } from 'vitest';
import type { AttemptEvent } from '../../../../scenes/rubric/events';
import { continueLog, createLiveLog } from '../../../../client/pages/proctor/liveLog';

const event = (seq: number): AttemptEvent => ({ seq, t: seq * 100, type: 'torch', data: {} });
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => event(from + i));

describe('the spectated log', () => {
  it('appends batches that continue it and drops what it already holds', () => {
    expect(continueLog(range(1, 3), range(2, 5))).toEqual({ append: range(4, 5) });
    expect(continueLog(range(1, 3), range(1, 3))).toEqual({ append: [] });
    expect(continueLog([], range(1, 2))).toEqual({ append: range(1, 2) });
  });

  it('reports a gap (a missed batch) instead of skipping events', () => {
    expect(continueLog(range(1, 3), range(5, 6))).toEqual({ gap: true });
  });

  it('follows live: the clock stands at the newest event and its end moves with the log', () => {
    const log = createLiveLog(range(1, 10));
    expect(log.source.clock).toMatchObject({ timeMs: 1_000, durationMs: 1_000, playing: false });
    expect(log.append(range(8, 15))).toBe(true);
    expect(log.source.events).toHaveLength(15);
    expect(log.source.clock).toMatchObject({ timeMs: 1_500, durationMs: 1_500 });
    // The same array the scene's replayer reads: appended in place.
    expect(log.source.events).toBe(log.events);
    expect(log.append(range(17, 18))).toBe(false);
    expect(log.events).toHaveLength(15);
  });
});
