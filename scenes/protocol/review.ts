// REST shapes for teacher review and learner progress (docs/api.md), shared by server and client.
import { z } from 'zod';
import type { LocalizedText } from './rest';
import { inputLimits } from './limits';
import type { ExamOutcome } from './marking';

const isoDate = z.iso.date('must be a date YYYY-MM-DD');

/** `lang=vi|en`: the language of a CSV export's header row; Vietnamese, the institution's, by default. */
export const csvLanguageSchema = z.enum(['vi', 'en']).prefault('vi');

/**
 * Filters, sort and page of a session list (GET /api/classes/:id/sessions,
 * GET /api/learners/:id/sessions). Dates are calendar days in Vietnam time (UTC+07:00), inclusive,
 * compared with the session's start.
 */
export const sessionListQuerySchema = z.strictObject({
  scene: z.string().trim().min(1).max(64).optional(),
  mode: z.enum(['practice', 'exam']).optional(),
  /** `abandoned`: practice attempts that ended unfinished (left idle or discarded). */
  /** `timed_out` / `stopped`: exam attempts ended by the server at the deadline, or by an assessor. */
  status: z.enum(['active', 'finished', 'abandoned', 'timed_out', 'stopped']).optional(),
  /** `true`: passed attempts only; `false`: finished and not passed. */
  passed: z.enum(['true', 'false']).optional(),
  learner: z.string().trim().min(1).max(64).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  sort: z.enum(['startedAt', 'finishedAt', 'total', 'learner', 'scene']).prefault('startedAt'),
  order: z.enum(['asc', 'desc']).prefault('desc'),
  page: z.coerce.number().int().min(1).max(100_000).prefault(1),
  pageSize: z.coerce.number().int().min(1).max(100).prefault(25),
  /** `csv`: every matching row (no paging) as UTF-8 CSV with a BOM, for spreadsheets. */
  format: z.enum(['json', 'csv']).prefault('json'),
  /** The language of a CSV's header row (Vietnamese by default). */
  lang: csvLanguageSchema,
});
export type SessionListQuery = z.infer<typeof sessionListQuerySchema>;

export interface SessionListItem {
  id: string;
  learnerId: string;
  learnerName: string;
  sceneId: string;
  mode: 'practice' | 'exam';
  status: 'active' | 'finished' | 'abandoned' | 'timed_out' | 'stopped';
  startedAt: string;
  /** when it ended (finished, abandoned, timed_out or stopped) */
  finishedAt?: string;
  /** 0..100, finished and abandoned sessions only */
  total?: number;
  passed?: boolean;
  /** number of critical errors in the report, finished and abandoned sessions only */
  criticalCount?: number;
  hasComment: boolean;
  /** *ext*: an exam attempt's signed-off result (absent before sign-off and for practice). */
  exam?: ExamOutcome;
}

export interface Page<T> {
  items: T[];
  /** rows matching the filters, over all pages */
  total: number;
  page: number;
  pageSize: number;
}

/** One learner of a class with their attempts so far (GET /api/classes/:id/learners). */
export interface LearnerSummary {
  id: string;
  name: string;
  attempts: number;
  finished: number;
  passedCount: number;
  lastScore?: number;
  bestScore?: number;
  lastAttemptAt?: string;
}

/** The teacher's written comment on a session, shown to the learner. */
export interface SessionComment {
  text: string;
  authorId: string;
  authorName: string;
  updatedAt: string;
}

/** GET /api/sessions/:id: one stored attempt with its learner's name and the teacher's comment. */
export interface SessionDetailResponse {
  id: string;
  learnerId: string;
  learnerName: string;
  sceneId: string;
  mode: SessionListItem['mode'];
  status: SessionListItem['status'];
  /** the last event the server stored; the replay log has events 1..ackedSeq */
  ackedSeq: number;
  startedAt: string;
  finishedAt?: string;
  examId?: string;
  params: Record<string, unknown>;
  /** the ScoreReport of a finished attempt (scenes/rubric/report.ts) */
  result?: unknown;
  comment?: SessionComment;
}

/** PUT /api/sessions/:id/comment answers the comment as stored (null once removed). */
export interface SessionCommentResponse {
  comment: SessionComment | null;
}

export const sessionCommentRequestSchema = z.strictObject({
  /** An empty text removes the comment. */
  text: z.string().trim().max(inputLimits.commentText, `a comment is at most ${inputLimits.commentText} characters`),
});

export const analyticsQuerySchema = z.strictObject({
  scene: z.string().trim().min(1).max(64),
  from: isoDate.optional(),
  to: isoDate.optional(),
  format: z.enum(['json', 'csv']).prefault('json'),
  lang: csvLanguageSchema,
});

/**
 * Class analytics for one scene (GET /api/classes/:id/analytics?scene=). Over the class's
 * finished attempts of that scene. A criterion is "met" in an attempt when its score is at
 * least the rubric's pass mark as a fraction (passMark / 100).
 */
export interface ClassAnalytics {
  sceneId: string;
  passMark: number;
  attempts: number;
  /** fraction of attempts passed, null with no attempts */
  passRate: number | null;
  criteria: { id: string; weight: number; average: number | null; passRate: number | null }[];
  /** The weakness map: each learner's LATEST finished attempt, score 0..1 per criterion (null: none yet). */
  heatmap: { learnerId: string; learnerName: string; sessionId: string | null; scores: (number | null)[]; total: number | null }[];
  /** Attempts per calendar day (Vietnam time), oldest first, days with attempts only. */
  attemptsOverTime: { date: string; attempts: number; passed: number; averageTotal: number }[];
}

/** "My progress" (GET /api/learners/:id/progress). */
export interface LearnerProgress {
  learner: { id: string; name: string };
  scenes: SceneProgress[];
}

export interface SceneProgress {
  sceneId: string;
  attempts: number;
  finished: number;
  passedCount: number;
  best?: { sessionId: string; total: number };
  last?: { sessionId: string; total: number; passed: boolean; finishedAt: string };
  /** finished attempts oldest first: total and each criterion's 0..1 score */
  /** `exam` *ext*: an exam attempt's signed-off result, absent before sign-off. */
  trend: { sessionId: string; finishedAt: string; total: number; passed: boolean; criteria: Record<string, number>; exam?: ExamOutcome }[];
  /**
   * What to practise next: a critical error of the latest attempt if it had one, else the
   * criterion with the lowest mean score over the latest three attempts (ties: the heavier weight).
   */
  recommendation?: { kind: 'critical' | 'criterion'; id: string; score: number | null; name: LocalizedText; advice: LocalizedText };
}

/**
 * GET /api/sessions/:id/integrity (PROTOCOL §9): the log's chain head recomputed now, the head
 * sealed when the attempt ended (absent while active, or for attempts ended before schema v6),
 * and whether they agree (an active attempt is valid: nothing is sealed yet).
 */
export interface SessionIntegrityResponse {
  sessionId: string;
  ackedSeq: number;
  chainHead: string;
  sealedHead?: string;
  valid: boolean;
}
