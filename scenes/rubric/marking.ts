// The final result of an exam attempt (standards/MARKING.md): the measured ScoreReport plus the
// judges' marks on the standard's judgement aspects, folded into a Marking. Pure: the server
// derives every answer from it, and the same marks always give the same result.
import type { AspectMarking, JudgementAspect, Marking, MarkingState } from '../protocol/marking';
import type { ScoreReport } from './report';

/** One judge's current mark on one aspect. */
export interface JudgeMark {
  assessorId: string;
  aspectId: string;
  mark: number;
}

export interface MarkingInput {
  report: ScoreReport;
  aspects: readonly JudgementAspect[];
  /** How many judges must mark every aspect (the exam's `judges`). */
  judges: number;
  /** The standard's pass mark (rubric.passMark). */
  passMark: number;
  /** Current marks; marks on aspects the standard does not name are ignored. */
  marks: readonly JudgeMark[];
  /** Signed off: the state is `signed_off` (the numbers still come from the marks, which are locked). */
  signedOff?: boolean;
}

/** Marks further apart than this on one aspect are a disagreement (max − min > 1). */
export const disagreementSpread = 1;

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
const lcm = (a: number, b: number): number => (a / gcd(a, b)) * b;

/** numerator / denominator rounded to a whole number, ties up (both non-negative integers). */
const roundHalfUp = (numerator: number, denominator: number): number => Math.floor((2 * numerator + denominator) / (2 * denominator));

/**
 * Every figure is computed as an exact fraction of integers and rounded once, ties up, as the
 * ScoreReport's own numbers are (scenes/rubric/report.ts): 0.05 never turns into 0.0499….
 * An aspect's points are max × Σmarks / (3 n); the judgement sum's common denominator is
 * 3 × lcm of the mark counts.
 */
export function foldMarking({ report, aspects, judges, passMark, marks, signedOff = false }: MarkingInput): Marking {
  const byAspect = aspects.map((aspect) => ({ aspect, marks: marks.filter((m) => m.aspectId === aspect.id) }));
  const denominator = 3 * byAspect.reduce((d, a) => (a.marks.length > 0 ? lcm(d, a.marks.length) : d), 1);
  let judgementNumerator = 0;
  const aspectMarkings = byAspect.map(({ aspect, marks: given }): AspectMarking => {
    const values = given.map((m) => m.mark);
    const sum = values.reduce((s, v) => s + v, 0);
    if (values.length > 0) judgementNumerator += (aspect.max * sum * denominator) / (3 * values.length);
    return {
      id: aspect.id,
      max: aspect.max,
      marks: given.map(({ assessorId, mark }) => ({ assessorId, mark })),
      // The mean to 4 decimals, as criterion scores are.
      mean: values.length > 0 ? roundHalfUp(sum * 10_000, values.length) / 10_000 : null,
      disagreement: values.length > 0 && Math.max(...values) - Math.min(...values) > disagreementSpread,
    };
  });
  const judgementMax = aspects.reduce((s, a) => s + a.max, 0);
  // total is a multiple of 0.1: in tenths, an integer. final in tenths = total tenths × (100 − J) / 100 + 10 × points.
  const totalTenths = Math.round(report.total * 10);
  const finalTenths = roundHalfUp(totalTenths * (100 - judgementMax) * denominator + 100 * 10 * judgementNumerator, 100 * denominator);
  const final = finalTenths / 10;
  const state: MarkingState = signedOff
    ? 'signed_off'
    : aspectMarkings.some((a) => new Set(a.marks.map((m) => m.assessorId)).size < judges)
      ? 'awaiting_marks'
      : aspectMarkings.some((a) => a.disagreement)
        ? 'disagreement'
        : 'ready';
  return {
    aspects: aspectMarkings,
    // Points to 0.01, as a criterion's points are.
    judgementPoints: roundHalfUp(100 * judgementNumerator, denominator) / 100,
    final,
    // Judges cannot clear a critical error.
    passed: report.critical.length === 0 && final >= passMark,
    state,
  };
}

/** Whether every aspect has marks from at least `judges` judges (the moment all marks are shown). */
export function everyJudgeHasMarked(marking: Pick<Marking, 'aspects'>, judges: number): boolean {
  return marking.aspects.every((a) => new Set(a.marks.map((m) => m.assessorId)).size >= judges);
}

/**
 * What a sign-off is missing, in words; empty when it may go ahead (state `ready`). Disagreements
 * are named only once every judge has marked: before that, other judges' marks stay hidden.
 */
export function signOffBlockers(marking: Marking, judges: number): string[] {
  const missing = marking.aspects
    .map((a) => ({ id: a.id, lacking: judges - new Set(a.marks.map((m) => m.assessorId)).size }))
    .filter((a) => a.lacking > 0)
    .map((a) => `aspect ${a.id} lacks ${a.lacking} mark${a.lacking === 1 ? '' : 's'}`);
  const disagreements = marking.aspects.filter((a) => a.disagreement).map((a) => `aspect ${a.id} is in disagreement (marks ${a.marks.map((m) => m.mark).sort((x, y) => x - y).join(', ')})`);
  return missing.length > 0 ? missing : disagreements;
}
