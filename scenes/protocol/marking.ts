// The marking and sign-off contract (docs/protocol.md §7, standards as in docs/scenes/README.md
// "Marking"): request schemas and the shapes the server answers and the assessor pages read.
import { z } from 'zod';
import type { LocalizedText } from './rest';
import type { CandidateStatus } from './exams';
import type { ScoreReport } from '../rubric/report';

/** A judgement mark: 0 below the minimum standard, 1 meets it, 2 exceeds it in some respects, 3 excellent. */
export const markValues = [0, 1, 2, 3] as const;
export const maxMarkNoteLength = 1_000;

export const putMarksSchema = z.strictObject({
  marks: z.record(
    z.string().min(1).max(64),
    z.number({ message: 'a mark must be 0, 1, 2 or 3' }).int('a mark must be 0, 1, 2 or 3').min(0, 'a mark must be 0, 1, 2 or 3').max(3, 'a mark must be 0, 1, 2 or 3'),
  ),
  note: z.string().trim().max(maxMarkNoteLength, `a note is at most ${maxMarkNoteLength} characters`).optional(),
});
export type PutMarksRequest = z.infer<typeof putMarksSchema>;

/** A standard's judgement aspect: its points and the descriptor judges mark against. */
export interface JudgementAspect {
  id: string;
  /** Points of the aspect; a standard's aspects add up to 20. */
  max: number;
  descriptor: LocalizedText;
}

export type MarkingState = 'awaiting_marks' | 'disagreement' | 'ready' | 'signed_off';

export interface AspectMarking {
  id: string;
  max: number;
  /** Every judge's current mark (a judge who has not marked yet is absent). */
  marks: { assessorId: string; mark: number }[];
  /** Mean of the marks, null before any. */
  mean: number | null;
  /** max − min of the marks > 1. */
  disagreement: boolean;
}

export interface Marking {
  aspects: AspectMarking[];
  /** Σ max × mean / 3 over the aspects (0 for an aspect not marked yet). */
  judgementPoints: number;
  /** total × (100 − J) / 100 + judgementPoints, rounded to 0.1. */
  final: number;
  /** final ≥ the standard's pass mark and no critical error in the measurement. */
  passed: boolean;
  state: MarkingState;
  /**
   * *ext*: true when this view leaves out other judges' marks (a judge, before every aspect has
   * all its marks): `marks`, `mean`, `disagreement`, `judgementPoints` and `final` then count the
   * caller's own marks alone. `state` is always the true one.
   */
  othersHidden?: boolean;
}

export interface MarkingResponse {
  marking: Marking;
}

/** One row of GET /api/exams/:id/results. */
export interface ExamResultRow {
  learnerId: string;
  name: string;
  status: CandidateStatus;
  sessionId?: string;
  report?: ScoreReport;
  marking?: Marking;
  final?: number;
  passed?: boolean;
  signedOffAt?: string;
  certificateId?: string;
}

export interface SignOffResponse {
  final: number;
  passed: boolean;
  signedOffAt: string;
  certificateId?: string;
}

/** *ext*: one change of one mark (GET /api/exams/:id/candidates/:learnerId/marks/history), oldest first. */
export interface MarkChange {
  assessorId: string;
  assessorName: string;
  aspectId: string;
  /** null: the judge's first mark on this aspect. */
  from: number | null;
  to: number;
  note?: string;
  at: string;
}

export interface MarkHistoryResponse {
  changes: MarkChange[];
}

/**
 * *ext*: a signed-off exam result as the learner's profile, session lists and progress carry it
 * (field `exam` beside the measurement's `total` and `passed`); absent before sign-off.
 */
export interface ExamOutcome {
  examId: string;
  examTitle: string;
  final: number;
  passed: boolean;
  signedOffAt: string;
  certificateId?: string;
}
