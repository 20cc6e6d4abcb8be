// An ExamRecord as the wire's Exam (server/exams/examView.ts): status from the clock, candidate
// statuses from their attempts, a candidate's view with their own row only.
import { describe, expect, it } from 'vitest';
import { examStatus, toExam } from '../../../../server/exams/examView';
import type { ExamRecord } from '../../../../server/storage/exams';

const attempt = (status: 'active' | 'finished' | 'timed_out' | 'stopped') => ({ sessionId: `s-${status}`, status, deadlineMs: Date.UTC(2026, 0, 1) });
const exam: ExamRecord = {
  id: 'e',
  institutionId: 'i',
  sceneId: 'welding-bead',
  title: 'T',
  opensAtMs: 1_000,
  closesAtMs: 2_000,
  timeLimitMs: 60_000,
  judges: 1,
  leadAssessorId: 'a',
  assessorIds: ['a'],
  candidates: [
    { learnerId: 'n', name: 'N', attempt: undefined, stop: undefined },
    { learnerId: 'p', name: 'P', attempt: attempt('active'), stop: undefined },
    { learnerId: 'f', name: 'F', attempt: attempt('finished'), stop: undefined },
    { learnerId: 't', name: 'T', attempt: attempt('timed_out'), stop: undefined },
    { learnerId: 's', name: 'S', attempt: attempt('stopped'), stop: { reason: 'r', assessorId: 'a' } },
  ],
  createdAtMs: 0,
};

describe('the wire view of an exam', () => {
  it('derives the exam status from the clock', () => {
    expect([999, 1_000, 1_999, 2_000].map((now) => examStatus(exam, now))).toEqual(['scheduled', 'open', 'open', 'closed']);
  });

  it('derives each candidate status from their attempt', () => {
    const view = toExam(exam, 1_500);
    expect(view.candidates.map((c) => c.status)).toEqual(['not_started', 'in_progress', 'submitted', 'timed_out', 'stopped']);
    expect(view.candidates[0]).toEqual({ learnerId: 'n', name: 'N', status: 'not_started' });
    expect(view.candidates[1]).toMatchObject({ sessionId: 's-active', deadlineAt: '2026-01-01T00:00:00.000Z' });
    expect(view).toMatchObject({ opensAt: '1970-01-01T00:00:01.000Z', closesAt: '1970-01-01T00:00:02.000Z', status: 'open' });
  });

  it('shows a candidate only their own row', () => {
    expect(toExam(exam, 1_500, 't').candidates.map((c) => c.learnerId)).toEqual(['t']);
  });
});
