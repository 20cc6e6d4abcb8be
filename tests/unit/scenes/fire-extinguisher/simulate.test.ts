// Simulated learners: valid logs, the same for the same plan, that score as their hints say; and
// the demo plans (their seeds draw every class).
import { describe, expect, it } from 'vitest';
import type { FireClass, FireHints } from '../../../../scenes/fire-extinguisher';
import { fireExtinguisherRules } from '../../../../scenes/fire-extinguisher';
import { scoreLog } from '../../../../scenes/rubric/scoreLog';
import { createSeededRandom } from '../../../../scenes/rubric/seededRandom';

const rules = fireExtinguisherRules;

function run(fireClass: FireClass, hints: FireHints, seed = 7) {
  const events = rules.simulate({ seed, params: { fireClass }, hints });
  return { events, report: scoreLog(rules, events, { fireClass }) };
}
const scoreOf = (report: ReturnType<typeof run>['report'], id: string) => report.criteria.find((c) => c.id === id)!.score;
const classes = ['A', 'B', 'electrical'] as const;

describe('fire-extinguisher simulate', () => {
  it('is deterministic: the same plan gives the same log; another seed another', () => {
    const a = run('B', { skill: 'competent' }, 3).events;
    expect(run('B', { skill: 'competent' }, 3).events).toEqual(a);
    expect(run('B', { skill: 'competent' }, 4).events).not.toEqual(a);
  });

  it('writes valid logs: seq from 1, t never going back, nozzle samples at the rate asked', () => {
    for (const sampleRateHz of [30, 60, 90]) {
      const { events } = run('A', { skill: 'expert', sampleRateHz });
      events.forEach((event, i) => {
        expect(rules.validateEvent(event)).toBeUndefined();
        expect(event.seq).toBe(i + 1);
        if (i > 0) expect(event.t).toBeGreaterThanOrEqual(events[i - 1]!.t);
      });
      const nozzles = events.filter((e) => e.type === 'nozzle');
      const spanS = (nozzles.at(-1)!.t - nozzles[0]!.t) / 1000;
      expect(nozzles.length / spanS).toBeGreaterThan(sampleRateHz * 0.9);
      expect(nozzles.length / spanS).toBeLessThan(sampleRateHz * 1.1);
    }
  });

  it('an expert puts out every class with a perfect score', () => {
    for (const fireClass of classes) {
      for (const seed of [1, 2, 3]) expect(run(fireClass, { skill: 'expert' }, seed).report).toMatchObject({ total: 100, passed: true, critical: [] });
    }
  });

  it('a competent learner passes; a novice stands too far, hardly sweeps and takes a second-best agent', () => {
    for (const fireClass of classes) {
      const competent = run(fireClass, { skill: 'competent' }).report;
      expect(competent.passed).toBe(true);
      expect(competent.total).toBeGreaterThan(90);
      const novice = run(fireClass, { skill: 'novice' }).report;
      expect(scoreOf(novice, 'distance')).toBe(0);
      expect(scoreOf(novice, 'sweep')).toBeLessThan(0.3);
      expect(scoreOf(novice, 'agent')).toBe({ A: 1, B: 0.7, electrical: 0.8 }[fireClass]);
    }
  });

  it.each([
    ['water', 'B', ['wrong-agent', 'fire-not-out']],
    ['water', 'electrical', ['wrong-agent', 'fire-not-out']],
    ['water', 'A', []],
    ['too-close', 'B', ['too-close']],
    ['give-up', 'A', ['fire-not-out']],
    ['no-alarm', 'electrical', []],
    ['no-pin', 'B', []],
  ] as const)('mistake %s on %s raises %j', (mistake, fireClass, critical) => {
    const { report } = run(fireClass, { skill: 'expert', mistakes: [mistake] });
    expect(report.critical.map((e) => e.id)).toEqual(critical);
    if (mistake === 'no-alarm') expect(report).toMatchObject({ total: 90, passed: true });
    if (mistake === 'no-pin') expect(report).toMatchObject({ total: 95, passed: true });
  });

  it('runs the extinguisher dry when it cannot put the fire out (CO2 on A)', () => {
    const { events, report } = run('A', { skill: 'expert', agent: 'co2' });
    const squeezes = events.filter((e) => e.type === 'nozzle' && e.data.squeeze === true);
    // 12 s of agent, then one more squeeze that finds it empty.
    expect(squeezes.at(-1)!.t - squeezes[0]!.t).toBeGreaterThanOrEqual(12_000);
    expect(report.critical.map((e) => e.id)).toEqual(['fire-not-out']);
  });

  it('has demo plans for three students over every class, passing and failing', () => {
    const drawn = rules.demoPlans.flat().map((plan) => {
      const params = rules.drawParams(createSeededRandom(plan.seed));
      return { fireClass: params.fireClass, report: scoreLog(rules, rules.simulate({ ...plan, params }), params) };
    });
    expect(rules.demoPlans).toHaveLength(3);
    expect(new Set(drawn.map((d) => d.fireClass))).toEqual(new Set(classes));
    expect(drawn.some((d) => d.report.passed)).toBe(true);
    expect(new Set(drawn.flatMap((d) => d.report.critical.map((e) => e.id)))).toEqual(new Set(['wrong-agent', 'too-close', 'fire-not-out']));
  });
});
