// The exams REST contract (docs/protocol.md §5, docs/api.md "Exams"): request schemas and the
// Exam shape that the server answers and the assessor and candidate pages read.
import { z } from 'zod';

/** Bounds of an exam (docs/api.md): a time limit from 10 s (short rehearsals) to 12 h. */
export const examLimits = {
  minTimeLimitMs: 10_000,
  maxTimeLimitMs: 12 * 3_600_000,
  maxCandidates: 500,
  maxAssessors: 20,
  maxTitleLength: 200,
  /** In-time events are still taken this long after the deadline; then the server ends the attempt. */
  graceMs: 60_000,
} as const;

const userIds = (max: number, what: string) =>
  z
    .array(z.string().min(1).max(64), { message: `${what} must be a list of user ids` })
    .max(max, `at most ${max} ${what}`)
    .refine((ids) => new Set(ids).size === ids.length, `${what} lists someone twice`);

export const createExamSchema = z
  .strictObject({
    sceneId: z.string().trim().min(1, 'sceneId is required').max(64),
    title: z.string().trim().min(1, 'title is required').max(examLimits.maxTitleLength, `title is at most ${examLimits.maxTitleLength} characters`),
    candidateIds: userIds(examLimits.maxCandidates, 'candidateIds').refine((ids) => ids.length > 0, 'an exam needs at least one candidate'),
    assessorIds: userIds(examLimits.maxAssessors, 'assessorIds').prefault([]),
    opensAt: z.iso.datetime({ offset: true, message: 'opensAt must be an ISO 8601 date-time' }),
    closesAt: z.iso.datetime({ offset: true, message: 'closesAt must be an ISO 8601 date-time' }),
    timeLimitMs: z
      .number({ message: 'timeLimitMs must be a number of milliseconds' })
      .int('timeLimitMs must be a whole number of milliseconds')
      .min(examLimits.minTimeLimitMs, `timeLimitMs is at least ${examLimits.minTimeLimitMs} (10 s)`)
      .max(examLimits.maxTimeLimitMs, `timeLimitMs is at most ${examLimits.maxTimeLimitMs} (12 h)`),
    judges: z.number().int('judges must be 1, 2 or 3').min(1, 'judges must be 1, 2 or 3').max(3, 'judges must be 1, 2 or 3'),
  })
  .refine((exam) => Date.parse(exam.opensAt) < Date.parse(exam.closesAt), { message: 'opensAt must be before closesAt', path: ['closesAt'] });
export type CreateExamRequest = z.infer<typeof createExamSchema>;

export const stopCandidateSchema = z.strictObject({
  reason: z.string().trim().min(1, 'reason is required: say why the attempt is stopped').max(500, 'reason is at most 500 characters'),
});
export type StopCandidateRequest = z.infer<typeof stopCandidateSchema>;

/** Derived from the server's clock: before opensAt, from opensAt until closesAt, after. */
export type ExamStatus = 'scheduled' | 'open' | 'closed';
export type CandidateStatus = 'not_started' | 'in_progress' | 'submitted' | 'timed_out' | 'stopped';

export interface ExamCandidate {
  learnerId: string;
  name: string;
  sessionId?: string;
  status: CandidateStatus;
  /** min(first start + timeLimitMs, closesAt), once started. */
  deadlineAt?: string;
}

export interface Exam {
  id: string;
  sceneId: string;
  title: string;
  opensAt: string;
  closesAt: string;
  timeLimitMs: number;
  judges: number;
  leadAssessorId: string;
  assessorIds: string[];
  status: ExamStatus;
  /** Every candidate for the exam's assessors and admins; only their own row for a candidate. */
  candidates: ExamCandidate[];
  createdAt: string;
}

export interface ExamResponse {
  exam: Exam;
}
