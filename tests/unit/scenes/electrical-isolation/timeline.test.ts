// The review timeline: one entry per action, in words, with the step it completed or attempted
// and the critical errors it caused, agreeing with the score because it is the scorer's fold.
import { describe, expect, it } from 'vitest';
import type { ActionData } from '../../../../scenes/electrical-isolation';
import type { AttemptEvent } from '../../../../scenes/rubric/events';
import { ElectricalFold, electricalIsolationRules } from '../../../../scenes/electrical-isolation';
import { CriticalLog } from '../../../../scenes/rubric/criteria/criticalLog';
import { scoreLog } from '../../../../scenes/rubric/scoreLog';
import { connect, disconnectAll, goodAttempt, isolate, lockC3, log, off, open, ppeOn, prove, testDead, wireRight } from './support/actions';

const timeline = (actions: readonly ActionData[]) => electricalIsolationRules.timeline(log(actions), {});

describe('electrical-isolation timeline', () => {
  it('labels each action in both languages, with readings', () => {
    const entries = timeline(goodAttempt);
    expect(entries).toHaveLength(goodAttempt.length);
    const en = entries.map((e) => e.label.en);
    expect(en.slice(0, 8)).toEqual([
      'Insulated gloves put on', 'Safety glasses put on', 'C3 switched off', 'Padlock applied to C3', 'Tester proved',
      'Tested dead L-N (0 V)', 'Tested dead L-E (0 V)', 'Tested dead N-E (0 V)',
    ]);
    expect(en).toContain('Terminal E tightened to 0.8 N·m');
    expect(en.at(-1)).toBe('Socket tested: correct');
    expect(entries[2]!.label.vi).toBe('Cắt C3');
    expect(entries.find((e) => e.label.en === 'Terminal E tightened to 0.8 N·m')!.label.vi).toBe('Siết cực E 0,8 N·m');
    // A test at a live socket shows the 230 V the tester read.
    expect(timeline([{ name: 'test-dead', pair: 'L-E' }])[0]!.label.en).toBe('Tested dead L-E (230 V)');
  });

  it('marks the steps completed in order, every step of the procedure once, for the good attempt', () => {
    const steps = timeline(goodAttempt).flatMap((e) => (e.step ? [e.step] : []));
    expect(steps.every((s) => s.inOrder)).toBe(true);
    expect(steps.map((s) => s.id)).toEqual([
      'switch-off', 'lock', 'prove', 'test-dead', 'prove-again', 'connect-L', 'torque-L', 'connect-N', 'torque-N', 'connect-PE', 'torque-E',
      'refit-faceplate', 'unlock', 'switch-on', 'socket-test',
    ]);
    expect(new Set(steps.map((s) => s.id))).toEqual(new Set(electricalIsolationRules.procedureSteps.map((s) => s.id)));
    expect(timeline(goodAttempt).some((e) => e.critical)).toBe(false);
  });

  it('marks a step attempted out of order, and gives a repeat of a counted step none', () => {
    const entries = timeline([prove, off, off, lockC3, ...testDead, prove, prove]);
    expect(entries.map((e) => e.step && `${e.step.id}:${e.step.inOrder}`)).toEqual([
      'prove:false', 'switch-off:true', undefined, 'lock:true',
      'test-dead:false', 'test-dead:false', 'test-dead:false', 'prove:true', 'prove-again:false',
    ]);
  });

  it('marks a wrong terminal, a torque out of the band and an ignored action', () => {
    const entries = timeline([...ppeOn, ...isolate, open, ...disconnectAll, ...connect('N', 'E', 1.3), { name: 'breaker', circuit: 'C3', on: true }]);
    const byLabel = (en: string) => entries.find((e) => e.label.en === en);
    expect(byLabel('Blue (N) connected to terminal E')!.step).toEqual({ criterionId: 'connections', id: 'connect-N', inOrder: false });
    expect(byLabel('Terminal E tightened to 1.3 N·m')!.step).toEqual({ criterionId: 'torque', id: 'torque-E', inOrder: false });
    expect(byLabel('C3 switched on (no effect)')!.label.vi).toBe('Đóng C3 (không có tác dụng)');
  });

  it('puts each critical error on the action that caused it, at the report\'s t, and end-of-attempt ones on the last action', () => {
    const actions: ActionData[] = [{ name: 'breaker', circuit: 'C2', on: false }, { name: 'touch', part: 'terminal' }, ...isolate, open, ...disconnectAll, ...wireRight];
    const events: AttemptEvent[] = log(actions);
    const entries = electricalIsolationRules.timeline(events, {});
    const report = scoreLog(electricalIsolationRules, events, {});
    const fromTimeline = entries.flatMap((e) => (e.critical ?? []).map((id) => ({ id, t: e.t })));
    expect(fromTimeline).toEqual(report.critical.map(({ id, t }) => ({ id, t })));
    expect(fromTimeline.map((e) => e.id)).toEqual(['touched-live', 'no-ppe', 'left-unsafe', 'wrong-circuit']);
  });

  it('skips events of other types but counts them in seq', () => {
    const events: AttemptEvent[] = [
      { seq: 1, t: 0, type: 'ui', data: { panel: 'help' } },
      { seq: 2, t: 500, type: 'action', data: { name: 'breaker', circuit: 'C3', on: false } },
    ];
    expect(electricalIsolationRules.timeline(events, {})).toEqual([
      { seq: 2, t: 500, label: { vi: 'Cắt C3', en: 'C3 switched off' }, step: { criterionId: 'isolation', id: 'switch-off', inOrder: true } },
    ]);
  });

  it('lists as completed exactly the steps that score, as a practice checklist', () => {
    const fold = new ElectricalFold();
    const critical = new CriticalLog(new Set(electricalIsolationRules.rubric.criticalIds));
    const actions: ActionData[] = [...ppeOn, off, lockC3, ...testDead, prove, open, ...disconnectAll, ...connect('L', 'L'), ...connect('N', 'E', 1.3)];
    for (const event of log(actions)) fold.push(event, critical);
    expect([...fold.completedSteps()]).toEqual(['switch-off', 'lock', 'prove', 'connect-L', 'torque-L']);
    const events = log(goodAttempt);
    const whole = new ElectricalFold();
    for (const event of events) whole.push(event, critical);
    expect(whole.completedSteps().size).toBe(electricalIsolationRules.procedureSteps.length);
  });
});
