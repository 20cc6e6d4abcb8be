// A scene's rubric as data: criteria with weights (adding up to 100), the critical errors it
// may raise, and the pass mark. Checked once, when the scene module loads.
import type { JudgementAspect } from '../protocol/marking';
import type { SceneSummary, LocalizedText } from '../protocol/rest';

/**
 * `events`: the scene's fold computes the score from the log.
 * `judgement`: an assessor's mark (0..1) supplied at report time; the log never sets it.
 */
export type CriterionSource = 'events' | 'judgement';

export interface CriterionSpec {
  readonly id: string;
  readonly weight: number;
  readonly scoredBy: CriterionSource;
}

export interface RubricSpec {
  readonly sceneId: string;
  readonly rubricVersion: string;
  /** The lowest total that passes (when no critical error was raised). */
  readonly passMark: number;
  readonly criteria: readonly CriterionSpec[];
  readonly criticalIds: readonly string[];
}

const weightSumTolerance = 1e-9;

/** Validates a rubric (unique ids, positive weights adding up to 100) and freezes it. */
export function defineRubric(spec: RubricSpec): RubricSpec {
  const ids = [...spec.criteria.map((c) => c.id), ...spec.criticalIds];
  const duplicate = ids.find((id, index) => ids.indexOf(id) !== index);
  if (duplicate !== undefined) throw new Error(`rubric ${spec.sceneId}: id '${duplicate}' is used twice`);
  for (const { id, weight } of spec.criteria) {
    if (!(Number.isFinite(weight) && weight > 0)) throw new Error(`rubric ${spec.sceneId}: '${id}' needs a positive weight`);
  }
  const sum = spec.criteria.reduce((total, c) => total + c.weight, 0);
  if (Math.abs(sum - 100) > weightSumTolerance) throw new Error(`rubric ${spec.sceneId}: weights add up to ${sum}, not 100`);
  return Object.freeze({
    ...spec,
    criteria: Object.freeze(spec.criteria.map((c) => Object.freeze({ ...c }))),
    criticalIds: Object.freeze([...spec.criticalIds]),
  });
}

/** The catalogue entry of GET /api/scenes for a rubric. */
export function summarizeRubric(rubric: RubricSpec, title: LocalizedText, occupation: string, judgementAspects: readonly JudgementAspect[] = []): SceneSummary {
  return {
    id: rubric.sceneId,
    title: { ...title },
    occupation,
    rubricVersion: rubric.rubricVersion,
    criteria: rubric.criteria.map(({ id, weight }) => ({ id, weight })),
    judgementAspects: judgementAspects.map((aspect) => ({ ...aspect, descriptor: { ...aspect.descriptor } })),
  };
}
