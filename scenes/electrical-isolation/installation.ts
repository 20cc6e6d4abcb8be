// The installation's state as a pure fold over the learner's actions: which devices are on and
// locked, PPE, the faceplate, where each conductor is fixed, terminal torques, the tester's readings.
// The scorer and the view both fold events with applyInstallationEvent, so they cannot disagree.
import type { ActionData } from './events';
import type { ElectricalStepId } from './steps';
import { circuitIds, readAction } from './events';

export { circuitIds } from './events';
export type CircuitId = (typeof circuitIds)[number];
export type ConductorId = 'L' | 'N' | 'PE';
export type TerminalId = 'L' | 'N' | 'E';
export type TestPair = 'L-N' | 'L-E' | 'N-E';
export type SocketId = 'old' | 'new';

export interface InstallationState {
  breakers: Record<CircuitId, boolean>; // true = on
  locked: Record<CircuitId, boolean>; // padlock + tag applied
  ppe: { gloves: boolean; glasses: boolean };
  faceplateOff: boolean;
  conductors: Record<ConductorId, { socket: SocketId; terminal: TerminalId } | null>; // null = loose
  torque: Record<TerminalId, number | null>; // the new socket's terminals: last torque since its conductor was connected
  live: boolean; // main && C3 on (from breaker events only)
  proved: number; // prove actions so far
  testedDead: Record<TestPair, boolean>; // test-dead done on the pair while not live (cleared when made live again)
  /** a prove done after all three pairs were tested dead (cleared with testedDead) */
  provedAfterTestDead: boolean;
  socketTested: boolean; // plug-in tester used while live (cleared when the circuit goes dead)
}

export const mainsVolts = 230;
/** The standard's torque band for the new socket's terminal screws, N·m, inclusive. */
export const torqueBandNm = { min: 0.6, max: 1.0 } as const;
/** Where each conductor belongs: brown L→L, blue N→N, green/yellow PE→E. */
export const correctTerminal: Readonly<Record<ConductorId, TerminalId>> = { L: 'L', N: 'N', PE: 'E' };
export const conductorOrder: readonly ConductorId[] = ['L', 'N', 'PE'];
export const terminalOrder: readonly TerminalId[] = ['L', 'N', 'E'];
const pairTerminals: Readonly<Record<TestPair, readonly [TerminalId, TerminalId]>> = { 'L-N': ['L', 'N'], 'L-E': ['L', 'E'], 'N-E': ['N', 'E'] };

const allCircuits = <T>(value: T): Record<CircuitId, T> =>
  Object.fromEntries(circuitIds.map((id) => [id, value])) as Record<CircuitId, T>;

/** The installation as the attempt finds it: all on, old socket wired right, faceplate on, nothing locked or worn. */
export function createInstallation(): InstallationState {
  return {
    breakers: allCircuits(true),
    locked: allCircuits(false),
    ppe: { gloves: false, glasses: false },
    faceplateOff: false,
    conductors: { L: { socket: 'old', terminal: 'L' }, N: { socket: 'old', terminal: 'N' }, PE: { socket: 'old', terminal: 'E' } },
    torque: { L: null, N: null, E: null },
    live: true,
    proved: 0,
    testedDead: { 'L-N': false, 'L-E': false, 'N-E': false },
    provedAfterTestDead: false,
    socketTested: false,
  };
}

export function allPairsTestedDead(state: InstallationState): boolean {
  return state.testedDead['L-N'] && state.testedDead['L-E'] && state.testedDead['N-E'];
}

/** True when the conductor is fixed in its own terminal of the new socket. */
export function isOnNewSocketCorrectly(state: InstallationState, conductor: ConductorId): boolean {
  const at = state.conductors[conductor];
  return at !== null && at.socket === 'new' && at.terminal === correctTerminal[conductor];
}

/** Every conductor fixed, all in one socket, each in its own terminal (the untouched old socket counts). */
export function isWiredCorrectly(state: InstallationState): boolean {
  const socket = state.conductors.L?.socket;
  return conductorOrder.every((c) => {
    const at = state.conductors[c];
    return at !== null && at.socket === socket && at.terminal === correctTerminal[c];
  });
}

function conductorOnNewTerminal(state: InstallationState, terminal: TerminalId): boolean {
  return conductorOrder.some((c) => state.conductors[c]?.socket === 'new' && state.conductors[c]?.terminal === terminal);
}

function setLive(state: InstallationState): void {
  const live = state.breakers.main && state.breakers.C3;
  if (live && !state.live) {
    // A proof of dead says nothing once the circuit has been energised again.
    state.testedDead = { 'L-N': false, 'L-E': false, 'N-E': false };
    state.provedAfterTestDead = false;
  }
  if (!live) state.socketTested = false;
  state.live = live;
}

/**
 * Applies one action; returns whether it changed anything physical. Ignored, as in the workshop:
 * switching a padlocked device, locking a device that is on, reaching a conductor or terminal
 * screw while the faceplate is on, connecting a conductor still fixed elsewhere, disconnecting a
 * loose one, torquing a terminal with no conductor in it.
 */
