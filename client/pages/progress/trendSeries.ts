// SceneProgress.trend -> the trend chart's data: x = attempt number (1..n), the total score,
// then one series per criterion in % (0..100), missing scores as gaps. Pure, tested in Node.
import type { SceneProgress } from '../../../scenes/protocol/review';

/** The criteria to draw: the rubric's order first, then any other id the trend mentions. */
export function trendCriterionIds(scene: SceneProgress, rubricOrder: readonly string[] = []): string[] {
  const seen = new Set<string>();
  for (const attempt of scene.trend) for (const id of Object.keys(attempt.criteria)) seen.add(id);
  const ordered = rubricOrder.filter((id) => seen.has(id));
  return [...ordered, ...[...seen].filter((id) => !rubricOrder.includes(id))];
}

export function trendChartData(scene: SceneProgress, criterionIds: readonly string[]): [number[], ...(number | null)[][]] {
  const x = scene.trend.map((_, i) => i + 1);
  const totals = scene.trend.map((attempt) => attempt.total);
  const series = criterionIds.map((id) =>
    scene.trend.map((attempt) => {
      const score = attempt.criteria[id];
      return score === undefined ? null : Math.round(score * 1000) / 10;
    }),
  );
  return [x, totals, ...series];
}
