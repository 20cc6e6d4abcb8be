// The installation fold the scorer and the view share: live from breakers only, what the workshop
// refuses, the testers' readings and the practice cue.
import { describe, expect, it } from 'vitest';
import type { ActionData, InstallationState } from '../../../../scenes/electrical-isolation';
import {
  applyInstallationEvent, createInstallation, practiceNextStep, socketTesterResult, testerReading,
} from '../../../../scenes/electrical-isolation';
import { close, connect, disconnectAll, goodAttempt, isolate, lockC3, off, on, open, ppeOn, unlockC3 } from './support/actions';

function fold(actions: readonly ActionData[], state: InstallationState = createInstallation()): InstallationState {
  for (const data of actions) applyInstallationEvent(state, { t: 0, type: 'action', data: { ...data } });
  return state;
}

describe('electrical-isolation installation', () => {
  it('starts with every device on, the old socket wired right and the circuit live', () => {
    const state = createInstallation();
    expect(state.live).toBe(true);
    expect(Object.values(state.breakers).every(Boolean)).toBe(true);
    expect(state.conductors).toEqual({ L: { socket: 'old', terminal: 'L' }, N: { socket: 'old', terminal: 'N' }, PE: { socket: 'old', terminal: 'E' } });
    expect([testerReading(state, 'L-N'), testerReading(state, 'L-E'), testerReading(state, 'N-E')]).toEqual([230, 230, 0]);
    expect(socketTesterResult(state)).toBe('ok');
  });

  it('is live only while main and C3 are both on, whatever else is switched', () => {
    expect(fold([{ name: 'breaker', circuit: 'main', on: false }]).live).toBe(false);
    expect(fold([off]).live).toBe(false);
    expect(fold([{ name: 'breaker', circuit: 'C4', on: false }]).live).toBe(true);
    const state = fold([off, { name: 'breaker', circuit: 'main', on: false }, on]);
    expect(state.live).toBe(false);
    expect(testerReading(state, 'L-N')).toBe(0);
  });

  it('ignores other event types and malformed actions', () => {
    const state = createInstallation();
    applyInstallationEvent(state, { t: 0, type: 'breaker', data: { circuit: 'C3', on: false } });
    applyInstallationEvent(state, { t: 0, type: 'action', data: { name: 'breaker', circuit: 'C9', on: false } });
    expect(state).toEqual(createInstallation());
  });

  it('refuses what the workshop would: a locked breaker, a lock on a device that is on, terminals behind the faceplate', () => {
    expect(fold([lockC3]).locked.C3).toBe(false);
    const locked = fold([off, lockC3, on]);
    expect(locked.breakers.C3).toBe(false);
    const shut = fold([off, { name: 'disconnect', conductor: 'L' }]);
    expect(shut.conductors.L).toEqual({ socket: 'old', terminal: 'L' });
    // A conductor still fixed in its old terminal cannot be connected: it needs a disconnect first.
    const opened = fold([off, open, { name: 'connect', conductor: 'L', terminal: 'L' }]);
    expect(opened.conductors.L).toEqual({ socket: 'old', terminal: 'L' });
  });

  it('counts a test dead only with the circuit off, and forgets it when the circuit is made live again', () => {
    expect(fold([{ name: 'test-dead', pair: 'L-N' }]).testedDead['L-N']).toBe(false);
    const state = fold([off, { name: 'test-dead', pair: 'L-N' }]);
    expect(state.testedDead['L-N']).toBe(true);
    fold([on], state);
    expect(state.testedDead['L-N']).toBe(false);
  });

  it('moves conductors to the new socket by disconnect then connect, and keeps torque only since the last connect', () => {
    const state = fold([off, open, ...disconnectAll, { name: 'torque', terminal: 'L', nm: 0.8 }]);
    expect(state.conductors).toEqual({ L: null, N: null, PE: null });
    expect(state.torque.L).toBeNull();
    fold(connect('L', 'L', 0.7), state);
    expect(state.conductors.L).toEqual({ socket: 'new', terminal: 'L' });
    expect(state.torque.L).toBe(0.7);
    fold([{ name: 'disconnect', conductor: 'L' }], state);
    expect(state.torque.L).toBeNull();
  });

  it('shows miswiring once energised: the plug-in tester says so, the two-pole tester reads 230 V where L landed', () => {
    const state = fold([off, open, ...disconnectAll, ...connect('L', 'L'), ...connect('N', 'E'), ...connect('PE', 'N'), close, on]);
    expect(state.live).toBe(true);
    expect(socketTesterResult(state)).toBe('miswired');
    const live = fold([off, open, ...disconnectAll, ...connect('L', 'N'), ...connect('N', 'L'), ...connect('PE', 'E'), close, on]);
    expect([testerReading(live, 'L-N'), testerReading(live, 'L-E'), testerReading(live, 'N-E')]).toEqual([230, 0, 230]);
    expect(socketTesterResult(fold([off]))).toBe('no-power');
  });

  it('cues the standard order step by step and nothing once done', () => {
    const state = createInstallation();
    const cues: (string | undefined)[] = [practiceNextStep(state)];
    for (const data of goodAttempt) {
      applyInstallationEvent(state, { t: 0, type: 'action', data: { ...data } });
      const cue = practiceNextStep(state);
      if (cue !== cues.at(-1)) cues.push(cue);
    }
    expect(cues).toEqual([
      'switch-off', 'lock', 'prove', 'test-dead', 'prove-again', 'connect-L', 'torque-L', 'connect-N', 'torque-N',
      'connect-PE', 'torque-E', 'refit-faceplate', 'unlock', 'switch-on', 'socket-test', undefined,
    ]);
  });

  it('cues switching off first when the open socket is live', () => {
    const state = fold([...ppeOn, ...isolate, open, unlockC3, on]);
    expect(practiceNextStep(state)).toBe('switch-off');
  });
});
