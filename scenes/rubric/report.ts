// The ScoreReport of docs/protocol.md §4 and the one place its numbers are rounded, so that a live
// report and a whole-log report built from the same raw scores are identical to the bit.
import type { RubricSpec } from './rubricSpec';

export interface CriterionResult {
  id: string;
  weight: number;
  /** 0..1, rounded to 4 decimals. */
  score: number;
  /** weight * score, rounded to 2 decimals. */
  points: number;
}

export interface CriticalError {
  id: string;
  /** ms since session start: the event that caused it, or the last event for end-of-attempt checks. */
  t: number;
  message: string;
}

export interface ScoreReport {
  sceneId: string;
  rubricVersion: string;
  /** 0..100: the sum of the criteria's points, rounded to 0.1. */
  total: number;
  passed: boolean;
  criteria: CriterionResult[];
  critical: CriticalError[];
  /** t of the last event of the log (0 for an empty log). */
  durationMs: number;
}

// Rounding happens on integers (ten-thousandths of a score, hundredths of a point) so that the
// sum of points is exact and a tie (x.x5) always rounds up, whatever binary fractions hide.
const scoreUnitsPerOne = 10_000;

function clampScore(raw: number): number {
  // A non-finite score is a fold bug; reporting 0 keeps the report valid JSON.
  if (!Number.isFinite(raw)) return 0;
  return Math.min(1, Math.max(0, raw));
}

/**
 * Builds the report from raw (unrounded) criterion scores. `scores` must hold every criterion
 * of the rubric; `passed` compares the rounded total, so a report never says 70.0 and failed.
 */
export function assembleScoreReport(
  rubric: RubricSpec,
  scores: Readonly<Record<string, number>>,
  critical: readonly CriticalError[],
  durationMs: number,
): ScoreReport {
  let totalHundredths = 0;
  const criteria = rubric.criteria.map(({ id, weight }): CriterionResult => {
    const scoreUnits = Math.round(clampScore(scores[id] ?? 0) * scoreUnitsPerOne);
    const pointsHundredths = Math.round((weight * scoreUnits) / (scoreUnitsPerOne / 100));
    totalHundredths += pointsHundredths;
    return { id, weight, score: scoreUnits / scoreUnitsPerOne, points: pointsHundredths / 100 };
  });
  const total = Math.round(totalHundredths / 10) / 10;
  return {
    sceneId: rubric.sceneId,
    rubricVersion: rubric.rubricVersion,
    total,
    passed: critical.length === 0 && total >= rubric.passMark,
    criteria,
    critical: critical.map((error) => ({ ...error })),
    durationMs,
  };
}
