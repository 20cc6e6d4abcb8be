// The fire model of the standard: geometry, the k table, the fold's intensity, agent and pin
// bookkeeping. Expected numbers are worked out by hand in the comments.
import { describe, expect, it } from 'vitest';
import type { FireState, NozzleSample } from '../../../../scenes/fire-extinguisher/fire';
import {
  agentCapacityS, agentScore, aimOffset, aimPoint, aimedAtBase, applyFireEvent, createFireState, extinguishRate,
  fireGeometry, foldFire, horizontalDistance, isWrongAgent,
} from '../../../../scenes/fire-extinguisher/fire';
import { FireLog, standing, towards } from './support/fireLog';

const ready = (agent: Parameters<FireLog['pick']>[0], t0 = 0) => new FireLog(t0).pick(agent).pin();

describe('fire-extinguisher geometry', () => {
  it('places things where the standard says', () => {
    expect(fireGeometry).toEqual({
      centre: [0, 0, -3], baseRadius: 0.4, aimPlaneY: 0.2, aimRadius: 0.5,
      rack: [-1.5, 0, -0.5], callPoint: [1.5, 1.4, 0], start: [0, 0, 0],
    });
    expect(agentCapacityS).toBe(12);
  });

  it('measures the horizontal distance from C, ignoring height', () => {
    expect(horizontalDistance([0, 1, 0])).toBe(3);
    expect(horizontalDistance([3, 5, -7])).toBe(5); // (3, -4): 3-4-5
  });

  it('finds the aim point on the plane y = 0.2, and none looking level, up or from below it', () => {
    // From (0, 1.2, -1) looking down 45° towards -z: 1 m drop to y = 0.2 → z = -2.
    const p = [0, 1.2, -1] as const;
    const d = [0, -Math.SQRT1_2, -Math.SQRT1_2] as const;
    const aim = aimPoint(p, d)!;
    expect(aim[0]).toBeCloseTo(0, 12);
    expect(aim[1]).toBeCloseTo(-2, 12);
    expect(aimOffset(aim)).toBeCloseTo(1, 12);
    expect(aimPoint(p, [0, 0, -1])).toBeNull();
    expect(aimPoint(p, [0, Math.SQRT1_2, -Math.SQRT1_2])).toBeNull();
    expect(aimPoint([0, 0.1, -1], d)).toBeNull(); // below the plane: the plane is behind the ray
    expect(aimPoint([0, 0.2, -1], d)).toBeNull(); // on it: s = 0 is not s > 0
  });

  it('counts an aim point within 0.5 m of C as on the base, inclusive', () => {
    const p = standing(2.5);
    expect(aimedAtBase(p, towards(p, 0, -3))).toBe(true);
    expect(aimedAtBase(p, towards(p, 0.5, -3))).toBe(true);
    expect(aimedAtBase(p, towards(p, 0.3, -3.4))).toBe(true); // 0.3-0.4-0.5
    expect(aimedAtBase(p, towards(p, 0.51, -3))).toBe(false);
    expect(aimedAtBase(p, towards(p, 0, -2.4))).toBe(false); // short by 0.6 m: at the flames' front
    expect(aimedAtBase(p, [0, 0, -1])).toBe(false);
  });
});

describe('fire-extinguisher k table and agents', () => {
  it('is the standard\'s table', () => {
    expect(extinguishRate).toEqual({
      water: { A: 0.25, B: 0, electrical: 0 },
      foam: { A: 0.25, B: 0.25, electrical: 0 },
      co2: { A: 0.05, B: 0.15, electrical: 0.25 },
      powder: { A: 0.2, B: 0.25, electrical: 0.2 },
    });
  });

  it('scores the agent and names the wrong ones per class', () => {
    expect(agentScore.A).toEqual({ water: 1, foam: 1, powder: 1, co2: 0.4 });
    expect(agentScore.B).toEqual({ water: 0, foam: 1, powder: 1, co2: 0.7 });
    expect(agentScore.electrical).toEqual({ water: 0, foam: 0, powder: 0.8, co2: 1 });
    const wrong = (['A', 'B', 'electrical'] as const).flatMap((c) =>
      (['water', 'foam', 'co2', 'powder'] as const).filter((a) => isWrongAgent(a, c)).map((a) => `${a}/${c}`));
    expect(wrong).toEqual(['water/B', 'water/electrical', 'foam/electrical']);
  });
});

