import { describe, expect, it } from 'vitest';
import { mergeCandidate, offlineFor, remainingAt, stoppedTile } from '../../../../client/pages/proctor/candidateTile';
import { candidate, report } from './fixtures';

describe('merging a candidate push into its tile', () => {
  it('takes a newer state and stamps when it arrived', () => {
    const first = mergeCandidate(undefined, candidate(), 1_000);
    const next = mergeCandidate(first, candidate({ ackedSeq: 20, live: report(62) }), 1_500);
    expect(next).toMatchObject({ ackedSeq: 20, receivedAtMs: 1_500, offlineSinceMs: null });
    expect(next.live?.total).toBe(62);
  });

  it('ignores a push about an older point of the same attempt', () => {
    const held = mergeCandidate(undefined, candidate({ ackedSeq: 30 }), 1_000);
    expect(mergeCandidate(held, candidate({ ackedSeq: 25 }), 2_000)).toBe(held);
  });

  it('keeps an ended attempt ended when a push sent before the stop arrives after it', () => {
    const held = stoppedTile(mergeCandidate(undefined, candidate(), 1_000), report(40), 2_000);
    expect(mergeCandidate(held, candidate({ ackedSeq: 40 }), 2_100)).toBe(held);
    expect(mergeCandidate(held, candidate({ status: 'stopped', ackedSeq: 40 }), 2_200).status).toBe('stopped');
  });

  it('counts offline time from the first push that said offline, across later pushes', () => {
    const online = mergeCandidate(undefined, candidate(), 1_000);
    const dropped = mergeCandidate(online, candidate({ connected: false }), 5_000);
    const still = mergeCandidate(dropped, candidate({ connected: false, ackedSeq: 11 }), 9_000);
    expect(still.offlineSinceMs).toBe(5_000);
    expect(offlineFor(still, 40_000)).toBe(35_000);
    expect(mergeCandidate(still, candidate({ ackedSeq: 12 }), 41_000).offlineSinceMs).toBeNull();
  });

  it('stopped: the stop answer becomes the score, and no time is left', () => {
    const tile = stoppedTile(mergeCandidate(undefined, candidate(), 0), report(33, [{ id: 'arc-without-helmet', t: 900, message: 'x' }]), 10);
    expect(tile).toMatchObject({ status: 'stopped', remainingMs: 0, live: { total: 33 }, critical: [{ id: 'arc-without-helmet' }] });
  });
});

describe('time left', () => {
  it('counts down locally while the attempt runs and never below zero', () => {
    const tile = mergeCandidate(undefined, candidate({ remainingMs: 10_000 }), 1_000);
    expect(remainingAt(tile, 1_000)).toBe(10_000);
    expect(remainingAt(tile, 4_500)).toBe(6_500);
    expect(remainingAt(tile, 99_000)).toBe(0);
  });

  it('is the time limit before the start and zero once ended', () => {
    expect(remainingAt(mergeCandidate(undefined, candidate({ status: 'not_started', remainingMs: 600_000, live: null }), 0), 50_000)).toBe(600_000);
    expect(remainingAt(mergeCandidate(undefined, candidate({ status: 'timed_out', remainingMs: 5 }), 0), 0)).toBe(0);
  });
});
