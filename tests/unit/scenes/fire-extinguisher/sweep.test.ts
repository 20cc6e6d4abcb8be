// The sweep windows: 1 s of discharge time each, swept when the aim points' x spans 0.3 m, a last
// window under 0.5 s dropped; a sample counts in every window its interval overlaps.
import { describe, expect, it } from 'vitest';
import { SweepWindows } from '../../../../scenes/fire-extinguisher';

function windows(samples: readonly [number, number | null][]): SweepWindows {
  const sweep = new SweepWindows();
  for (const [dt, x] of samples) sweep.add(dt, x);
  return sweep;
}

describe('fire-extinguisher sweep windows', () => {
  it('has no window, and scores 0, under 0.5 s of discharge', () => {
    expect(windows([]).counts()).toEqual({ windows: 0, swept: 0 });
    expect(windows([[200, 0], [200, 0.4]]).counts()).toEqual({ windows: 0, swept: 0 });
    expect(windows([[200, 0], [200, 0.4]]).score()).toBe(0);
  });

  it('counts a last window of 0.5 s or more', () => {
    expect(windows([[250, 0], [250, 0.3]]).counts()).toEqual({ windows: 1, swept: 1 }); // span exactly 0.3
    expect(windows([[250, 0], [249, 0.3]]).counts()).toEqual({ windows: 0, swept: 0 });
    expect(windows([[500, 0], [500, 0.29]]).counts()).toEqual({ windows: 1, swept: 0 });
  });

  it('closes full windows and drops a short last one', () => {
    // Window 1: x 0 and 0.4 (swept); window 2: 0.1 only (not); then 0.3 s more, dropped.
    const sweep = windows([[500, 0], [500, 0.4], [1000, 0.1], [300, 0.5]]);
    expect(sweep.counts()).toEqual({ windows: 2, swept: 1 });
    expect(sweep.score()).toBe(0.5);
  });

  it('puts a sample that straddles a boundary in both windows; one ending on it only in the first', () => {
    // 900 ms at x 0, then 200 ms at x 0.4 (900–1100) in both windows, then 500 ms at x 0: the first
    // window has 0 and 0.4, the second (1000–1600) 0.4 and 0: both swept.
    const straddle = windows([[900, 0], [200, 0.4], [500, 0]]);
    expect(straddle.counts()).toEqual({ windows: 2, swept: 2 });
    // 800 + 200 ends exactly at 1000: x 0.4 is only in the first window; the second has 0 alone.
    const onBoundary = windows([[800, 0], [200, 0.4], [600, 0]]);
    expect(onBoundary.counts()).toEqual({ windows: 2, swept: 1 });
  });

  it('ignores samples with no aim point but counts their time', () => {
    const sweep = windows([[400, null], [300, 0], [300, null], [600, 0.35]]);
    // Window 1 (0–1000): x 0 only; window 2 (1000–1600): 0.35 only.
    expect(sweep.counts()).toEqual({ windows: 2, swept: 0 });
  });

  it('reports the open window\'s span for a live cue', () => {
    const sweep = windows([[100, 0.1], [100, -0.15]]);
    expect(sweep.currentSpanM).toBeCloseTo(0.25, 12);
    expect(new SweepWindows().currentSpanM).toBe(0);
  });
});