export function applyAction(state: InstallationState, action: ActionData): boolean {
  switch (action.name) {
    case 'ppe':
      if (state.ppe[action.item] === action.worn) return false;
      state.ppe[action.item] = action.worn;
      return true;
    case 'breaker':
      if (state.locked[action.circuit] || state.breakers[action.circuit] === action.on) return false;
      state.breakers[action.circuit] = action.on;
      setLive(state);
      return true;
    case 'lock':
      if (state.locked[action.circuit] === action.applied) return false;
      if (action.applied && state.breakers[action.circuit]) return false;
      state.locked[action.circuit] = action.applied;
      return true;
    case 'prove':
      state.proved += 1;
      if (allPairsTestedDead(state)) state.provedAfterTestDead = true;
      return true;
    case 'test-dead':
      if (state.live) return false;
      state.testedDead[action.pair] = true;
      return true;
    case 'faceplate':
      if (state.faceplateOff === action.removed) return false;
      state.faceplateOff = action.removed;
      return true;
    case 'touch':
      return false;
    case 'disconnect': {
      const at = state.conductors[action.conductor];
      if (!state.faceplateOff || at === null) return false;
      state.conductors[action.conductor] = null;
      if (at.socket === 'new') state.torque[at.terminal] = null;
      return true;
    }
    case 'connect':
      if (!state.faceplateOff || state.conductors[action.conductor] !== null) return false;
      state.conductors[action.conductor] = { socket: 'new', terminal: action.terminal };
      state.torque[action.terminal] = null;
      return true;
    case 'torque':
      if (!state.faceplateOff || !conductorOnNewTerminal(state, action.terminal)) return false;
      state.torque[action.terminal] = action.nm;
      return true;
    case 'socket-test':
      if (!state.live) return false;
      state.socketTested = true;
      return true;
  }
}

/** Folds one event into the state; ignores what is not an action it knows. */
export function applyInstallationEvent(state: InstallationState, event: { t: number; type: string; data: Record<string, unknown> }): void {
  const action = readAction(event);
  if (action) applyAction(state, action);
}

function terminalVolts(state: InstallationState, terminal: TerminalId): number {
  // Only L carries a voltage against N and PE; a terminal with nothing in it floats at 0 V on the tester.
  const l = state.conductors.L;
  return state.live && l !== null && l.terminal === terminal ? mainsVolts : 0;
}

/** Volts the two-pole tester shows across the pair's terminals (230 L-N and L-E when live and wired right). */
export function testerReading(state: InstallationState, pair: TestPair): number {
  const [a, b] = pairTerminals[pair];
  return Math.abs(terminalVolts(state, a) - terminalVolts(state, b));
}

/** What the plug-in tester shows in the fitted socket (the new one once any conductor is on it). */
export function socketTesterResult(state: InstallationState): 'ok' | 'no-power' | 'miswired' {
  const fitted: SocketId = conductorOrder.some((c) => state.conductors[c]?.socket === 'new') ? 'new' : 'old';
  if (!state.live || state.conductors.L?.socket !== fitted) return 'no-power';
  const right = conductorOrder.every((c) => state.conductors[c]?.socket === fitted && state.conductors[c]?.terminal === correctTerminal[c]);
  return right ? 'ok' : 'miswired';
}

export function torqueInBand(nm: number | null): boolean {
  return nm !== null && nm >= torqueBandNm.min && nm <= torqueBandNm.max;
}

/** The device that isolates C3 now: C3 when off, else the main switch when off. */
export function isolatingDevice(state: InstallationState): 'C3' | 'main' | undefined {
  if (!state.breakers.C3) return 'C3';
  if (!state.breakers.main) return 'main';
  return undefined;
}

/**
 * The step a practice cue should point at next (an id of electricalProcedureSteps), from the
 * state alone; undefined once the socket has been replaced, restored and tested.
 */
export function practiceNextStep(state: InstallationState): ElectricalStepId | undefined {
  const untouched = !state.faceplateOff && conductorOrder.every((c) => state.conductors[c]?.socket === 'old');
  if (untouched) {
    if (state.live) return 'switch-off';
    if (!((!state.breakers.C3 && state.locked.C3) || (!state.breakers.main && state.locked.main))) return 'lock';
    if (state.proved === 0) return 'prove';
    if (!allPairsTestedDead(state)) return 'test-dead';
    if (!state.provedAfterTestDead) return 'prove-again';
    return 'connect-L';
  }
  const done = conductorOrder.every((c) => isOnNewSocketCorrectly(state, c));
  // Working on a live socket, or live before the work is done: isolate first, whatever else is left.
  if (state.live && (state.faceplateOff || !done)) return 'switch-off';
  // Each conductor in turn: fix it in its terminal, then tighten that terminal.
  for (const conductor of conductorOrder) {
    if (!isOnNewSocketCorrectly(state, conductor)) return `connect-${conductor}`;
    const terminal = correctTerminal[conductor];
    if (!torqueInBand(state.torque[terminal])) return `torque-${terminal}`;
  }
  if (state.faceplateOff) return 'refit-faceplate';
  if (circuitIds.some((id) => state.locked[id])) return 'unlock';
  if (!state.live) return 'switch-on';
  if (!state.socketTested) return 'socket-test';
  return undefined;
}
