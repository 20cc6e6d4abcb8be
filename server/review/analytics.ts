// Class analytics for one scene (ClassAnalytics in scenes/protocol/review.ts) from the store's
// aggregates and the scene's rubric: criterion averages and pass rates, the weakness heat map,
// attempts per day.
import type { ClassAnalytics } from '../../scenes/protocol/review';
import type { RubricSpec } from '../../scenes/rubric/rubricSpec';
import type { CsvCell } from '../http/csv';
import type { ClassSceneAggregates } from '../storage/review';
import type { User } from '../storage/store';

type HeatmapRow = ClassAnalytics['heatmap'][number];

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;
const fraction = (part: number, whole: number) => (whole > 0 ? round(part / whole, 4) : null);

/** A criterion counts as met when its score reaches the pass mark as a fraction. */
export const metScoreOf = (rubric: RubricSpec): number => rubric.passMark / 100;

/** `students`: every student of the class, in heat-map order (by name). */
export function buildClassAnalytics(rubric: RubricSpec, students: readonly User[], aggregates: ClassSceneAggregates): ClassAnalytics {
  const byCriterion = new Map(aggregates.criteria.map((c) => [c.id, c]));
  const latestByLearner = new Map(aggregates.latest.map((a) => [a.learnerId, a]));
  return {
    sceneId: rubric.sceneId,
    passMark: rubric.passMark,
    attempts: aggregates.attempts,
    passRate: fraction(aggregates.passed, aggregates.attempts),
    criteria: rubric.criteria.map(({ id, weight }) => {
      const c = byCriterion.get(id);
      return { id, weight, average: c ? round(c.average, 4) : null, passRate: c ? fraction(c.met, c.scored) : null };
    }),
    heatmap: students.map((student): HeatmapRow => {
      const latest = latestByLearner.get(student.id);
      return {
        learnerId: student.id,
        learnerName: student.name,
        sessionId: latest?.sessionId ?? null,
        scores: rubric.criteria.map(({ id }) => latest?.criteria[id] ?? null),
        total: latest?.total ?? null,
      };
    }),
    attemptsOverTime: aggregates.days.map((d) => ({
      date: d.date,
      attempts: d.attempts,
      passed: d.passed,
      averageTotal: round(d.averageTotal, 2),
    })),
  };
}

export const heatmapCsvRows = (analytics: ClassAnalytics): CsvCell[][] =>
  analytics.heatmap.map((row) => [row.learnerName, ...row.scores, row.total]);
