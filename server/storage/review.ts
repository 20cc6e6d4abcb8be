// What the review and progress views ask of storage: filtered, sorted, paged session lists
// and per-class / per-learner aggregates, all computed by the database, plus teachers' comments.
import type { LearnerSummary, SessionListItem } from '../../scenes/protocol/review';
import type { SessionMode, SessionStatus } from './attempts';

/** Whose sessions: a class's students, or one learner. */
export type SessionScope = { classId: string } | { learnerId: string };

/** A half-open range of start times, epoch ms: from <= startedMs < before. */
export interface StartedRange {
  fromMs?: number;
  beforeMs?: number;
}

export interface SessionListFilter extends StartedRange {
  sceneId?: string;
  mode?: SessionMode;
  status?: SessionStatus;
  /** true: passed attempts; false: finished and not passed. */
  passed?: boolean;
  /** A learner's id, or part of their name. */
  learner?: string;
}

export type SessionListSort = 'startedAt' | 'finishedAt' | 'total' | 'learner' | 'scene';

export interface SessionListRequest {
  scope: SessionScope;
  filter: SessionListFilter;
  sort: SessionListSort;
  order: 'asc' | 'desc';
  /** No page: every matching row. */
  page?: { offset: number; limit: number };
}

export interface SessionListResult {
  items: SessionListItem[];
  /** Rows matching the filter over all pages. */
  total: number;
}

/** One finished attempt of one scene, with its report's criterion scores (0..1) by id. */
export interface ScoredAttempt {
  sessionId: string;
  learnerId: string;
  sceneId: string;
  finishedAt: string;
  total: number;
  passed: boolean;
  criteria: Record<string, number>;
  /** Ids of the report's critical errors, in report order. */
  critical: string[];
}

export interface CriterionAggregate {
  id: string;
  /** Attempts whose report scores this criterion. */
  scored: number;
  average: number;
  /** Attempts where its score reached `metScore`. */
  met: number;
}

export interface DayAggregate {
  /** Vietnam calendar day of the start, YYYY-MM-DD. */
  date: string;
  attempts: number;
  passed: number;
  averageTotal: number;
}

export interface ClassSceneAggregates {
  attempts: number;
  passed: number;
  criteria: CriterionAggregate[];
  /** Each student's latest finished attempt (students without one are absent). */
  latest: ScoredAttempt[];
  days: DayAggregate[];
}

export interface LearnerSceneCounts {
  sceneId: string;
  attempts: number;
  finished: number;
  passedCount: number;
}

export interface StoredComment {
  text: string;
  authorId: string;
  authorName: string;
  updatedAt: string;
}

export interface ReviewRepository {
  /** A page of sessions (or all of them) matching the filter, sorted with ties broken by id. */
  listSessions(request: SessionListRequest): Promise<SessionListResult>;
  /** Every student of the class, sorted by name, with their attempts (of one scene if given; abandoned ones left out). */
  listClassLearnerSummaries(classId: string, sceneId?: string): Promise<LearnerSummary[]>;
  /** Aggregates over the class's finished attempts of a scene started in the range. */
  classSceneAggregates(classId: string, sceneId: string, range: StartedRange, metScore: number): Promise<ClassSceneAggregates>;
  /** A learner's attempt counts per scene (active and finished; abandoned ones are not attempts). */
  learnerSceneCounts(learnerId: string): Promise<LearnerSceneCounts[]>;
  /** A learner's finished attempts, oldest first. */
  learnerScoredAttempts(learnerId: string): Promise<ScoredAttempt[]>;
  getSessionComment(sessionNo: number): Promise<StoredComment | undefined>;
  /** Writes (or, with undefined, removes) the comment; returns it as stored. */
  setSessionComment(sessionNo: number, comment: { text: string; authorId: string; updatedAt: string } | undefined): Promise<StoredComment | undefined>;
}
