// LearnerProgress trend -> chart arrays: attempt numbers, total, one series per criterion.
import { describe, expect, it } from 'vitest';
import type { SceneProgress } from '../../../../scenes/protocol/review';
import { trendChartData, trendCriterionIds } from '../../../../client/pages/progress/trendSeries';

const scene: SceneProgress = {
  sceneId: 'welding-bead',
  attempts: 3,
  finished: 2,
  passedCount: 1,
  trend: [
    { sessionId: 'a', finishedAt: '2025-03-01T10:00:00Z', total: 55, passed: false, criteria: { ctwd: 0.5, 'work-angle': 0.61234 } },
    { sessionId: 'b', finishedAt: '2025-03-02T10:00:00Z', total: 78, passed: true, criteria: { 'work-angle': 0.9, ctwd: 0.7, extra: 1 } },
  ],
};

describe('trend chart data', () => {
  it('orders criteria as the rubric does, then any others', () => {
    expect(trendCriterionIds(scene, ['work-angle', 'travel-angle', 'ctwd'])).toEqual(['work-angle', 'ctwd', 'extra']);
    expect(trendCriterionIds(scene)).toEqual(['ctwd', 'work-angle', 'extra']);
  });

  it('numbers the attempts and gives percentages with gaps for missing scores', () => {
    expect(trendChartData(scene, ['work-angle', 'ctwd', 'extra'])).toEqual([
      [1, 2],
      [55, 78],
      [61.2, 90],
      [50, 70],
      [null, 100],
    ]);
  });

  it('is empty for a scene without finished attempts', () => {
    expect(trendChartData({ ...scene, trend: [] }, ['ctwd'])).toEqual([[], [], []]);
  });
});
