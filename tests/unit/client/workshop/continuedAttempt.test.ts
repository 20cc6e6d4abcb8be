// Continuing an open attempt: on the device that began it, with its own record; on another
// device, with a clock that starts the server's session time ago, so t carries on from there.
import { describe, expect, it } from 'vitest';
import { continuedAttempt } from '../../../../client/workshop/openAttempt';
import type { KeptAttempt } from '../../../../client/workshop/telemetry/outboxStore';

const owner = { userId: 'u1', sceneId: 'welding-bead', mode: 'practice' as const };
const mine: KeptAttempt = { sessionId: 's1', ...owner, params: { seamLengthMm: 200 }, startEpochMs: 1_000 };

describe('continuedAttempt', () => {
  it('keeps this device\'s own record of the attempt', () => {
    expect(continuedAttempt(mine, 's1', { params: {}, elapsedMs: 99_000 }, owner, 500_000)).toEqual({ kept: mine, here: true });
  });

  it('starts the clock of an attempt begun elsewhere at the server\'s session time', () => {
    const { kept, here } = continuedAttempt(mine, 's2', { params: { seamLengthMm: 180 }, elapsedMs: 600_000 }, owner, 2_000_000);
    expect(here).toBe(false);
    expect(kept).toEqual({ sessionId: 's2', ...owner, params: { seamLengthMm: 180 }, startEpochMs: 1_400_000 });
    // The first event stamped now has t = 600 s, not 0: after everything the server holds.
    expect(2_000_000 - kept.startEpochMs).toBe(600_000);
  });
});
