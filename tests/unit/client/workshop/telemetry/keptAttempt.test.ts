// The attempt record kept across reloads: one slot per learner, scene and mode, so starting an
// exam never overwrites the practice attempt the server still offers to continue.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { forgetAttempt, keepAttempt, keptAttempt, type KeptAttempt } from '../../../../../client/workshop/telemetry/outboxStore';

const attempt = (sessionId: string, mode: KeptAttempt['mode']): KeptAttempt => ({ sessionId, sceneId: 'welding-bead', mode, params: {}, startEpochMs: 1, userId: 'u1' });

describe('kept attempts', () => {
  beforeEach(() => {
    const kept = new Map<string, string>();
    vi.stubGlobal('localStorage', {
      getItem: (key: string) => kept.get(key) ?? null,
      setItem: (key: string, value: string) => void kept.set(key, value),
      removeItem: (key: string) => void kept.delete(key),
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('keeps a practice and an exam attempt of one scene side by side', () => {
    keepAttempt(attempt('practice-1', 'practice'));
    keepAttempt(attempt('exam-1', 'exam'));
    expect(keptAttempt('u1', 'welding-bead')?.sessionId).toBe('practice-1');
    expect(keptAttempt('u1', 'welding-bead', 'exam')?.sessionId).toBe('exam-1');
    forgetAttempt('u1', 'welding-bead', 'exam');
    expect(keptAttempt('u1', 'welding-bead', 'exam')).toBeUndefined();
    expect(keptAttempt('u1', 'welding-bead', 'practice')?.sessionId).toBe('practice-1');
  });

  it('reads an exam record kept in the practice slot by an older version as no practice attempt', () => {
    localStorage.setItem('vocaxr.attempt.u1.welding-bead', JSON.stringify(attempt('exam-0', 'exam')));
    expect(keptAttempt('u1', 'welding-bead')).toBeUndefined();
  });
});
