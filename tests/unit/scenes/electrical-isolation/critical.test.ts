// The six critical errors: each raised by what the standard says, once, at the t of the event that
// caused it (left-unsafe and wrong-circuit at the last event's t), and each failing the attempt.
import { describe, expect, it } from 'vitest';
import type { ActionData } from '../../../../scenes/electrical-isolation';
import type { AttemptEvent } from '../../../../scenes/rubric/events';
import { electricalIsolationRules } from '../../../../scenes/electrical-isolation';
import { scoreLog } from '../../../../scenes/rubric/scoreLog';
import {
  close, connect, disconnectAll, goodAttempt, isolate, lockC3, log, off, on, open, ppeOn, prove, restore, socketTest, testDead, wireRight,
} from './support/actions';

function criticals(events: readonly AttemptEvent[]): { id: string; t: number }[] {
  return scoreLog(electricalIsolationRules, events, {}).critical.map(({ id, t }) => ({ id, t }));
}
/** t of the first action matching `predicate` in a log(): actions are 1000 ms apart from 1000. */
function tOf(actions: readonly ActionData[], predicate: (a: ActionData) => boolean, from = 0): number {
  return (actions.findIndex((a, index) => index >= from && predicate(a)) + 1) * 1000;
}

describe('electrical-isolation critical errors', () => {
  it('touched-live: a touch while live, once, at the first such touch', () => {
    const actions: ActionData[] = [...ppeOn, { name: 'touch', part: 'terminal' }, { name: 'touch', part: 'L' }, ...isolate, open, ...disconnectAll, ...wireRight, ...restore];
    expect(criticals(log(actions))).toEqual([{ id: 'touched-live', t: 3000 }]);
    // Touches while isolated are the job itself.
    expect(criticals(log(goodAttempt))).toEqual([]);
    // Working on after switching back on: the first touch after the breaker.
    const relit: ActionData[] = [...ppeOn, off, prove, ...testDead, prove, open, on, ...disconnectAll];
    expect(criticals(log(relit))).toContainEqual({ id: 'touched-live', t: tOf(relit, (a) => a.name === 'touch') });
  });

  it('no-ppe: the faceplate removed without gloves or glasses, at that removal', () => {
    const noGlasses = goodAttempt.filter((a) => !(a.name === 'ppe' && a.item === 'glasses'));
    expect(criticals(log(noGlasses))).toEqual([{ id: 'no-ppe', t: tOf(noGlasses, (a) => a.name === 'faceplate') }]);
    const glovesOff: ActionData[] = [...ppeOn, { name: 'ppe', item: 'gloves', worn: false }, ...isolate, open, ...disconnectAll, ...wireRight, ...restore];
    expect(criticals(log(glovesOff)).map((e) => e.id)).toEqual(['no-ppe']);
    // PPE taken off once the faceplate is back on is fine.
    expect(criticals(log([...goodAttempt, { name: 'ppe', item: 'gloves', worn: false }]))).toEqual([]);
    // A second opening without PPE counts too, once.
    const second = [...goodAttempt, { name: 'ppe', item: 'gloves', worn: false }, off, open, close, open, close, on] as ActionData[];
    expect(criticals(log(second))).toEqual([{ id: 'no-ppe', t: tOf(second, (a) => a.name === 'faceplate' && a.removed, goodAttempt.length) }]);
  });

  it('not-proven-dead: the first removal before all three pairs were tested dead with the circuit off', () => {
    const twoPairs: ActionData[] = [...ppeOn, off, lockC3, prove, ...testDead.slice(0, 2), prove, open, ...disconnectAll, ...wireRight, ...restore];
    expect(criticals(log(twoPairs))).toEqual([{ id: 'not-proven-dead', t: tOf(twoPairs, (a) => a.name === 'faceplate') }]);
    // Tested while live, then switched off: not proven dead.
    const testedLive: ActionData[] = [...ppeOn, prove, ...testDead, off, lockC3, prove, open, ...disconnectAll, ...wireRight, ...restore];
    expect(criticals(log(testedLive)).map((e) => e.id)).toEqual(['not-proven-dead']);
    // Out of the standard's order, but proven dead: costs isolation points, no critical error.
    expect(criticals(log([...ppeOn, off, ...testDead, open, ...disconnectAll, ...wireRight, close, on, socketTest]))).toEqual([]);
    // Only the first removal is judged.
    expect(criticals(log([...goodAttempt, off, open, close, on]))).toEqual([]);
  });

  it('energised-miswired: made live with a conductor loose, wrong or split between sockets, at that breaker event', () => {
    const swapped = [...ppeOn, ...isolate, open, ...disconnectAll, ...connect('L', 'L'), ...connect('N', 'E'), ...connect('PE', 'N'), ...restore];
    expect(criticals(log(swapped))).toEqual([{ id: 'energised-miswired', t: tOf(swapped, (a) => a.name === 'breaker' && a.on) }]);
    const loose = [...ppeOn, ...isolate, open, ...disconnectAll, ...connect('L', 'L'), ...connect('N', 'N'), ...restore];
    expect(criticals(log(loose)).map((e) => e.id)).toEqual(['energised-miswired']);
    // PE still on the old socket while L and N are on the new one.
    const split: ActionData[] = [...ppeOn, ...isolate, open, ...disconnectAll.slice(0, 4), ...connect('L', 'L'), ...connect('N', 'N'), ...restore];
    expect(criticals(log(split)).map((e) => e.id)).toEqual(['energised-miswired']);
    // The untouched old socket is correctly wired: switching back on before the work is no error.
    expect(criticals(log([off, on, ...goodAttempt]))).toEqual([]);
    // Reported once though energised twice.
    const twice = [...swapped, off, on] as ActionData[];
    expect(criticals(log(twice))).toHaveLength(1);
  });

  it('left-unsafe: the faceplate off at the end, at the last event\'s t (whatever its type)', () => {
    const open_: ActionData[] = [...ppeOn, ...isolate, open, ...disconnectAll, ...wireRight];
    const events = log(open_);
    expect(criticals(events)).toEqual([{ id: 'left-unsafe', t: events.at(-1)!.t }]);
    const withUi: AttemptEvent[] = [...events, { seq: events.length + 1, t: 99_000, type: 'ui', data: {} }];
    expect(criticals(withUi)).toEqual([{ id: 'left-unsafe', t: 99_000 }]);
    expect(criticals(log([...open_, close]))).toEqual([]);
  });

  it('wrong-circuit: a device other than C3 or main off at the end, at the last event\'s t', () => {
    const c4: ActionData = { name: 'breaker', circuit: 'C4', on: false };
    const events = log([c4, ...goodAttempt]);
    expect(criticals(events)).toEqual([{ id: 'wrong-circuit', t: events.at(-1)!.t }]);
    expect(criticals(log([c4, { name: 'breaker', circuit: 'C4', on: true }, ...goodAttempt]))).toEqual([]);
    // The main switch left off is not the wrong circuit (it does cost the restore steps).
    const mainOff = [...goodAttempt, { name: 'breaker', circuit: 'main', on: false }] as ActionData[];
    expect(criticals(log(mainOff))).toEqual([]);
  });

  it('reports several errors, each once, in t order with the end-of-attempt ones last', () => {
    const reckless: ActionData[] = [{ name: 'breaker', circuit: 'C1', on: false }, { name: 'touch', part: 'L' }, open, { name: 'touch', part: 'N' }, { name: 'touch', part: 'PE' }];
    expect(criticals(log(reckless))).toEqual([
      { id: 'touched-live', t: 2000 }, { id: 'no-ppe', t: 3000 }, { id: 'not-proven-dead', t: 3000 }, { id: 'left-unsafe', t: 5000 }, { id: 'wrong-circuit', t: 5000 },
    ]);
    const report = scoreLog(electricalIsolationRules, log(reckless), {});
    expect(report.passed).toBe(false);
  });
});
