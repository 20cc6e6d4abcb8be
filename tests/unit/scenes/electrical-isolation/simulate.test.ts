// Simulated electricians: valid logs with human timing, the same for the same seed, that score as
// their hints say; and the demo plans that seed the demo database.
import { describe, expect, it } from 'vitest';
import type { ElectricalHints, ElectricalMistake, ElectricalSkill } from '../../../../scenes/electrical-isolation';
import { electricalIsolationRules } from '../../../../scenes/electrical-isolation';
import { scoreLog } from '../../../../scenes/rubric/scoreLog';
import { createSeededRandom } from '../../../../scenes/rubric/seededRandom';

function run(hints: ElectricalHints, seed = 7) {
  const events = electricalIsolationRules.simulate({ seed, params: {}, hints });
  return { events, report: scoreLog(electricalIsolationRules, events, {}) };
}

describe('electrical-isolation simulate', () => {
  it.each([
    ['expert', 100, true],
    ['competent', 92, true],
    ['careless', 75.3, true],
    ['novice', 46.8, false],
  ] as const)('%s scores %s without a critical error', (skill: ElectricalSkill, total, passed) => {
    for (const seed of [1, 2, 3]) expect(run({ skill }, seed).report).toMatchObject({ total, passed, critical: [] });
  });

  it.each(['touched-live', 'no-ppe', 'not-proven-dead', 'energised-miswired', 'left-unsafe', 'wrong-circuit'] as const)(
    'mistake %s raises exactly that critical error, for every skill',
    (mistake: ElectricalMistake) => {
      for (const skill of ['expert', 'competent', 'careless', 'novice'] as const) {
        const { report } = run({ skill, mistake });
        expect(report.critical.map((e) => e.id), skill).toEqual([mistake]);
        expect(report.passed).toBe(false);
      }
    },
  );

  it.each([
    ['skip-prove', { isolation: 16 }, []],
    ['loose-torque', { torque: 0 }, []],
    ['swap-N-PE', { connections: 10 }, ['energised-miswired']],
  ] as const)('mistake %s costs what it should', (mistake, points, critical) => {
    const { report } = run({ skill: 'expert', mistake });
    for (const [id, expected] of Object.entries(points)) expect(report.criteria.find((c) => c.id === id)!.points).toBe(expected);
    expect(report.critical.map((e) => e.id)).toEqual(critical);
  });

  it('writes valid events, seq from 1, with seconds between actions, the same for the same seed', () => {
    const { events } = run({ skill: 'competent' }, 42);
    expect(events.map((e) => e.seq)).toEqual(events.map((_, index) => index + 1));
    for (const event of events) expect(electricalIsolationRules.validateEvent(event)).toBeUndefined();
    const gaps = events.slice(1).map((e, index) => e.t - events[index]!.t);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(700);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(30_000);
    expect(run({ skill: 'competent' }, 42).events).toEqual(events);
    expect(run({ skill: 'competent' }, 43).events).not.toEqual(events);
  });

  it('has demo plans for three students, improving, at least one with a critical error', () => {
    const plans = electricalIsolationRules.demoPlans;
    expect(plans).toHaveLength(3);
    const reports = plans.map((attempts) =>
      attempts.map((plan) => scoreLog(electricalIsolationRules, electricalIsolationRules.simulate({ ...plan, params: electricalIsolationRules.drawParams(createSeededRandom(plan.seed)) }), {})),
    );
    for (const student of reports) {
      expect(student.length).toBeGreaterThanOrEqual(2);
      expect(student.at(-1)!.total).toBeGreaterThan(student[0]!.total);
      expect(student.at(-1)!.passed).toBe(true);
    }
    expect(reports.flat().some((r) => r.critical.length > 0)).toBe(true);
  });
});
