// ClassAnalytics -> chart arrays: categorical x, percentages, gaps as null, days in order.
import { describe, expect, it } from 'vitest';
import type { ClassAnalytics } from '../../../../scenes/protocol/review';
import { attemptsChartData, criteriaChartData, wrapLabel } from '../../../../client/pages/teacher/analyticsSeries';
import { seriesColour } from '../../../../client/components/charts/seriesColours';

const analytics: ClassAnalytics = {
  sceneId: 'welding-bead',
  passMark: 70,
  attempts: 5,
  passRate: 0.4,
  criteria: [
    { id: 'work-angle', weight: 20, average: 0.8234, passRate: 0.6 },
    { id: 'ctwd', weight: 20, average: null, passRate: null },
  ],
  heatmap: [],
  attemptsOverTime: [
    { date: '2025-03-04', attempts: 2, passed: 1, averageTotal: 66 },
    { date: '2025-03-01', attempts: 3, passed: 1, averageTotal: 70 },
  ],
};

describe('analytics chart data', () => {
  it('gives one x per criterion and percentages with one decimal', () => {
    expect(criteriaChartData(analytics)).toEqual([
      [0, 1],
      [82.3, null],
      [60, null],
    ]);
  });

  it('orders the days and keeps attempts and passed aligned', () => {
    expect(attemptsChartData(analytics)).toEqual({ days: ['2025-03-01', '2025-03-04'], data: [[0, 1], [3, 2], [1, 1]] });
  });

  it('wraps long labels at spaces', () => {
    expect(wrapLabel('Khoảng cách đầu mỏ đến vật hàn', 14)).toBe('Khoảng cách\nđầu mỏ đến vật\nhàn');
    expect(wrapLabel('short')).toBe('short');
  });

  it('cycles the series colours', () => {
    expect(seriesColour(0)).toBe(seriesColour(8));
    expect(seriesColour(0)).not.toBe(seriesColour(1));
  });
});
