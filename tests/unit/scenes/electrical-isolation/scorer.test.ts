// The electrical-isolation score: each criterion's partial points, the ordering rules, the pass
// rule (critical errors in critical.test.ts), judged as the standard and docs/scenes say.
import { describe, expect, it } from 'vitest';
import type { ActionData } from '../../../../scenes/electrical-isolation';
import { electricalIsolationRules } from '../../../../scenes/electrical-isolation';
import { scoreLog } from '../../../../scenes/rubric/scoreLog';
import {
  close, connect, disconnectAll, goodAttempt, isolate, lockC3, log, off, on, open, ppeOn, prove, restore, socketTest, testDead, unlockC3, wireRight,
} from './support/actions';

function score(actions: readonly ActionData[]) {
  return scoreLog(electricalIsolationRules, log(actions), {});
}
function points(actions: readonly ActionData[]): Record<string, number> {
  return Object.fromEntries(score(actions).criteria.map((c) => [c.id, c.points]));
}
/** A good attempt with the isolation part replaced. */
const withIsolation = (isolation: readonly ActionData[]) => [...ppeOn, ...isolation, open, ...disconnectAll, ...wireRight, ...restore];
/** A good attempt with the wiring part replaced. */
const withWiring = (wiring: readonly ActionData[]) => [...ppeOn, ...isolate, open, ...disconnectAll, ...wiring, ...restore];
/** A good attempt with the restore part replaced. */
const withRestore = (restoring: readonly ActionData[]) => [...ppeOn, ...isolate, open, ...disconnectAll, ...wireRight, ...restoring];

