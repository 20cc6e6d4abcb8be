// "My progress" (LearnerProgress in scenes/protocol/review.ts): per scene the attempt counts,
// best and last results, the score trend and what to practise next.
import type { LearnerProgress, SceneProgress } from '../../scenes/protocol/review';
import type { LocalizedText } from '../../scenes/protocol/rest';
import { findScene, sceneRegistry } from '../../scenes/registry';
import type { SceneRules } from '../../scenes/types';
import type { LearnerSceneCounts, ScoredAttempt } from '../storage/review';
import type { User } from '../storage/store';

/** How many of the latest attempts a criterion recommendation averages over. */
export const recommendationWindow = 3;
const meanTolerance = 1e-9;

const round4 = (value: number) => Math.round(value * 10_000) / 10_000;

function labelsOf(rules: SceneRules | undefined, id: string): { name: LocalizedText; advice: LocalizedText } {
  const fallback = { vi: id, en: id };
  return { name: rules?.names[id] ?? fallback, advice: rules?.advice[id] ?? fallback };
}

/**
 * A critical error of the latest attempt if it had one; else the criterion with the lowest mean
 * score over the latest three attempts, the heavier weight winning a tie (then rubric order).
 */
export function recommend(rules: SceneRules | undefined, attempts: readonly ScoredAttempt[]): SceneProgress['recommendation'] {
  const latest = attempts.at(-1);
  if (!latest) return undefined;
  const critical = latest.critical[0];
  if (critical !== undefined) return { kind: 'critical', id: critical, score: null, ...labelsOf(rules, critical) };
  const recent = attempts.slice(-recommendationWindow);
  const criteria = rules?.rubric.criteria ?? Object.keys(latest.criteria).map((id) => ({ id, weight: 0 }));
  let weakest: { id: string; weight: number; mean: number } | undefined;
  for (const { id, weight } of criteria) {
    const scores = recent.flatMap((a) => (a.criteria[id] !== undefined ? [a.criteria[id]] : []));
    if (scores.length === 0) continue;
    const mean = scores.reduce((sum, s) => sum + s, 0) / scores.length;
    const lower = !weakest || mean < weakest.mean - meanTolerance;
    const tieHeavier = weakest !== undefined && Math.abs(mean - weakest.mean) <= meanTolerance && weight > weakest.weight;
    if (lower || tieHeavier) weakest = { id, weight, mean };
  }
  return weakest && { kind: 'criterion', id: weakest.id, score: round4(weakest.mean), ...labelsOf(rules, weakest.id) };
}

function sceneProgress(sceneId: string, counts: LearnerSceneCounts | undefined, attempts: readonly ScoredAttempt[]): SceneProgress {
  let best: ScoredAttempt | undefined;
  for (const a of attempts) if (!best || a.total > best.total) best = a;
  const last = attempts.at(-1);
  const recommendation = recommend(findScene(sceneId), attempts);
  return {
    sceneId,
    attempts: counts?.attempts ?? 0,
    finished: counts?.finished ?? 0,
    passedCount: counts?.passedCount ?? 0,
    ...(best ? { best: { sessionId: best.sessionId, total: best.total } } : {}),
    ...(last ? { last: { sessionId: last.sessionId, total: last.total, passed: last.passed, finishedAt: last.finishedAt } } : {}),
    trend: attempts.map((a) => ({ sessionId: a.sessionId, finishedAt: a.finishedAt, total: a.total, passed: a.passed, criteria: a.criteria })),
    ...(recommendation ? { recommendation } : {}),
  };
}

/** Every registered scene in catalogue order, then any other scene the learner attempted. */
export function buildLearnerProgress(learner: User, counts: readonly LearnerSceneCounts[], attempts: readonly ScoredAttempt[]): LearnerProgress {
  const sceneIds = [...sceneRegistry.map((s) => s.summary.id)];
  for (const c of counts) if (!sceneIds.includes(c.sceneId)) sceneIds.push(c.sceneId);
  return {
    learner: { id: learner.id, name: learner.name },
    scenes: sceneIds.map((sceneId) =>
      sceneProgress(
        sceneId,
        counts.find((c) => c.sceneId === sceneId),
        attempts.filter((a) => a.sceneId === sceneId),
      ),
    ),
  };
}
