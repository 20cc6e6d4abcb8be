// Builds electrical-isolation logs from action lists for tests: one action every second, and the
// standard's good attempt as named pieces that a test can leave out, reorder or replace.
import type { AttemptEvent } from '../../../../../scenes/rubric/events';
import type { ActionData } from '../../../../../scenes/electrical-isolation';

/** Numbers the actions 1..n at t = 1000, 2000, ... ms (or at the given ts). */
export function log(actions: readonly ActionData[], ts?: readonly number[]): AttemptEvent[] {
  return actions.map((data, index) => ({ seq: index + 1, t: ts?.[index] ?? (index + 1) * 1000, type: 'action', data: { ...data } }));
}

export const ppeOn: ActionData[] = [{ name: 'ppe', item: 'gloves', worn: true }, { name: 'ppe', item: 'glasses', worn: true }];
export const off: ActionData = { name: 'breaker', circuit: 'C3', on: false };
export const lockC3: ActionData = { name: 'lock', circuit: 'C3', applied: true };
export const prove: ActionData = { name: 'prove' };
export const testDead: ActionData[] = [
  { name: 'test-dead', pair: 'L-N' },
  { name: 'test-dead', pair: 'L-E' },
  { name: 'test-dead', pair: 'N-E' },
];
export const isolate: ActionData[] = [off, lockC3, prove, ...testDead, prove];
export const open: ActionData = { name: 'faceplate', removed: true };
export const close: ActionData = { name: 'faceplate', removed: false };
export const disconnectAll: ActionData[] = (['L', 'N', 'PE'] as const).flatMap((conductor): ActionData[] => [
  { name: 'touch', part: conductor },
  { name: 'disconnect', conductor },
]);
export function connect(conductor: 'L' | 'N' | 'PE', terminal: 'L' | 'N' | 'E', nm = 0.8): ActionData[] {
  return [{ name: 'touch', part: conductor }, { name: 'connect', conductor, terminal }, { name: 'torque', terminal, nm }];
}
export const wireRight: ActionData[] = [...connect('L', 'L'), ...connect('N', 'N'), ...connect('PE', 'E')];
export const unlockC3: ActionData = { name: 'lock', circuit: 'C3', applied: false };
export const on: ActionData = { name: 'breaker', circuit: 'C3', on: true };
export const socketTest: ActionData = { name: 'socket-test' };
export const restore: ActionData[] = [close, unlockC3, on, socketTest];

/** The standard's good attempt: 100 points, no critical error. */
export const goodAttempt: ActionData[] = [...ppeOn, ...isolate, open, ...disconnectAll, ...wireRight, ...restore];
