import { describe, expect, it } from 'vitest';
import { assembleScoreReport } from '../../../../scenes/rubric/report';
import { defineRubric } from '../../../../scenes/rubric/rubricSpec';

const rubric = defineRubric({
  sceneId: 'r',
  rubricVersion: '7',
  passMark: 70,
  criteria: [
    { id: 'a', weight: 20, scoredBy: 'events' },
    { id: 'b', weight: 15, scoredBy: 'events' },
    { id: 'c', weight: 65, scoredBy: 'events' },
  ],
  criticalIds: ['bad'],
});

describe('assembleScoreReport', () => {
  it('rounds score to 4 decimals, points to 2 and the total to 0.1', () => {
    const report = assembleScoreReport(rubric, { a: 2 / 3, b: 0.123456, c: 1 }, [], 1234.5);
    expect(report.criteria).toEqual([
      { id: 'a', weight: 20, score: 0.6667, points: 13.33 },
      { id: 'b', weight: 15, score: 0.1235, points: 1.85 }, // 15 * 0.1235 = 1.8525
      { id: 'c', weight: 65, score: 1, points: 65 },
    ]);
    expect(report.total).toBe(80.2); // 13.33 + 1.85 + 65 = 80.18
    expect(report).toMatchObject({ sceneId: 'r', rubricVersion: '7', passed: true, durationMs: 1234.5, critical: [] });
  });

  it('rounds a tie in the total up, however the sum is represented in binary', () => {
    // 0.0025 * 20 = 0.05 points; 0.05 -> 0.1 (a float sum would give 0.049999...)
    const report = assembleScoreReport(rubric, { a: 0.0025, b: 0, c: 0 }, [], 0);
    expect(report.criteria[0]!.points).toBe(0.05);
    expect(report.total).toBe(0.1);
  });

  it('decides passed on the rounded total', () => {
    // 69.96 rounds to 70.0: a report must not say 70.0 and failed
    const report = assembleScoreReport(rubric, { a: 1, b: 1, c: 34.96 / 65 }, [], 0);
    expect(report.total).toBe(70);
    expect(report.passed).toBe(true);
    expect(assembleScoreReport(rubric, { a: 1, b: 1, c: 34.9 / 65 }, [], 0).passed).toBe(false);
  });

  it('fails any report with a critical error, whatever the total', () => {
    const report = assembleScoreReport(rubric, { a: 1, b: 1, c: 1 }, [{ id: 'bad', t: 5, message: 'm' }], 9);
    expect(report.total).toBe(100);
    expect(report.passed).toBe(false);
    expect(report.critical).toEqual([{ id: 'bad', t: 5, message: 'm' }]);
  });

  it('clamps scores to 0..1 and reads a missing or non-finite score as 0', () => {
    const report = assembleScoreReport(rubric, { a: 1.5, b: Number.NaN }, [], 0);
    expect(report.criteria.map((c) => c.score)).toEqual([1, 0, 0]);
  });
});

describe('defineRubric', () => {
  it('refuses weights that do not add up to 100, duplicate ids and non-positive weights', () => {
    const base = { sceneId: 's', rubricVersion: '1', passMark: 50, criticalIds: [] as string[] };
    expect(() => defineRubric({ ...base, criteria: [{ id: 'a', weight: 99, scoredBy: 'events' }] })).toThrow(/100/);
    expect(() =>
      defineRubric({ ...base, criteria: [{ id: 'a', weight: 50, scoredBy: 'events' }, { id: 'a', weight: 50, scoredBy: 'events' }] }),
    ).toThrow(/twice/);
    expect(() =>
      defineRubric({ ...base, criteria: [{ id: 'a', weight: 100, scoredBy: 'events' }], criticalIds: ['a'] }),
    ).toThrow(/twice/);
    expect(() =>
      defineRubric({ ...base, criteria: [{ id: 'a', weight: 0, scoredBy: 'events' }, { id: 'b', weight: 100, scoredBy: 'events' }] }),
    ).toThrow(/positive/);
  });
});