describe('electrical-isolation scorer', () => {
  it('gives the standard good attempt 100 and a pass', () => {
    const report = score(goodAttempt);
    expect(report).toMatchObject({ sceneId: 'electrical-isolation', rubricVersion: '1', total: 100, passed: true, critical: [] });
    expect(report.criteria.map((c) => [c.id, c.weight])).toEqual([['isolation', 40], ['connections', 30], ['torque', 15], ['restore', 15]]);
  });

  it('gives an empty log nothing, and no critical error', () => {
    expect(score([])).toMatchObject({ total: 0, passed: false, critical: [] });
  });

  describe('isolation: 8 per step, in order, before the faceplate is first removed', () => {
    it.each([
      ['all five', isolate, 40],
      ['no second prove', [off, lockC3, prove, ...testDead], 32],
      ['two pairs tested: stops at prove', [off, lockC3, prove, ...testDead.slice(0, 2), prove], 24],
      ['no lock: only the switch-off counts', [off, prove, ...testDead, prove], 8],
      ['nothing switched off: nothing counts', [prove, ...testDead, prove], 0],
      ['main instead of C3 isolates too', [{ name: 'breaker', circuit: 'main', on: false }, { name: 'lock', circuit: 'main', applied: true }, prove, ...testDead, prove], 40],
      ['prove before switching off is too early; the later one counts as the first', [prove, off, lockC3, ...testDead, prove], 24],
      ['pairs tested before the prove do not count', [off, lockC3, ...testDead, prove, prove], 24],
      ['pairs tested before the prove must be tested again after it', [off, lockC3, ...testDead, prove, ...testDead, prove], 40],
      ['a lock on another circuit is no lock', [off, { name: 'breaker', circuit: 'C4', on: false }, { name: 'lock', circuit: 'C4', applied: true }, prove, ...testDead, prove, { name: 'breaker', circuit: 'C4', on: true }], 8],
      ['repeats change nothing', [off, off, lockC3, lockC3, prove, prove, ...testDead, ...testDead, prove, prove], 40],
    ] as const)('%s', (_name, isolation, expected) => {
      expect(points(withIsolation(isolation)).isolation).toBe(expected);
    });

    it('counts nothing done after the faceplate is first removed', () => {
      const late = [...ppeOn, off, lockC3, open, prove, ...testDead, prove, ...disconnectAll, ...wireRight, ...restore];
      expect(points(late).isolation).toBe(16);
    });

    it('does not count a pair tested dead before the circuit was made live again', () => {
      const mainOff: ActionData = { name: 'breaker', circuit: 'main', on: false };
      const relit: ActionData[] = [mainOff, { name: 'lock', circuit: 'main', applied: true }, prove, testDead[0]!,
        { name: 'lock', circuit: 'main', applied: false }, { name: 'breaker', circuit: 'main', on: true }, testDead[1]!, mainOff, testDead[1]!, testDead[2]!];
      expect(points(relit).isolation).toBe(24);
      expect(points([...relit, testDead[0]!]).isolation).toBe(32);
    });
  });

  describe('connections: 10 per conductor on its own terminal of the new socket at the end', () => {
    it.each([
      ['all right', wireRight, 30],
      ['N and PE swapped', [...connect('L', 'L'), ...connect('N', 'E'), ...connect('PE', 'N')], 10],
      ['PE left loose', [...connect('L', 'L'), ...connect('N', 'N')], 20],
      ['L on N, N on L', [...connect('L', 'N'), ...connect('N', 'L'), ...connect('PE', 'E')], 10],
      ['a wrong one taken out and refitted right', [...connect('L', 'N'), { name: 'disconnect', conductor: 'L' }, ...connect('L', 'L'), ...connect('N', 'N'), ...connect('PE', 'E')], 30],
      ['a right one taken out at the end', [...wireRight, { name: 'disconnect', conductor: 'N' }], 20],
    ] as const)('%s', (_name, wiring, expected) => {
      expect(points(withWiring(wiring)).connections).toBe(expected);
    });

    it('gives nothing for conductors left on the old socket', () => {
      expect(points([...ppeOn, ...isolate, open, close, unlockC3, on, socketTest]).connections).toBe(0);
    });

    it('ignores a connect without a disconnect first', () => {
      const noDisconnect: ActionData[] = [...ppeOn, ...isolate, open, { name: 'connect', conductor: 'L', terminal: 'L' }, { name: 'torque', terminal: 'L', nm: 0.8 }, close];
      expect(points(noDisconnect)).toMatchObject({ connections: 0, torque: 0 });
    });
  });

  describe('torque: 5 per terminal whose last torque since its conductor was connected is 0.6–1.0 N·m', () => {
    it.each([
      ['all 0.8', [0.8, 0.8, 0.8], 15],
      ['band edges count', [0.6, 1.0, 0.6], 15],
      ['one loose, one overtight', [0.59, 1.01, 0.8], 5],
      ['all loose', [0.3, 0.4, 0.5], 0],
    ] as const)('%s', (_name, [l, n, e], expected) => {
      expect(points(withWiring([...connect('L', 'L', l), ...connect('N', 'N', n), ...connect('PE', 'E', e)])).torque).toBe(expected);
    });

    it('takes the last torque, ignores one before the conductor is connected, and wants a new one after a reconnect', () => {
      const wiring: ActionData[] = [
        { name: 'torque', terminal: 'L', nm: 0.8 }, { name: 'connect', conductor: 'L', terminal: 'L' },
        ...connect('N', 'N', 1.4), { name: 'torque', terminal: 'N', nm: 0.9 },
        ...connect('PE', 'E', 0.8), { name: 'disconnect', conductor: 'PE' }, { name: 'connect', conductor: 'PE', terminal: 'E' },
      ];
      expect(points(withWiring(wiring))).toMatchObject({ connections: 30, torque: 5 });
    });

    it('judges the terminal whichever conductor is in it', () => {
      expect(points(withWiring([...connect('L', 'L'), ...connect('N', 'E'), ...connect('PE', 'N')])).torque).toBe(15);
    });
  });

  describe('restore: 3.75 per step in order, after the last opening', () => {
    it.each([
      ['all four', restore, 15],
      ['no socket test', [close, unlockC3, on], 11.25],
      ['socket test before switching on does not count', [close, unlockC3, socketTest, on], 11.25],
      ['faceplate refitted last: only it counts', [unlockC3, on, socketTest, close], 3.75],
      ['never locked: stops after the faceplate', [close, on, socketTest], 3.75],
    ] as const)('%s', (_name, restoring, expected) => {
      expect(points(withRestore(restoring)).restore).toBe(expected);
    });

    it('needs C3 and main both on: the step counts when the second comes on', () => {
      const both: ActionData[] = [...ppeOn, off, { name: 'breaker', circuit: 'main', on: false }, lockC3, prove, ...testDead, prove, open, ...disconnectAll, ...wireRight,
        close, unlockC3, on, { name: 'breaker', circuit: 'main', on: true }, socketTest];
      expect(points(both).restore).toBe(15);
      expect(points(both.slice(0, -2)).restore).toBe(7.5);
    });

    it('starts again when the faceplate is removed again', () => {
      expect(points([...goodAttempt, { name: 'breaker', circuit: 'C3', on: false }, open, close]).restore).toBe(3.75);
      expect(points([...ppeOn, off, lockC3, prove, ...testDead, prove]).restore).toBe(0);
    });
  });

  it('passes at 75 exactly and fails below, or with any critical error', () => {
    // isolation 24 (no lock-less skip), connections 30, torque 10, restore 11.25 = 75.25 -> 75.3
    const justPasses = [...ppeOn, off, lockC3, ...testDead, prove, open, ...disconnectAll, ...connect('L', 'L'), ...connect('N', 'N'), ...connect('PE', 'E', 1.2), close, unlockC3, on];
    expect(score(justPasses)).toMatchObject({ total: 75.3, passed: true });
    // isolation 24, connections 30, torque 5, restore 15 = 74
    const justFails = [...ppeOn, off, lockC3, ...testDead, prove, open, ...disconnectAll, ...connect('L', 'L'), ...connect('N', 'N', 0.5), ...connect('PE', 'E', 1.2), ...restore];
    expect(score(justFails)).toMatchObject({ total: 74, passed: false });
    // isolation 16 (no prove at all), the rest full = 76: skipping the prove is costly but not critical.
    expect(score(withIsolation([off, lockC3, ...testDead]))).toMatchObject({ total: 76, passed: true, critical: [] });
    const failing = [...goodAttempt, { name: 'breaker', circuit: 'C5', on: false }] as ActionData[];
    expect(score(failing)).toMatchObject({ total: 100, passed: false });
  });
});
