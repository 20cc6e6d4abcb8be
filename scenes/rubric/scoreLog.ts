// Scoring a whole log at once (the authoritative result, offline re-scoring): the very fold the
// live path runs, fed every event, so the two cannot disagree.
import type { SceneRules } from '../types';
import type { AttemptEvent } from './events';
import type { ScoreReport } from './report';
import type { ParameterSeries } from './trace';
import type { StateSeries } from './stateSeries';
import { createSeriesRecorder } from './trace';
import { formatIssuePath } from './events';

export type ParamsReading<Params> = { ok: true; params: Params } | { ok: false; message: string };

/**
 * Checks raw parameters against the scene's schema. Absent parameters read as `{}`, which is
 * what a scene without variants expects and what a scene with variants refuses.
 */
export function readSceneParams<Params>(rules: SceneRules<Params>, raw: unknown): ParamsReading<Params> {
  const result = rules.paramsSchema.safeParse(raw === undefined ? {} : raw);
  if (result.success) return { ok: true, params: result.data };
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? `params.${formatIssuePath(issue.path)}` : 'params';
  return { ok: false, message: `${where}: ${issue?.message ?? 'invalid'} (scene ${rules.summary.id})` };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any scene, whatever its params
export function scoreLog(rules: SceneRules<any>, events: Iterable<AttemptEvent>, params?: unknown): ScoreReport {
  const reading = readSceneParams(rules, params);
  if (!reading.ok) throw new RangeError(reading.message);
  const scorer = rules.createScorer(reading.params);
  for (const event of events) scorer.push(event);
  return scorer.report();
}

/**
 * A stored attempt as a reviewer sees it: the report and, for each measured parameter, every
 * value the fold judged, recorded by the same fold pass that produced the report.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any scene, whatever its params
export function reviewLog(rules: SceneRules<any>, events: Iterable<AttemptEvent>, params?: unknown): { report: ScoreReport; series: ParameterSeries[] } {
  const reading = readSceneParams(rules, params);
  if (!reading.ok) throw new RangeError(reading.message);
  const recorder = createSeriesRecorder(rules.measuredParameters);
  const scorer = rules.createScorer(reading.params, recorder);
  for (const event of events) scorer.push(event);
  return { report: scorer.report(), series: recorder.series() };
}

/** The scene's state series over a stored log (none for a scene without them), with its params read as scoring reads them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any scene, whatever its params
export function reviewStateSeries(rules: SceneRules<any>, events: readonly AttemptEvent[], params?: unknown): StateSeries[] {
  if (!rules.stateSeries) return [];
  const reading = readSceneParams(rules, params);
  if (!reading.ok) throw new RangeError(reading.message);
  return rules.stateSeries(events, reading.params);
}
