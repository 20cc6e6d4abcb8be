// Scoring against the standard, on hand-written attempts for each fire class, each criterion and
// each critical error. Unless said otherwise: nozzle samples every 100 ms from 2.5 m, aimed at the
// base; "sweeping" alternates the aim point's x between +0.2 and -0.2 m (a 0.4 m span).
import { describe, expect, it } from 'vitest';
import type { Agent, FireClass } from '../../../../scenes/fire-extinguisher';
import type { ScoreReport } from '../../../../scenes/rubric/report';
import { fireExtinguisherRules } from '../../../../scenes/fire-extinguisher';
import { reviewLog, scoreLog } from '../../../../scenes/rubric/scoreLog';
import { FireLog } from './support/fireLog';

const sweeping = (i: number) => ({ aimX: i % 2 === 0 ? 0.2 : -0.2 });

function score(fireClass: FireClass, log: FireLog): ScoreReport {
  return scoreLog(fireExtinguisherRules, log.events, { fireClass });
}

const scoresOf = (report: ScoreReport) => Object.fromEntries(report.criteria.map((c) => [c.id, c.score]));
const criticalOf = (report: ScoreReport) => report.critical.map((e) => `${e.id}@${e.t}`);

/** Alarm, pick, pin at t = 0, then `count` sweeping samples from t = 0. */
const attempt = (agent: Agent, count: number) => new FireLog().alarm().pick(agent).pin().samples(count, 100, sweeping);

describe('fire-extinguisher scoring: each fire class', () => {
  it('scores 100 for foam on B, put out in 4 s with everything right', () => {
    // 41 samples: 40 intervals of 0.025 → out at 4000, the last sample's t. Discharge 4.0 s:
    // four windows, each swept (0.4 m).
    const report = score('B', attempt('foam', 41));
    expect(report).toMatchObject({ total: 100, passed: true, critical: [], durationMs: 4000 });
    expect(scoresOf(report)).toEqual({ alarm: 1, agent: 1, pin: 1, distance: 1, aim: 1, sweep: 1, extinguished: 1 });
  });

  it.each([
    // class, agent, samples needed (intervals to out + 1), agent score, total, critical
    ['A', 'water', 41, 1, 100],
    ['A', 'foam', 41, 1, 100],
    ['A', 'powder', 51, 1, 100], // k 0.2: 50 intervals
    ['B', 'foam', 41, 1, 100],
    ['B', 'powder', 41, 1, 100],
    ['B', 'co2', 68, 0.7, 92.5], // k 0.15: 67 intervals; 25 · 0.7 = 17.5
    ['electrical', 'co2', 41, 1, 100],
    ['electrical', 'powder', 51, 0.8, 95], // 25 · 0.8 = 20
  ] as const)('%s with %s: out after %i samples, agent %s, total %s', (fireClass, agent, samples, agentScore, total) => {
    const report = score(fireClass, attempt(agent, samples));
    expect(scoresOf(report)).toMatchObject({ agent: agentScore, extinguished: 1 });
    expect(report).toMatchObject({ total, passed: true, critical: [] });
    // One sample fewer and the fire is still burning at the last event.
    const short = score(fireClass, attempt(agent, samples - 1));
    expect(criticalOf(short)).toEqual([`fire-not-out@${(samples - 2) * 100}`]);
    expect(short.passed).toBe(false);
  });

  it('A with CO2 (k 0.05, agent 0.4): 70 points but the fire is not out', () => {
    // 40 intervals knock 0.2 off; alarm 10 + agent 10 + pin 5 + distance 15 + aim 20 + sweep 10 = 70.
    const report = score('A', attempt('co2', 41));
    expect(report).toMatchObject({ total: 70, passed: false });
    expect(scoresOf(report)).toMatchObject({ agent: 0.4, extinguished: 0 });
    expect(criticalOf(report)).toEqual(['fire-not-out@4000']);
  });

  it.each([
    ['B', 'water'],
    ['electrical', 'water'],
    ['electrical', 'foam'],
  ] as const)('%s with %s: wrong-agent at the first discharging sample, agent 0, not out', (fireClass, agent) => {
    // k = 0: the fire stays at 1.0. 10 + 0 + 5 + 15 + 20 + 10 + 0 = 60.
    const report = score(fireClass, new FireLog().alarm().pick(agent).samples(2).pin().samples(41, 100, sweeping));
    expect(criticalOf(report)).toEqual(['wrong-agent@200', 'fire-not-out@4200']);
    expect(scoresOf(report)).toMatchObject({ agent: 0, extinguished: 0, pin: 0 });
    expect(report.total).toBe(55); // the two samples squeezed with the pin in cost the pin's 5
  });
});

describe('fire-extinguisher scoring: the server\'s fire class', () => {
  it('scores the class it is given, whatever an event claims', () => {
    // Water, 41 samples: on A a perfect attempt; on B wrong-agent and not out. The `variant`
    // event naming A changes nothing.
    const log = new FireLog().event('variant', { fireClass: 'A' }).alarm().pick('water').pin().samples(41, 100, sweeping);
    expect(score('A', log)).toMatchObject({ total: 100, passed: true });
    const onB = score('B', log);
    expect(criticalOf(onB)).toEqual(['wrong-agent@0', 'fire-not-out@4000']);
    expect(() => scoreLog(fireExtinguisherRules, log.events, {})).toThrow(/params\.fireClass/);
    expect(() => scoreLog(fireExtinguisherRules, log.events, { fireClass: 'B', extra: 1 })).toThrow(/params/);
  });
});

