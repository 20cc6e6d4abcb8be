import { describe, expect, it } from 'vitest';
import { applyCandidate, applySnapshot, applyStopped, createProctorStore, setLink } from '../../../../client/pages/proctor/proctorStore';
import { candidate, report } from './fixtures';

describe('the dashboard store', () => {
  it('a snapshot replaces the tiles and makes the link live; a push changes only its own tile', () => {
    const store = createProctorStore('e1', 0);
    applySnapshot(store, [candidate({ learnerId: 'a' }), candidate({ learnerId: 'b', name: 'B' })], 1_000);
    expect(store.getState().link).toEqual({ state: 'live' });
    const before = store.getState().tiles;
    applyCandidate(store, candidate({ learnerId: 'a', ackedSeq: 50, live: report(70) }), 2_000);
    const after = store.getState().tiles;
    expect(after.a!.live?.total).toBe(70);
    expect(after.b).toBe(before.b);
  });

  it('a stale push changes nothing (no new state for subscribers)', () => {
    const store = createProctorStore('e1', 0);
    applySnapshot(store, [candidate({ learnerId: 'a', ackedSeq: 30 })], 0);
    const tiles = store.getState().tiles;
    applyCandidate(store, candidate({ learnerId: 'a', ackedSeq: 20 }), 10);
    expect(store.getState().tiles).toBe(tiles);
  });

  it('a re-watch after a reconnect keeps the offline time already counted', () => {
    const store = createProctorStore('e1', 0);
    applySnapshot(store, [candidate({ learnerId: 'a', connected: false })], 1_000);
    setLink(store, { state: 'reconnecting' });
    applySnapshot(store, [candidate({ learnerId: 'a', connected: false, ackedSeq: 11 })], 20_000);
    expect(store.getState().tiles.a!.offlineSinceMs).toBe(1_000);
    expect(store.getState().link.state).toBe('live');
  });

  it('a new page of the same exam in this tab (spectator and back) keeps counting offline time from before', () => {
    const first = createProctorStore('e2', 0);
    applySnapshot(first, [candidate({ learnerId: 'a', connected: false })], 1_000);
    const second = createProctorStore('e2', 0);
    applySnapshot(second, [candidate({ learnerId: 'a', connected: false })], 60_000);
    expect(second.getState().tiles.a!.offlineSinceMs).toBe(1_000);
    applyCandidate(second, candidate({ learnerId: 'a', ackedSeq: 11 }), 61_000);
    const third = createProctorStore('e2', 0);
    applySnapshot(third, [candidate({ learnerId: 'a', connected: false, ackedSeq: 11 })], 70_000);
    expect(third.getState().tiles.a!.offlineSinceMs).toBe(70_000);
  });

  it('a stop shows at once from its answer', () => {
    const store = createProctorStore('e1', 0);
    applySnapshot(store, [candidate({ learnerId: 'a' })], 0);
    applyStopped(store, 'a', report(12), 5);
    expect(store.getState().tiles.a).toMatchObject({ status: 'stopped', live: { total: 12 } });
  });
});
