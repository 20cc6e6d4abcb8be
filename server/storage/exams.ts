// Exams as stored (docs/protocol.md §5): the exam, its assessors and its candidates, each
// candidate's one attempt once started. The attempt itself is a session row with a deadline.
import type { NewSession, SessionRecord, SessionStatus } from './store';

export interface NewExam {
  institutionId: string;
  sceneId: string;
  title: string;
  opensAtMs: number;
  closesAtMs: number;
  timeLimitMs: number;
  judges: number;
  leadAssessorId: string;
  /** Includes the lead. */
  assessorIds: readonly string[];
  candidateIds: readonly string[];
  createdAtMs: number;
}

export interface ExamCandidateRecord {
  learnerId: string;
  name: string;
  /** The attempt, once started, with its status and deadline as stored on the session. */
  attempt: { sessionId: string; status: SessionStatus; deadlineMs: number } | undefined;
  /** Why an assessor stopped the attempt, and who. */
  stop: { reason: string; assessorId: string } | undefined;
}

/** An exam as stored: what it was created with, its id, and each candidate's row. */
export interface ExamRecord extends Omit<NewExam, 'assessorIds' | 'candidateIds'> {
  id: string;
  assessorIds: string[];
  candidates: ExamCandidateRecord[];
}

/** Who lists exams: an assessor theirs, an admin their institution's, a student those they sit. */
export type ExamListFilter = { assessorId: string } | { institutionId: string } | { candidateId: string };

export interface ExamRepository {
  createExam(exam: NewExam): Promise<ExamRecord>;
  getExam(examId: string): Promise<ExamRecord | undefined>;
  /** Newest window first. */
  listExams(filter: ExamListFilter): Promise<ExamRecord[]>;
  /**
   * The candidate's one attempt: the stored session if they started before, else a new session
   * with `deadlineMs` linked to the candidate in ONE transaction. Undefined when not a candidate.
   */
  claimAttempt(examId: string, learnerId: string, session: NewSession, deadlineMs: number): Promise<{ session: SessionRecord; created: boolean } | undefined>;
  /** Records why and by whom an attempt was stopped. */
  recordStop(examId: string, learnerId: string, stop: { reason: string; assessorId: string }): Promise<void>;
  /** Active exam attempts whose deadline is at or before `atMs`, earliest first (the deadline sweeper). */
  listOverdueAttempts(atMs: number, limit: number): Promise<SessionRecord[]>;
  /** Whether `assessorId` assesses an exam that `learnerId` is a candidate of. */
  assessesLearner(assessorId: string, learnerId: string): Promise<boolean>;
}
