import { describe, expect, it } from 'vitest';
import { chooseSnap, defaultSnapRadius } from '../../../../../../client/workshop/kit/interaction/snap';
import type { SnapCandidate } from '../../../../../../client/workshop/kit/interaction/snap';

const points: SnapCandidate[] = [
  { id: 'breaker:C3', position: [0, 1.5, 0], accepts: ['padlock'] },
  { id: 'breaker:C4', position: [0.04, 1.5, 0], accepts: ['padlock'] },
  { id: 'socket:L-N', position: [0.02, 1.5, 0], accepts: ['tester'] },
  { id: 'breaker:C5', position: [0.019, 1.5, 0], accepts: ['padlock'], enabled: false },
];

describe('chooseSnap', () => {
  it('picks the nearest enabled point that accepts the kind', () => {
    expect(chooseSnap('padlock', [0.015, 1.5, 0], points)?.id).toBe('breaker:C3');
    expect(chooseSnap('padlock', [0.03, 1.5, 0], points)?.id).toBe('breaker:C4');
    expect(chooseSnap('tester', [0.001, 1.5, 0], points)?.id).toBe('socket:L-N');
  });

  it('snaps nothing out of reach or of the wrong kind', () => {
    expect(chooseSnap('padlock', [0, 1.5 + defaultSnapRadius + 0.001, 0], points)).toBeNull();
    expect(chooseSnap('screwdriver', [0, 1.5, 0], points)).toBeNull();
    expect(chooseSnap('padlock', [0, 1.6, 0], points, 0.2)?.id).toBe('breaker:C3');
  });

  it('honours a point’s own radius', () => {
    const tight: SnapCandidate[] = [{ id: 'terminal', position: [0, 0, 0], accepts: ['conductor'], radius: 0.01 }];
    expect(chooseSnap('conductor', [0.02, 0, 0], tight)).toBeNull();
    expect(chooseSnap('conductor', [0.005, 0, 0], tight)?.id).toBe('terminal');
  });
});
