import { describe, expect, it } from 'vitest';
import { readSceneParams, scoreLog } from '../../../../scenes/rubric/scoreLog';
import { numbered, tankRules } from './support/tankScene';

const params = { highLevel: 60 };

describe('createLiveScorer (through the tank scene)', () => {
  it('scores an empty log: nothing assessed, end-of-attempt errors at t 0', () => {
    const report = scoreLog(tankRules, [], params);
    expect(report.total).toBe(0);
    expect(report.durationMs).toBe(0);
    expect(report.critical).toEqual([{ id: 'unsealed', t: 0, message: 'the tank was left unsealed' }]);
    expect(report.passed).toBe(false);
  });

  it('reports a critical error once, at its first occurrence', () => {
    const events = numbered([
      { t: 0, type: 'reading', data: { level: 95 } },
      { t: 100, type: 'reading', data: { level: 99 } },
      { t: 200, type: 'seal', data: {} },
    ]);
    const report = scoreLog(tankRules, events, params);
    expect(report.critical).toEqual([{ id: 'overflow', t: 0, message: 'level 95 overflowed' }]);
  });

  it('reports end-of-attempt errors at the last event of any type, and durationMs is that t', () => {
    const events = numbered([
      { t: 0, type: 'reading', data: { level: 50 } },
      { t: 100, type: 'reading', data: { level: 50 } },
      { t: 2500, type: 'ui', data: { button: 'done' } },
    ]);
    const report = scoreLog(tankRules, events, params);
    expect(report.critical).toEqual([{ id: 'unsealed', t: 2500, message: 'the tank was left unsealed' }]);
    expect(report.durationMs).toBe(2500);
    expect(report.criteria.find((c) => c.id === 'level')!.score).toBe(1);
  });

  it('fills judgement criteria from report-time marks, 0 when unmarked', () => {
    const scorer = tankRules.createScorer(params);
    scorer.pushAll(numbered([{ t: 0, type: 'seal', data: {} }]));
    const tidiness = (judgements?: Record<string, number>) =>
      scorer.report(judgements && { judgements }).criteria.find((c) => c.id === 'tidiness');
    expect(tidiness()).toEqual({ id: 'tidiness', weight: 10, score: 0, points: 0 });
    expect(tidiness({ tidiness: 0.75 })).toEqual({ id: 'tidiness', weight: 10, score: 0.75, points: 7.5 });
    expect(scorer.report({ judgements: { tidiness: 1 } }).total).toBe(10);
  });

  it('refuses marks for criteria the log decides, unknown ids and marks outside 0..1', () => {
    const scorer = tankRules.createScorer(params);
    expect(() => scorer.report({ judgements: { level: 1 } })).toThrow(/not a judgement criterion/);
    expect(() => scorer.report({ judgements: { nope: 1 } })).toThrow(/not a judgement criterion/);
    expect(() => scorer.report({ judgements: { tidiness: 1.2 } })).toThrow(/0 to 1/);
    expect(() => scorer.report({ judgements: { tidiness: Number.NaN } })).toThrow(/0 to 1/);
  });

  it('refuses events out of seq or t order', () => {
    const scorer = tankRules.createScorer(params);
    scorer.push({ seq: 2, t: 100, type: 'seal', data: {} });
    expect(() => scorer.push({ seq: 2, t: 100, type: 'seal', data: {} })).toThrow(/seq/);
    expect(() => scorer.push({ seq: 3, t: 99, type: 'seal', data: {} })).toThrow(/before/);
  });

  it('does not change state when reporting mid-stream', () => {
    const events = numbered([
      { t: 0, type: 'reading', data: { level: 50 } },
      { t: 50, type: 'step', data: { name: 'open' } },
      { t: 80, type: 'reading', data: { level: 30 } },
      { t: 90, type: 'dip', data: { x: 0.55 } },
      { t: 300, type: 'reading', data: { level: 45 } },
      { t: 400, type: 'seal', data: {} },
    ]);
    const scorer = tankRules.createScorer(params);
    for (const event of events) {
      scorer.push(event);
      scorer.report();
      scorer.report({ judgements: { tidiness: 0.5 } });
    }
    expect(scorer.report()).toEqual(scoreLog(tankRules, events, params));
  });

  it('uses the params it is given (server-chosen variant)', () => {
    const events = numbered([
      { t: 0, type: 'reading', data: { level: 70 } },
      { t: 100, type: 'reading', data: { level: 70 } },
    ]);
    const level = (highLevel: number) => scoreLog(tankRules, events, { highLevel }).criteria[0]!.score;
    expect(level(60)).toBe(0);
    expect(level(80)).toBe(1);
  });
});

describe('readSceneParams', () => {
  it('reads valid params and explains invalid or missing ones', () => {
    expect(readSceneParams(tankRules, { highLevel: 70 })).toEqual({ ok: true, params: { highLevel: 70 } });
    expect(readSceneParams(tankRules, undefined)).toMatchObject({ ok: false, message: expect.stringMatching(/^params\.highLevel: /) });
    expect(readSceneParams(tankRules, 'x')).toMatchObject({ ok: false, message: expect.stringMatching(/^params: /) });
    expect(() => scoreLog(tankRules, [], { highLevel: 'high' })).toThrow(RangeError);
  });

  it('draws params within the schema', () => {
    const params = tankRules.drawParams(() => 0.999);
    expect(tankRules.paramsSchema.safeParse(params).success).toBe(true);
  });
});