describe('fire-extinguisher scoring: each criterion', () => {
  it('alarm: 1 only before the first discharging sample', () => {
    expect(scoresOf(score('B', attempt('foam', 41))).alarm).toBe(1);
    const late = new FireLog().pick('foam').pin().samples(41, 100, sweeping).alarm();
    expect(score('B', late)).toMatchObject({ total: 90, passed: true });
    const never = new FireLog().pick('foam').pin().samples(41, 100, sweeping);
    expect(scoresOf(score('B', never)).alarm).toBe(0);
    // Pressed while squeezing with the pin in: still before the first *discharging* sample.
    const pinIn = new FireLog().pick('foam').nozzle().alarm().pin().samples(41, 100, sweeping);
    expect(scoresOf(score('B', pinIn))).toMatchObject({ alarm: 1, pin: 0 });
  });

  it('with no discharge at all, only the alarm scores', () => {
    const alarmOnly = score('A', new FireLog().alarm().pick('foam').pin().samples(20, 100, { squeeze: false }));
    expect(scoresOf(alarmOnly)).toEqual({ alarm: 1, agent: 0, pin: 0, distance: 0, aim: 0, sweep: 0, extinguished: 0 });
    expect(alarmOnly).toMatchObject({ total: 10, passed: false });
    expect(criticalOf(alarmOnly)).toEqual(['fire-not-out@1900']);
    const nothing = score('A', new FireLog().event('ui', {}));
    expect(nothing.total).toBe(0);
    expect(criticalOf(nothing)).toEqual(['fire-not-out@0']);
  });

  it('pin: 0 after any squeeze with the held extinguisher\'s pin in, not for a squeeze with nothing held', () => {
    const pinIn = new FireLog().alarm().pick('foam').samples(3).pin().samples(41, 100, sweeping);
    expect(score('B', pinIn)).toMatchObject({ total: 95, passed: true });
    const emptyHanded = new FireLog().alarm().samples(3).pick('foam').pin().samples(41, 100, sweeping);
    expect(score('B', emptyHanded)).toMatchObject({ total: 100 });
    // Squeezed the powder with its pin in after foam (pin pulled) did the work.
    const later = attempt('foam', 41).pick('powder').samples(2);
    expect(scoresOf(score('B', later)).pin).toBe(0);
  });

  it('distance: the fraction of discharge time within 1.5–3.0 m', () => {
    // 20 intervals at 2.5 m, 20 at 3.2 m (outside the band, inside the 3.5 m reach): distance
    // 0.5 (7.5 of 15 points), the fire still out at 4000: 92.5.
    const log = new FireLog().alarm().pick('foam').pin().samples(20, 100, sweeping).samples(21, 100, (i) => ({ ...sweeping(i), dist: 3.2 }));
    const report = score('B', log);
    expect(scoresOf(report)).toMatchObject({ distance: 0.5, extinguished: 1 });
    expect(report.total).toBe(92.5);
    // The band's edges are in it.
    const edges = new FireLog().alarm().pick('foam').pin().samples(20, 100, (i) => ({ ...sweeping(i), dist: 1.5 })).samples(21, 100, (i) => ({ ...sweeping(i), dist: 3.0 }));
    expect(scoresOf(score('B', edges)).distance).toBe(1);
  });

  it('aim: the fraction of discharge time aimed at the base; time aimed off lets the fire grow back', () => {
    // 20 intervals aimed (→ 0.5), 10 aimed 0.6 m short (+10 · 0.003 → 0.53), then aimed again:
    // 0.53 / 0.025 = 21.2 → out after the 22nd, at 3000 + 2200 = 5200. Aimed 42 of 52 intervals:
    // 0.807692 → 0.8077, 16.15 points; sweep 5 full windows, all swept; total 96.15 → 96.2.
    const log = new FireLog().alarm().pick('foam').pin()
      .samples(20, 100, sweeping)
      .samples(10, 100, (i) => ({ ...sweeping(i), aimZ: -2.4 }))
      .samples(23, 100, sweeping);
    const report = score('B', log);
    expect(scoresOf(report)).toMatchObject({ aim: 0.8077, sweep: 1, extinguished: 1 });
    expect(report.criteria.find((c) => c.id === 'aim')!.points).toBe(16.15);
    expect(report).toMatchObject({ total: 96.2, passed: true, critical: [] });
  });

  it('sweep: 1 s windows of discharge time, a last one under 0.5 s dropped', () => {
    // 26 intervals: [0, 1 s) sweeping, [1, 2 s) held still at x = 0.1, [2, 2.6 s) sweeping: 2 of 3.
    const log = () => new FireLog().alarm().pick('foam').pin()
      .samples(10, 100, sweeping)
      .samples(10, 100, { aimX: 0.1 })
      .samples(6, 100, sweeping);
    expect(scoresOf(score('B', log().nozzle())).sweep).toBe(0.6667);
    // Four intervals fewer: the last window is 0.2 s and dropped; 1 of 2.
    const shorter = new FireLog().alarm().pick('foam').pin().samples(10, 100, sweeping).samples(10, 100, { aimX: 0.1 }).samples(3, 100, sweeping);
    expect(scoresOf(score('B', shorter)).sweep).toBe(0.5);
    // Under 0.5 s of discharge: no window, 0.
    expect(scoresOf(score('B', new FireLog().pick('foam').pin().samples(5, 100, sweeping))).sweep).toBe(0);
  });

  it('extinguished: out within 60 s of the first discharging sample, inclusive', () => {
    // A discharging sample at 0 (aimed off), then no squeeze until S; from S, 41 sweeping samples
    // put it out at S + 4000.
    const log = (s: number) => {
      const l = new FireLog().alarm().pick('foam').pin().nozzle({ aimZ: -2.4 }).at(200);
      while (l.t < s) l.nozzle({ squeeze: false }).at(l.t + 200);
      return l.at(s).samples(41, 100, sweeping);
    };
    const justIn = score('B', log(56_000));
    expect(scoresOf(justIn).extinguished).toBe(1);
    const late = score('B', log(56_200));
    expect(scoresOf(late).extinguished).toBe(0);
    expect(late.critical).toEqual([]);
  });

  it('counts the agent running out: 12 s of CO2 cannot put out A', () => {
    const report = score('A', attempt('co2', 130));
    expect(criticalOf(report)).toEqual(['fire-not-out@12900']);
  });
});