/** Time for `agent` on `fireClass` to put out a full fire with 100 ms aimed samples from 2.5 m. */
function outAfter(agent: 'water' | 'foam' | 'co2' | 'powder', fireClass: 'A' | 'B' | 'electrical'): FireState {
  // The first discharging sample at t = 1000; 130 samples run past the 12 s of agent.
  return foldFire(fireClass, ready(agent, 1000).samples(130).events);
}

describe('fire-extinguisher fire model', () => {
  it('starts at full intensity with full extinguishers, pins in', () => {
    const state = createFireState('B');
    expect(state).toMatchObject({
      fireClass: 'B', intensity: 1, out: false, outAtMs: null, alarmAtMs: null, held: null, discharging: false,
      lastNozzle: null, firstDischarge: null,
    });
    expect(state.pinPulled).toEqual({ water: false, foam: false, co2: false, powder: false });
    expect(state.agentLeftS).toEqual({ water: 12, foam: 12, co2: 12, powder: 12 });
  });

  it('puts out each class at its k, going out at t_i + dt_i of the interval that reaches 0', () => {
    // k = 0.25/s: 0.025 per 100 ms interval, 40 intervals: the interval of the sample at
    // 1000 + 39·100 = 4900 ends at 5000.
    expect(outAfter('foam', 'B').outAtMs).toBe(5000);
    expect(outAfter('water', 'A').outAtMs).toBe(5000);
    expect(outAfter('foam', 'A').outAtMs).toBe(5000);
    expect(outAfter('powder', 'B').outAtMs).toBe(5000);
    expect(outAfter('co2', 'electrical').outAtMs).toBe(5000);
    // k = 0.2: 0.02 per interval, exactly 50 intervals → 1000 + 5000.
    expect(outAfter('powder', 'A').outAtMs).toBe(6000);
    expect(outAfter('powder', 'electrical').outAtMs).toBe(6000);
    // k = 0.15: 0.015 per interval; 66 leave 0.01, the 67th (sample at 7600) ends at 7700.
    expect(outAfter('co2', 'B').outAtMs).toBe(7700);
    for (const state of [outAfter('foam', 'B'), outAfter('co2', 'B')]) {
      expect(state.out).toBe(true);
      expect(state.intensity).toBe(0);
    }
  });

  it('cannot put out A with CO2 (k = 0.05) before the 12 s of agent run out', () => {
    // 120 intervals of 0.005 = 0.6 down → 0.4; samples 121..130 are not discharging (no agent),
    // and 9 settled intervals of them regrow 9 · 0.1 s · 0.03 = 0.027 → 0.427.
    const state = outAfter('co2', 'A');
    expect(state.out).toBe(false);
    expect(state.agentLeftS.co2).toBe(0);
    expect(state.discharging).toBe(false);
    expect(state.intensity).toBeCloseTo(0.427, 12);
    expect(state.dischargeMs).toBe(12_000);
  });

  it('neither knocks down nor regrows with water on B or foam on electrical (k = 0)', () => {
    // Foam for 2 s on B: 20 · 0.025 = 0.5. Then water (pin pulled) for 1 s: k = 0, stays 0.5.
    const log = ready('foam').samples(20).pick('water').pin().samples(11);
    const state = foldFire('B', log.events);
    expect(state.intensity).toBe(0.5);
    expect(state.firstDischarge).toEqual({ t: 0, agent: 'foam' });
    expect(foldFire('electrical', ready('foam').samples(11).events).intensity).toBe(1);
  });

  it('regrows 0.03/s over intervals that do not knock it down, to at most 1', () => {
    // 2 s of foam on A → 0.5; then 2 s (20 intervals) aimed 1 m short of C → +0.06 = 0.56.
    const log = ready('foam').samples(20).samples(21, 100, { aimZ: -2 });
    expect(foldFire('A', log.events).intensity).toBeCloseTo(0.56, 12);
    // Not squeezing and from too far/too close: each interval regrows too.
    expect(foldFire('A', ready('foam').samples(20).samples(11, 100, { squeeze: false }).events).intensity).toBeCloseTo(0.53, 12);
    expect(foldFire('A', ready('foam').samples(20).samples(11, 100, { dist: 3.6 }).events).intensity).toBeCloseTo(0.53, 12);
    expect(foldFire('A', ready('foam').samples(20).samples(11, 100, { dist: 0.9 }).events).intensity).toBeCloseTo(0.53, 12);
    // From full, it stays at 1.
    expect(foldFire('A', ready('foam').samples(30, 100, { squeeze: false }).events).intensity).toBe(1);
  });

  it('knocks it down from 1.0 m and 3.5 m (inclusive)', () => {
    expect(foldFire('A', ready('foam').samples(41, 100, { dist: 1.0 }).events).out).toBe(true);
    expect(foldFire('A', ready('foam').samples(41, 100, { dist: 3.5 }).events).out).toBe(true);
  });

  it('caps an interval at 200 ms and never settles the last sample', () => {
    // Two samples 1 s apart: one interval of 200 ms → 0.05 down, 0.2 s of foam used.
    const state = foldFire('A', ready('foam').nozzle().at(1000).nozzle().events);
    expect(state.intensity).toBeCloseTo(0.95, 12);
    expect(state.agentLeftS.foam).toBeCloseTo(11.8, 12);
    expect(state.dischargeMs).toBe(200);
    // One sample alone: nothing spent, nothing knocked down, but it is discharging.
    const one = foldFire('A', ready('foam').nozzle().events);
    expect(one).toMatchObject({ intensity: 1, dischargeMs: 0, discharging: true, firstDischarge: { t: 0, agent: 'foam' } });
    expect(one.agentLeftS.foam).toBe(12);
  });

  it('is out for good: no regrowth after, even without discharge', () => {
    const state = foldFire('B', ready('foam').samples(41).samples(50, 100, { squeeze: false }).events);
    expect(state).toMatchObject({ out: true, outAtMs: 4000, intensity: 0 });
  });

  it('runs an extinguisher out after 12 s of discharge; the last interval counts in full', () => {
    // 24 intervals of 150 ms would spend 3.6 s; use 120 ms: 100 intervals = 12.0 s exactly.
    const exact = foldFire('A', ready('co2').samples(102, 120).events);
    expect(exact.agentLeftS.co2).toBe(0);
    expect(exact.dischargeMs).toBe(12_000); // sample 101 (t = 12000) found none left
    expect(exact.discharging).toBe(false);
    // 70 ms steps: 171 intervals = 11.97 s, 0.03 s left, so sample 172 still discharges and its
    // full 70 ms count as discharge time (**Choice**): 172 · 70 = 12.04 s; the store stops at 0.
    const over = foldFire('A', ready('co2').samples(174, 70).events);
    expect(over.agentLeftS.co2).toBe(0);
    expect(over.dischargeMs).toBe(12_040);
  });

  it('needs a held extinguisher with its pin pulled; squeezing with the pin in is recorded', () => {
    const pinIn = foldFire('A', new FireLog().pick('foam').samples(5).events);
    expect(pinIn).toMatchObject({ discharging: false, squeezedWithPinIn: true, firstDischarge: null, intensity: 1 });
    const nothingHeld = foldFire('A', new FireLog().pin().samples(5).events);
    expect(nothingHeld).toMatchObject({ discharging: false, squeezedWithPinIn: false, held: null });
    expect(nothingHeld.pinPulled).toEqual({ water: false, foam: false, co2: false, powder: false });
    const notSqueezed = foldFire('A', new FireLog().pick('foam').samples(5, 100, { squeeze: false }).events);
    expect(notSqueezed.squeezedWithPinIn).toBe(false);
  });

  it('keeps each extinguisher\'s pin and agent when it is put back and picked again', () => {
    // Foam 1 s (10 intervals), swap to powder (pin in), back to foam: discharges without a new pin.
    const log = ready('foam').samples(11).pick('powder').samples(2).pick('foam').samples(3);
    const state = foldFire('A', log.events);
    expect(state.pinPulled).toEqual({ water: false, foam: true, co2: false, powder: false });
    expect(state.held).toBe('foam');
    expect(state.discharging).toBe(true);
    // Foam: 10 intervals, the 11th sample's (1000 → 1100), and 2 more in the last three: 13 · 0.1.
    expect(state.agentLeftS.foam).toBeCloseTo(12 - 1.3, 12);
    expect(state.agentLeftS.powder).toBe(12);
    expect(state.squeezedWithPinIn).toBe(true); // the powder samples
  });

  it('charges an interval to the extinguisher held when its sample arrived', () => {
    // The foam sample at 0 is settled by the powder sample at 100 (picked in between).
    const state = foldFire('A', ready('foam').nozzle().at(100).pick('powder').pin().nozzle().events);
    expect(state.agentLeftS.foam).toBeCloseTo(11.9, 12);
    expect(state.agentLeftS.powder).toBe(12);
    expect(state.intensity).toBeCloseTo(0.975, 12);
  });

  it('records the first alarm and whether it came before the first discharge', () => {
    const before = foldFire('A', new FireLog().at(500).alarm().at(900).alarm().pick('foam').pin().samples(3).events);
    expect(before).toMatchObject({ alarmAtMs: 500, alarmBeforeDischarge: true });
    const after = foldFire('A', ready('foam').samples(3).alarm().events);
    expect(after).toMatchObject({ alarmAtMs: 300, alarmBeforeDischarge: false });
    const only = foldFire('A', new FireLog().alarm().events);
    expect(only).toMatchObject({ alarmAtMs: 0, alarmBeforeDischarge: true, firstDischarge: null });
  });

  it('classifies the last sample: distance, aim point, aimed', () => {
    const state = foldFire('A', ready('foam').nozzle({ dist: 2, aimX: 0.3, aimZ: -3.4 }).events);
    const last = state.lastNozzle as NozzleSample;
    expect(last.dist).toBeCloseTo(2, 12);
    expect(last.aim![0]).toBeCloseTo(0.3, 12);
    expect(last.aim![1]).toBeCloseTo(-3.4, 12);
    expect(last).toMatchObject({ t: 0, squeeze: true, agent: 'foam', discharging: true, aimed: true });
  });

  it('ignores unknown types and malformed data, including a client-named fire class', () => {
    const state = createFireState('B');
    const ignored = [
      { type: 'variant', data: { fireClass: 'A' } },
      { type: 'params', data: { fireClass: 'A' } },
      { type: 'pick', data: { agent: 'sand' } },
      { type: 'pick', data: { agent: 'foam', extra: 1 } },
      { type: 'pin', data: { now: true } },
      { type: 'alarm', data: { x: 1 } },
      { type: 'nozzle', data: { p: [0, 1, 0], d: [0, -2, 0], squeeze: true } },
      { type: 'nozzle', data: { p: [0, 1], d: [0, -1, 0], squeeze: true } },
      { type: 'nozzle', data: { p: [0, 1, Number.NaN], d: [0, -1, 0], squeeze: true } },
      { type: 'nozzle', data: { p: [0, 1, 0], d: [0, -1, 0], squeeze: 1 } },
    ];
    for (const [i, e] of ignored.entries()) applyFireEvent(state, { t: i, ...e });
    expect(state).toEqual({ ...createFireState('B'), lastEventT: ignored.length - 1 });
  });

  it('tells an observer of each sample and, later, its interval', () => {
    const seen: string[] = [];
    foldFire('A', ready('foam').nozzle().at(50).nozzle().at(400).nozzle().events, {
      sample: (s) => seen.push(`sample ${s.t}`),
      settle: (s, dt) => seen.push(`settle ${s.t} ${dt}`),
    });
    expect(seen).toEqual(['sample 0', 'settle 0 50', 'sample 50', 'settle 50 200', 'sample 400']);
  });
});
