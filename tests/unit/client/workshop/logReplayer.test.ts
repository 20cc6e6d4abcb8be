// The kit's log replayer: the state at time T depends only on the log and T, however the
// reviewer seeks (forward, back, forward again), and events apply once each, in log order.
import { describe, expect, it } from 'vitest';
import { createLogReplayer } from '../../../../client/workshop/runtime/logReplayer';

interface Event {
  t: number;
  add: number;
}

const log: Event[] = [
  { t: 0, add: 1 },
  { t: 100, add: 2 },
  { t: 100, add: 3 },
  { t: 250, add: 5 },
  { t: 900, add: 7 },
];

function replayed() {
  const state = { sum: 0, seen: [] as number[], resets: 0 };
  const replayer = createLogReplayer(log, {
    reset: () => {
      state.sum = 0;
      state.seen = [];
      state.resets += 1;
    },
    apply: (event) => {
      state.sum += event.add;
      state.seen.push(event.t);
    },
  });
  return { state, replayer };
}

describe('log replayer', () => {
  it('applies events up to and including T, forward only while T rises', () => {
    const { state, replayer } = replayed();
    expect(replayer.applied).toBe(0);
    expect(replayer.appliedT).toBe(-1);
    replayer.seek(99);
    expect([replayer.applied, replayer.appliedT, state.sum]).toEqual([1, 0, 1]);
    replayer.seek(100);
    expect([replayer.applied, replayer.appliedT, state.sum]).toEqual([3, 100, 6]);
    replayer.seek(10_000);
    expect([replayer.applied, replayer.appliedT, state.sum]).toEqual([5, 900, 18]);
    expect(state.resets).toBe(0);
  });

  it('gives the same state at T after seeking forward, back and forward again', () => {
    const fresh = (t: number) => {
      const { state, replayer } = replayed();
      replayer.seek(t);
      return { sum: state.sum, seen: state.seen, applied: replayer.applied, appliedT: replayer.appliedT };
    };
    const { state, replayer } = replayed();
    const at = () => ({ sum: state.sum, seen: state.seen, applied: replayer.applied, appliedT: replayer.appliedT });
    for (const t of [250, 950, 120, 0, -5, 300, 100, 900, 99]) {
      replayer.seek(t);
      expect(at(), `seek ${t}`).toEqual(fresh(t));
    }
    // Seeking back reset the target each time T went behind the last applied event.
    expect(state.resets).toBeGreaterThan(0);
  });

  it('does not reset when seeking to the same time or to a time between applied events', () => {
    const { state, replayer } = replayed();
    replayer.seek(300);
    replayer.seek(300);
    replayer.seek(260);
    expect(state.resets).toBe(0);
    expect(replayer.applied).toBe(4);
  });
});
