// Simulated electricians for demo data and tests: an action log with human timing (seconds between
// actions, seeded jitter) from a skill level and at most one deliberate mistake.
import type { AttemptEvent } from '../rubric/events';
import type { SimulationPlan } from '../rubric/simulation';
import type { ActionData } from './events';
import type { ElectricalParams } from './params';
import type { CircuitId, ConductorId, TerminalId, TestPair } from './installation';
import { createSeededRandom } from '../rubric/seededRandom';

/**
 * expert: every step (100). competent: forgets to prove the tester again (92). careless: proves
 * only after testing dead, overtightens E, forgets the socket test (75.3). novice: never locks the
 * breaker, leaves two terminals loose (46.8). Each runs roughly 2-4 minutes.
 */
export type ElectricalSkill = 'expert' | 'competent' | 'careless' | 'novice';
/** One deliberate error on top of the skill: the six critical errors and four costly slips. */
export type ElectricalMistake =
  | 'touched-live' | 'no-ppe' | 'not-proven-dead' | 'energised-miswired' | 'left-unsafe' | 'wrong-circuit'
  | 'skip-prove' | 'loose-torque' | 'swap-N-PE';

export interface ElectricalHints {
  skill?: ElectricalSkill;
  mistake?: ElectricalMistake;
}

const secondsPerAction: Readonly<Record<ActionData['name'], number>> = {
  ppe: 4, breaker: 5, lock: 8, prove: 6, 'test-dead': 5, faceplate: 14, touch: 1.5, disconnect: 6, connect: 10, torque: 5, 'socket-test': 7,
};
const pace: Readonly<Record<ElectricalSkill, number>> = { expert: 1, competent: 1.15, careless: 0.7, novice: 1.6 };

interface Behaviour {
  ppe: { gloves: boolean; glasses: boolean };
  touchLiveFirst: boolean;
  wrongCircuitFirst: CircuitId | undefined;
  lock: boolean;
  proveFirst: boolean;
  pairs: TestPair[];
  proveAfter: boolean;
  wiring: Record<ConductorId, TerminalId | null>;
  torque: Record<TerminalId, number | 'band'>;
  refit: boolean;
  socketTest: boolean;
}

function behaviour({ skill = 'expert', mistake }: ElectricalHints): Behaviour {
  const b: Behaviour = {
    ppe: { gloves: true, glasses: true },
    touchLiveFirst: false,
    wrongCircuitFirst: undefined,
    lock: skill !== 'novice',
    proveFirst: skill !== 'careless',
    pairs: ['L-N', 'L-E', 'N-E'],
    proveAfter: skill !== 'competent',
    wiring: { L: 'L', N: 'N', PE: 'E' },
    torque: { L: 'band', N: skill === 'novice' ? 0.4 : 'band', E: skill === 'careless' ? 1.2 : skill === 'novice' ? 0.45 : 'band' },
    refit: true,
    socketTest: skill !== 'careless',
  };
  if (mistake === 'touched-live') b.touchLiveFirst = true;
  if (mistake === 'no-ppe') b.ppe.glasses = false;
  if (mistake === 'not-proven-dead') b.pairs = ['L-N', 'L-E'];
  if (mistake === 'energised-miswired') b.wiring.PE = null;
  if (mistake === 'left-unsafe') b.refit = false;
  if (mistake === 'wrong-circuit') b.wrongCircuitFirst = 'C4';
  if (mistake === 'skip-prove') b.proveFirst = b.proveAfter = false;
  if (mistake === 'loose-torque') b.torque = { L: 0.4, N: 0.35, E: 0.45 };
  if (mistake === 'swap-N-PE') b.wiring = { L: 'L', N: 'E', PE: 'N' };
  return b;
}

function plannedActions(b: Behaviour, random: () => number): ActionData[] {
  const actions: ActionData[] = [];
  const add = (...more: ActionData[]): void => void actions.push(...more);
  if (b.ppe.gloves) add({ name: 'ppe', item: 'gloves', worn: true });
  if (b.ppe.glasses) add({ name: 'ppe', item: 'glasses', worn: true });
  if (b.touchLiveFirst) add({ name: 'touch', part: 'terminal' });
  if (b.wrongCircuitFirst) add({ name: 'breaker', circuit: b.wrongCircuitFirst, on: false });
  add({ name: 'breaker', circuit: 'C3', on: false });
  if (b.lock) add({ name: 'lock', circuit: 'C3', applied: true });
  if (b.proveFirst) add({ name: 'prove' });
  for (const pair of b.pairs) add({ name: 'test-dead', pair });
  // The careless electrician proves once, after testing; the standard's order wants it before too.
  if (b.proveAfter) add({ name: 'prove' });
  add({ name: 'faceplate', removed: true });
  for (const conductor of ['L', 'N', 'PE'] as const) add({ name: 'touch', part: conductor }, { name: 'disconnect', conductor });
  for (const conductor of ['L', 'N', 'PE'] as const) {
    const terminal = b.wiring[conductor];
    if (terminal === null) continue;
    const planned = b.torque[terminal];
    // An expert's screwdriver lands within the band: 0.7–0.9 N·m.
    const nm = planned === 'band' ? Math.round((0.7 + random() * 0.2) * 100) / 100 : planned;
    add({ name: 'touch', part: conductor }, { name: 'connect', conductor, terminal }, { name: 'torque', terminal, nm });
  }
  if (!b.refit) return actions;
  add({ name: 'faceplate', removed: false });
  if (b.lock) add({ name: 'lock', circuit: 'C3', applied: false });
  add({ name: 'breaker', circuit: 'C3', on: true });
  if (b.socketTest) add({ name: 'socket-test' });
  if (b.ppe.glasses) add({ name: 'ppe', item: 'glasses', worn: false });
  if (b.ppe.gloves) add({ name: 'ppe', item: 'gloves', worn: false });
  return actions;
}

/** The action log of one simulated attempt (seq from 1, t in ms, strictly increasing). */
export function simulateElectricalIsolation(plan: SimulationPlan<ElectricalParams, ElectricalHints>): AttemptEvent[] {
  const hints = plan.hints ?? {};
  const random = createSeededRandom(plan.seed);
  const speed = pace[hints.skill ?? 'expert'];
  let t = Math.round(1500 + random() * 2500);
  return plannedActions(behaviour(hints), random).map((data, index) => {
    if (index > 0) t += Math.round(secondsPerAction[data.name] * speed * (0.7 + random() * 0.6) * 1000);
    return { seq: index + 1, t, type: 'action', data: { ...data } };
  });
}
