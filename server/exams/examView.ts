// An ExamRecord as the wire's Exam (docs/protocol.md §5): ISO times, the status from the server's
// clock, each candidate's status from their attempt, and only their own row for a candidate.
import type { CandidateStatus, Exam, ExamCandidate, ExamStatus } from '../../scenes/protocol/exams';
import type { ExamCandidateRecord, ExamRecord } from '../storage/exams';
import type { SessionStatus } from '../storage/store';

export function examStatus(exam: Pick<ExamRecord, 'opensAtMs' | 'closesAtMs'>, nowMs: number): ExamStatus {
  return nowMs < exam.opensAtMs ? 'scheduled' : nowMs < exam.closesAtMs ? 'open' : 'closed';
}

export const candidateStatusOf: Record<SessionStatus, CandidateStatus> = {
  active: 'in_progress',
  finished: 'submitted',
  timed_out: 'timed_out',
  stopped: 'stopped',
  // Exam attempts are never abandoned (the abandon sweeper skips them); listed for completeness.
  abandoned: 'stopped',
};

function toCandidate(c: ExamCandidateRecord): ExamCandidate {
  if (!c.attempt) return { learnerId: c.learnerId, name: c.name, status: 'not_started' };
  return {
    learnerId: c.learnerId,
    name: c.name,
    sessionId: c.attempt.sessionId,
    status: candidateStatusOf[c.attempt.status],
    deadlineAt: new Date(c.attempt.deadlineMs).toISOString(),
  };
}

/** `onlyCandidate`: a candidate's view, with their own row alone. */
export function toExam(exam: ExamRecord, nowMs: number, onlyCandidate?: string): Exam {
  const candidates = onlyCandidate === undefined ? exam.candidates : exam.candidates.filter((c) => c.learnerId === onlyCandidate);
  return {
    id: exam.id,
    sceneId: exam.sceneId,
    title: exam.title,
    opensAt: new Date(exam.opensAtMs).toISOString(),
    closesAt: new Date(exam.closesAtMs).toISOString(),
    timeLimitMs: exam.timeLimitMs,
    judges: exam.judges,
    leadAssessorId: exam.leadAssessorId,
    assessorIds: exam.assessorIds,
    status: examStatus(exam, nowMs),
    candidates: candidates.map(toCandidate),
    createdAt: new Date(exam.createdAtMs).toISOString(),
  };
}
