// The pointer's readings become torch samples at a steady cadence whatever the frame rate: the
// same hand movement gives samples along the same path at 60 fps and at 3 fps, a pointer held
// still is still sampled, and times never go backwards.
import { describe, expect, it } from 'vitest';
import type { PointerSample } from '../../../../client/workshop/runtime/pointerSamples';
import { createPointerSampler, skipPointerSamples, takePointerSamples } from '../../../../client/workshop/runtime/pointerSamples';

const cadence = { intervalMs: 1000 / 90, maxPerFrame: 180, holdLagMs: 50 };
/** The hand: moves right at 0.5 NDC units per second from x = -0.5, button down. */
const xAt = (t: number) => -0.5 + (0.5 * (t - 1000)) / 1000;

/** A mouse reporting every `everyMs` from t = 1000 to `untilMs`, drained by frames every `frameMs`. */
function record(everyMs: number, frameMs: number, untilMs = 3000): PointerSample[] {
  // The torch was picked up at t = 1000 with the button already down: sampling starts there.
  const sampler = createPointerSampler();
  skipPointerSamples(sampler, [{ t: 1000, x: xAt(1000), y: 0.1, down: true }], 1000);
  const queue: PointerSample[] = [];
  const all: PointerSample[] = [];
  let nextEvent = 1000 + everyMs;
  for (let frame = 1000 + frameMs; frame <= untilMs; frame += frameMs) {
    // Everything the mouse reported up to this frame arrives with it (coalesced).
    for (; nextEvent <= frame; nextEvent += everyMs) queue.push({ t: nextEvent, x: xAt(nextEvent), y: 0.1, down: true });
    all.push(...takePointerSamples(sampler, queue, frame, cadence, []));
  }
  return all;
}

function expectSteadyAndOnPath(samples: PointerSample[], lagMs: number): void {
  for (let i = 1; i < samples.length; i++) {
    const gap = samples[i]!.t - samples[i - 1]!.t;
    expect(gap).toBeGreaterThanOrEqual(cadence.intervalMs - 0.5);
    expect(gap).toBeLessThanOrEqual(2 * cadence.intervalMs + 1e-9);
  }
  // Each sample shows the hand where it was at the sample's time, or at most `lagMs` earlier.
  for (const s of samples) {
    expect(s.x).toBeLessThanOrEqual(xAt(s.t) + 1e-9);
    expect(s.x).toBeGreaterThanOrEqual(xAt(s.t - lagMs) - 1e-9);
    expect(s.down).toBe(true);
  }
}

describe('pointer samples', () => {
  it('samples a moving hand alike at 60 fps and at 3 fps', () => {
    const fast = record(8, 1000 / 60);
    const slow = record(8, 1000 / 3);
    // A reading every 8 ms: the last one is never older than 8 ms.
    expectSteadyAndOnPath(fast, 8);
    expectSteadyAndOnPath(slow, 8);
    const rate = (s: PointerSample[]) => (s.length * 1000) / (s.at(-1)!.t - s[0]!.t);
    expect(rate(slow)).toBeGreaterThan(45);
    expect(rate(slow)).toBeLessThanOrEqual(91);
    expect(Math.abs(rate(fast) - rate(slow))).toBeLessThan(15);
  });

  it('fills the gaps between sparse readings by interpolating, not by holding', () => {
    const samples = record(100, 500);
    expectSteadyAndOnPath(samples, 0.001);
    expect(samples.length).toBeGreaterThan(150);
  });

  it('samples a pointer held still up to shortly before the frame time', () => {
    const sampler = createPointerSampler();
    const queue: PointerSample[] = [{ t: 100, x: 0.2, y: -0.3, down: false }];
    const first = takePointerSamples(sampler, queue, 100, cadence, []);
    expect(first.map((s) => s.t)).toEqual([100]);
    const held = takePointerSamples(sampler, queue, 650, cadence, []);
    expect(held).toHaveLength(45);
    expect(held.every((s) => s.x === 0.2 && s.y === -0.3 && !s.down)).toBe(true);
    expect(held.at(-1)!.t).toBeCloseTo(600, 6);
  });

  it('does not let a still-pointer guess overtake a reading that arrives a frame late', () => {
    const sampler = createPointerSampler();
    takePointerSamples(sampler, [{ t: 100, x: 0, y: 0, down: true }], 100, cadence, []);
    // The next frame comes at 200 ms; a reading stamped 180 ms only arrives with the frame after.
    const before = takePointerSamples(sampler, [], 200, cadence, []);
    expect(before.at(-1)!.t).toBeLessThanOrEqual(150);
    const after = takePointerSamples(sampler, [{ t: 180, x: 0.8, y: 0, down: true }], 300, cadence, []);
    const reading = after.find((s) => s.t === 180);
    expect(reading?.x).toBe(0.8);
    // Between the last guess and the reading, the pointer is interpolated towards it.
    expect(after[0]!.x).toBeGreaterThan(0);
  });

  it('never drops a button change, even one that is not due yet', () => {
    const sampler = createPointerSampler();
    const queue: PointerSample[] = [
      { t: 100, x: 0, y: 0, down: false },
      { t: 102, x: 0, y: 0, down: true },
      { t: 104, x: 0, y: 0, down: false },
    ];
    const samples = takePointerSamples(sampler, queue, 104, cadence, []);
    expect(samples.map((s) => s.down)).toEqual([false, true, false]);
    expect(samples.map((s) => s.t)).toEqual([100, 100 + cadence.intervalMs, 100 + 2 * cadence.intervalMs]);
  });

  it('keeps readings later than the frame for the next frame, and a late reading only moves the pointer', () => {
    const sampler = createPointerSampler();
    const queue: PointerSample[] = [
      { t: 100, x: 0, y: 0, down: false },
      { t: 150, x: 0.5, y: 0, down: false },
    ];
    expect(takePointerSamples(sampler, queue, 120, cadence, []).at(-1)!.t).toBeLessThanOrEqual(120);
    expect(queue).toHaveLength(1);
    const lastT = sampler.lastT;
    queue.push({ t: lastT - 5, x: 0.9, y: 0, down: false });
    const next = takePointerSamples(sampler, queue, 160, cadence, []);
    expect(next[0]!.t).toBeGreaterThan(lastT);
    expect(next[0]!.x).toBeGreaterThan(0.5);
    expect(queue).toHaveLength(0);
  });

  it('catches up at most maxPerFrame samples after a long stall', () => {
    const sampler = createPointerSampler();
    takePointerSamples(sampler, [{ t: 0, x: 0, y: 0, down: false }], 0, cadence, []);
    const burst = takePointerSamples(sampler, [], 60_000, cadence, []);
    expect(burst.length).toBeLessThanOrEqual(cadence.maxPerFrame);
    expect(burst.at(-1)!.t).toBeLessThanOrEqual(60_000 - cadence.holdLagMs);
    expect(burst.at(-1)!.t).toBeGreaterThan(60_000 - cadence.holdLagMs - cadence.intervalMs);
  });
});