describe('fire-extinguisher scoring: critical errors', () => {
  it('wrong-agent once, at the first wrong discharging sample, while the agent score takes the first agent', () => {
    // Powder for 1 s on B, then water (pin pulled at 1100): wrong-agent at 1100.
    const log = new FireLog().alarm().pick('powder').pin().samples(11, 100, sweeping).pick('water').pin().samples(10, 100, sweeping);
    const report = score('B', log);
    expect(criticalOf(report)).toEqual(['wrong-agent@1100', 'fire-not-out@2000']);
    expect(scoresOf(report).agent).toBe(1);
    expect(report.critical[0]!.message).toBe('water was discharged on a class B fire');
    // Held but not discharging (pin in): not a wrong-agent discharge.
    expect(criticalOf(score('B', new FireLog().pick('water').samples(5)))).toEqual(['fire-not-out@400']);
  });

  it('too-close once, at the first discharging sample under 1.0 m; 1.0 m itself is not', () => {
    // 10 samples at 0.9 m (no knockdown, no regrowth from 1.0), then 41 at 2.5 m.
    const log = new FireLog().alarm().pick('foam').pin()
      .samples(3, 100, { dist: 0.5, squeeze: false })
      .samples(10, 100, (i) => ({ ...sweeping(i), dist: 0.9 }))
      .samples(41, 100, sweeping);
    const report = score('B', log);
    expect(criticalOf(report)).toEqual(['too-close@300']);
    expect(report.critical[0]!.message).toMatch(/^discharged 0\.90 m from the fire/);
    // distance 40/50 = 0.8 (12 of 15), aim 1, fire out: 97 and failed.
    expect(report).toMatchObject({ total: 97, passed: false });
    const atOne = new FireLog().alarm().pick('foam').pin().samples(41, 100, (i) => ({ ...sweeping(i), dist: 1.0 }));
    expect(score('B', atOne).critical).toEqual([]);
  });

  it('fire-not-out at the t of the last event, whatever its type', () => {
    const log = attempt('foam', 20).at(9000).event('ui', { button: 'finish' });
    expect(criticalOf(score('B', log))).toEqual(['fire-not-out@9000']);
    expect(score('B', log).critical[0]!.message).toBe('the attempt ended with the fire still burning at 53% intensity');
  });
});

describe('fire-extinguisher review series', () => {
  it('traces distance and aim at each nozzle sample, null where not discharging', () => {
    const log = new FireLog().pick('foam').nozzle({ squeeze: false }).pin().at(100).nozzle({ dist: 2, aimX: 0.3, aimZ: -3.4 }).at(200).nozzle({ aimZ: -1 });
    const { series } = reviewLog(fireExtinguisherRules, log.events, { fireClass: 'A' });
    const [distance, aim] = series;
    expect(distance).toMatchObject({ id: 'distance', band: { min: 1.5, max: 3, unit: 'm' }, t: [0, 100, 200] });
    expect(distance!.value[0]).toBeNull();
    expect(distance!.value[1]).toBeCloseTo(2, 12);
    expect(distance!.value[2]).toBeCloseTo(2.5, 12);
    expect(aim).toMatchObject({ id: 'aim', band: { min: null, max: 0.5, unit: 'm' }, t: [0, 100, 200] });
    expect(aim!.value[0]).toBeNull();
    expect(aim!.value[1]).toBeCloseTo(0.5, 12);
    expect(aim!.value[2]).toBeCloseTo(2, 12);
  });
});
