// The fold that turns an event log into a ScoreReport, live (event by event, as batches
// arrive) or at once: one code path, so both give the same report to the bit.
import type { AttemptEvent } from './events';
import type { CriticalError, ScoreReport } from './report';
import type { RubricSpec } from './rubricSpec';
import { assembleScoreReport } from './report';
import { CriticalLog } from './criteria/criticalLog';

export interface ReportOptions {
  /** Assessor marks (0..1) for the rubric's `judgement` criteria; a missing mark scores 0. */
  judgements?: Readonly<Record<string, number>>;
}

export interface LiveScorer {
  /** Folds one event; events come in seq order (strictly increasing seq, non-decreasing t). */
  push(event: AttemptEvent): void;
  pushAll(events: readonly AttemptEvent[]): void;
  /** The report as if the attempt ended at the last pushed event. Changes nothing. */
  report(options?: ReportOptions): ScoreReport;
  /**
   * The critical errors the events pushed so far raised, in t order: the report's `critical`
   * without those judged on the attempt as a whole (which hold only once it ends).
   */
  raised(): readonly CriticalError[];
}

/** A scene's own state and rules, folded one event at a time. */
export interface AttemptFold {
  /**
   * Folds one event that passed the scene's validateEvent, in seq order. O(1) amortised:
   * the server calls it 60 times a second per learner.
   */
  push(event: AttemptEvent, critical: CriticalLog): void;
  /** Raw 0..1 scores of the `events` criteria now. Must not change the fold's state. */
  criterionScores(): Readonly<Record<string, number>>;
  /**
   * Critical errors judged on the attempt as a whole, as if it ended now; they are reported at
   * the last event's t. Must not change the fold's state.
   */
  endOfAttemptCriticals(): readonly { id: string; message: string }[];
}

function judgementScore(rubric: RubricSpec, judgements: Readonly<Record<string, number>>, criterionId: string): number {
  const mark = Object.hasOwn(judgements, criterionId) ? judgements[criterionId] : undefined;
  if (mark === undefined) return 0;
  if (!(Number.isFinite(mark) && mark >= 0 && mark <= 1)) {
    throw new RangeError(`judgement '${criterionId}' of ${rubric.sceneId} must be a number from 0 to 1, got ${mark}`);
  }
  return mark;
}

function checkJudgementIds(rubric: RubricSpec, judgements: Readonly<Record<string, number>>): void {
  for (const id of Object.keys(judgements)) {
    const criterion = rubric.criteria.find((c) => c.id === id);
    // A mark must never overwrite what the log decides, nor vanish silently under a typo.
    if (criterion?.scoredBy !== 'judgement') {
      throw new RangeError(`'${id}' is not a judgement criterion of ${rubric.sceneId}`);
    }
  }
}

/** Wraps a scene's fold with what every scene shares: ordering, criticals, judgements, the report. */
export function createLiveScorer(rubric: RubricSpec, fold: AttemptFold): LiveScorer {
  const critical = new CriticalLog(new Set(rubric.criticalIds));
  let lastSeq = 0;
  let lastT = 0;

  const push = (event: AttemptEvent): void => {
    if (!(event.seq > lastSeq)) throw new RangeError(`event seq ${event.seq} does not follow seq ${lastSeq}`);
    if (!(event.t >= lastT)) throw new RangeError(`event seq ${event.seq} has t ${event.t}, before the previous event's t ${lastT}`);
    lastSeq = event.seq;
    lastT = event.t;
    fold.push(event, critical);
  };

  return {
    push,
    pushAll(events) {
      for (const event of events) push(event);
    },
    report(options = {}) {
      const judgements = options.judgements ?? {};
      checkJudgementIds(rubric, judgements);
      const eventScores = fold.criterionScores();
      const scores: Record<string, number> = {};
      for (const { id, scoredBy } of rubric.criteria) {
        scores[id] = scoredBy === 'judgement' ? judgementScore(rubric, judgements, id) : (eventScores[id] ?? 0);
      }
      const errors: CriticalError[] = [...critical.list()];
      for (const { id, message } of fold.endOfAttemptCriticals()) {
        if (!rubric.criticalIds.includes(id)) throw new Error(`critical error '${id}' is not in the rubric`);
        if (!critical.has(id) && !errors.some((e) => e.id === id)) errors.push({ id, t: lastT, message });
      }
      return assembleScoreReport(rubric, scores, errors, lastT);
    },
    raised: () => critical.list(),
  };
}
