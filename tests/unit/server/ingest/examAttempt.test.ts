// The pure rules of an exam attempt's start and clock (server/ingest/examAttempt.ts).
import { describe, expect, it } from 'vitest';
import { examStartRefusal, examTimeLimitT, pastGrace } from '../../../../server/ingest/examAttempt';
import type { ExamRecord } from '../../../../server/storage/exams';

const exam: ExamRecord = {
  id: 'e',
  institutionId: 'i',
  sceneId: 'welding-bead',
  title: 'T',
  opensAtMs: 1_000,
  closesAtMs: 10_000,
  timeLimitMs: 5_000,
  judges: 1,
  leadAssessorId: 'a',
  assessorIds: ['a'],
  candidates: [
    { learnerId: 'new', name: 'N', attempt: undefined, stop: undefined },
    { learnerId: 'started', name: 'S', attempt: { sessionId: 's', status: 'active', deadlineMs: 6_000 }, stop: undefined },
  ],
  createdAtMs: 0,
};
const learner = (userId: string, institutionId = 'i') => ({ userId, institutionId });

describe('exam attempts', () => {
  it('lets a listed candidate start only inside the window; one who started gets their attempt back any time', () => {
    expect(examStartRefusal(exam, learner('new'), 'welding-bead', 999)?.code).toBe('conflict');
    expect(examStartRefusal(exam, learner('new'), 'welding-bead', 1_000)).toBeUndefined();
    expect(examStartRefusal(exam, learner('new'), 'welding-bead', 9_999)).toBeUndefined();
    expect(examStartRefusal(exam, learner('new'), 'welding-bead', 10_000)?.code).toBe('conflict');
    expect(examStartRefusal(exam, learner('started'), 'welding-bead', 50_000)).toBeUndefined();
  });

  it('refuses strangers, other institutions, unknown exams and other scenes', () => {
    expect(examStartRefusal(exam, learner('someone'), 'welding-bead', 2_000)?.code).toBe('forbidden');
    expect(examStartRefusal(exam, learner('new', 'other'), 'welding-bead', 2_000)?.code).toBe('not_found');
    expect(examStartRefusal(undefined, learner('new'), 'welding-bead', 2_000)?.code).toBe('not_found');
    expect(examStartRefusal(exam, learner('new'), 'pipe-cutting', 2_000)?.code).toBe('invalid');
  });

  it('limits t to the time from the start to the deadline, and ends at deadline + grace', () => {
    expect(examTimeLimitT({ startedAtMs: 1_500, deadlineMs: 6_500 })).toBe(5_000);
    expect(examTimeLimitT({ startedAtMs: 1_500, deadlineMs: undefined })).toBeUndefined();
    expect(pastGrace({ deadlineMs: 6_000 }, 65_999, 60_000)).toBe(false);
    expect(pastGrace({ deadlineMs: 6_000 }, 66_000, 60_000)).toBe(true);
    expect(pastGrace({ deadlineMs: undefined }, 1e12, 60_000)).toBe(false);
  });
});
