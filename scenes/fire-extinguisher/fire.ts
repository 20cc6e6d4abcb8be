// The fire and the extinguishers as one pure fold over the attempt's events, exactly the
// standard's model: the scorer folds the log with applyFireEvent and the view folds the same
// events live with it, so what the learner sees (flames, smoke, discharge, agent left) is what
// is scored.
//
// Arithmetic: times are the events' `t` in ms; the fire's intensity is kept in millionths and
// the k table in millionths per ms (integers), so for integer `t` the whole fold is exact
// integer arithmetic — a fire that the table says goes out after 4.000 s does, not one sample
// later because 40 × 0.025 summed to 1e-17 above zero.
import type { Agent, FireClass, NozzleData, Vec3 } from './events';
import type { ToleranceBand } from '../rubric/tolerance';
import { agents, isEmptyData, readNozzle, readPick } from './events';

export type { Agent, FireClass, Vec3 } from './events';
export { agents, fireClasses } from './events';

/** Where things stand in the workshop (world frame, metres; floor y = 0). */
export const fireGeometry = {
  /** C, the centre of the fire's base disc. */
  centre: [0, 0, -3] as Vec3,
  baseRadius: 0.4,
  /** Aiming "at the base" means at this plane… */
  aimPlaneY: 0.2,
  /** …within this horizontal distance of C. */
  aimRadius: 0.5,
  rack: [-1.5, 0, -0.5] as Vec3,
  callPoint: [1.5, 1.4, 0] as Vec3,
  start: [0, 0, 0] as Vec3,
} as const;

/** Seconds of discharge each extinguisher holds. */
export const agentCapacityS = 12;
const agentCapacityMs = agentCapacityS * 1000;

/** A nozzle sample's interval is capped at this (ms): a dropped-frame gap is not seconds of work. */
export const maxSampleIntervalMs = 200;

/** Horizontal distance from C (m) over which a discharge knocks the fire down, inclusive. */
export const effectiveRangeM = { min: 1.0, max: 3.5 } as const;
/** The standard's good distance band (m), inclusive: the `distance` criterion and the practice cue. */
export const distanceBandM = { min: 1.5, max: 3.0 } as const;
/**
 * The measured parameters' bands (review plots; the view's practice cues with cueForBand): the
 * nozzle's horizontal distance from C, and the aim point's (never negative: bounded above only).
 */
export const fireTolerances: Readonly<Record<'distance' | 'aim', ToleranceBand>> = {
  distance: { min: distanceBandM.min, max: distanceBandM.max, ideal: (distanceBandM.min + distanceBandM.max) / 2, unit: 'm' },
  aim: { min: null, max: fireGeometry.aimRadius, ideal: 0, unit: 'm' },
};
/** A discharging sample closer than this (m) is the `too-close` critical error. */
export const tooCloseM = 1.0;

/** Intensity regained per second over a nozzle interval that does not knock the fire down. */
export const regrowthPerS = 0.03;

/** k, intensity knocked down per second of aimed discharge within range: extinguishRate[agent][fireClass]. */
export const extinguishRate: Readonly<Record<Agent, Readonly<Record<FireClass, number>>>> = {
  water: { A: 0.25, B: 0, electrical: 0 },
  foam: { A: 0.25, B: 0.25, electrical: 0 },
  co2: { A: 0.05, B: 0.15, electrical: 0.25 },
  powder: { A: 0.2, B: 0.25, electrical: 0.2 },
};

/** The `agent` criterion's score by the first discharging sample's agent. */
export const agentScore: Readonly<Record<FireClass, Readonly<Record<Agent, number>>>> = {
  A: { water: 1, foam: 1, powder: 1, co2: 0.4 },
  B: { foam: 1, powder: 1, co2: 0.7, water: 0 },
  electrical: { co2: 1, powder: 0.8, water: 0, foam: 0 },
};

/** The `wrong-agent` critical error: water on a B or electrical fire, foam on an electrical fire. */
export function isWrongAgent(agent: Agent, fireClass: FireClass): boolean {
  return (agent === 'water' && fireClass !== 'A') || (agent === 'foam' && fireClass === 'electrical');
}

/** Bounds are inclusive, with this much slack for floating-point rounding (as scenes/rubric/tolerance). */
export const geometrySlack = 1e-9;

/** Intensity 1.0 in the fold's integer units. */
export const fullIntensity = 1_000_000;
// Per-ms rates in millionths of intensity: k·1000 (0.25/s = 250 per ms), an integer for every entry.
const knockdownPerMs: Readonly<Record<Agent, Readonly<Record<FireClass, number>>>> = Object.fromEntries(
  agents.map((agent) => [
    agent,
    { A: Math.round(extinguishRate[agent].A * 1000), B: Math.round(extinguishRate[agent].B * 1000), electrical: Math.round(extinguishRate[agent].electrical * 1000) },
  ]),
) as Record<Agent, Record<FireClass, number>>;
const regrowthPerMs = Math.round(regrowthPerS * 1000);

/** |(p.x, p.z) − (C.x, C.z)|, metres. */
export function horizontalDistance(p: Vec3): number {
  return Math.hypot(p[0] - fireGeometry.centre[0], p[2] - fireGeometry.centre[2]);
}

/** Where the ray p + s·d (s > 0) meets the plane y = 0.2, as [x, z]; null when d.y >= 0 or the plane is behind. */
export function aimPoint(p: Vec3, d: Vec3): [number, number] | null {
  if (!(d[1] < 0)) return null;
  const s = (fireGeometry.aimPlaneY - p[1]) / d[1];
  if (!(s > 0)) return null;
  return [p[0] + s * d[0], p[2] + s * d[2]];
}

/** Horizontal distance of an aim point [x, z] from C (the `aim` plot's value), metres. */
export function aimOffset(aim: readonly [number, number]): number {
  return Math.hypot(aim[0] - fireGeometry.centre[0], aim[1] - fireGeometry.centre[2]);
}

function isAimOnBase(aim: readonly [number, number] | null): boolean {
  return aim !== null && aimOffset(aim) <= fireGeometry.aimRadius + geometrySlack;
}

/** Aimed at the base: the aim point exists and lies within 0.5 m of C horizontally. */
export function aimedAtBase(p: Vec3, d: Vec3): boolean {
  return isAimOnBase(aimPoint(p, d));
}

export function isInBand(band: { readonly min: number; readonly max: number }, value: number): boolean {
  return value >= band.min - geometrySlack && value <= band.max + geometrySlack;
}

/** One nozzle sample as the fold classified it when it arrived. */
export interface NozzleSample {
  t: number;
  p: Vec3;
  d: Vec3;
  squeeze: boolean;
  /** The extinguisher held when the sample arrived (null: none). */
  agent: Agent | null;
  /** squeeze, an extinguisher held, its pin pulled and agent left in it. */
  discharging: boolean;
  /** Aim point on the plane y = 0.2, [x, z]; null when there is none. */
  aim: [number, number] | null;
  /** Aim point within 0.5 m of C. */
  aimed: boolean;
  /** Horizontal distance from C, metres. */
  dist: number;
}

export interface FireState {
  /** The server's class; the fold never changes it. */
  readonly fireClass: FireClass;
  /** 0..1; 0 once out. */
  intensity: number;
  /** The same intensity in millionths (the fold's exact integer units). */
  intensityMicro: number;
  /** Out for good, the first time intensity reached 0. */
  out: boolean;
  /** When it went out: t_i + dt_i of the interval that put it out, ms. */
  outAtMs: number | null;
  /** t of the first alarm event. */
  alarmAtMs: number | null;
  /** The alarm was pressed before the first discharging sample (or with no discharge yet). */
  alarmBeforeDischarge: boolean;
  held: Agent | null;
  /** Per extinguisher; kept when it is put back and picked again. */
  pinPulled: Record<Agent, boolean>;
  /** Seconds of discharge left, per extinguisher (12 → 0); kept when it is put back. */
  agentLeftS: Record<Agent, number>;
  /** Milliseconds of discharge spent, per extinguisher (the exact figure agentLeftS comes from). */
  agentUsedMs: Record<Agent, number>;
  /** The last nozzle sample's classification. */
  discharging: boolean;
  /** The last nozzle sample, whose interval is still open. */
  lastNozzle: NozzleSample | null;
  firstDischarge: { t: number; agent: Agent } | null;
  /** Some nozzle sample had squeeze true with the held extinguisher's pin in (the `pin` criterion fails). */
  squeezedWithPinIn: boolean;
  /** Settled discharge time, ms: the sum of dt_i over discharging samples whose interval is known. */
  dischargeMs: number;
  /** t of the last event folded (any type); null before the first. */
  lastEventT: number | null;
}

const perAgent = <T>(value: T): Record<Agent, T> => ({ water: value, foam: value, co2: value, powder: value });

export function createFireState(fireClass: FireClass): FireState {
  return {
    fireClass,
    intensity: 1,
    intensityMicro: fullIntensity,
    out: false,
    outAtMs: null,
    alarmAtMs: null,
    alarmBeforeDischarge: false,
    held: null,
    pinPulled: perAgent(false),
    agentLeftS: perAgent(agentCapacityS),
    agentUsedMs: perAgent(0),
    discharging: false,
    lastNozzle: null,
    firstDischarge: null,
    squeezedWithPinIn: false,
    dischargeMs: 0,
    lastEventT: null,
  };
}

/** Hears each nozzle sample twice: when it arrives (classified) and when its interval is known. */
export interface FireObserver {
  /** A nozzle sample arrived; `state` already holds it as lastNozzle (the previous one is settled). */
  sample?(sample: NozzleSample, state: FireState): void;
  /** The sample's interval dt (ms, capped at 200) is known: the fire and the agent have been updated. */
  settle?(sample: NozzleSample, dtMs: number, state: FireState): void;
}

export interface FireEvent {
  t: number;
  type: string;
  data: Record<string, unknown>;
}

/** The fire and the agent over sample's interval of dtMs, once the next nozzle sample gives it. */
function settle(state: FireState, sample: NozzleSample, dtMs: number): void {
  if (sample.discharging && sample.agent !== null) {
    // **Choice**: the sample's full dt counts (as discharge time and against the fire) even when
    // less agent was left; the extinguisher's store bottoms out at 0 and the next sample is not
    // discharging. The overrun is at most one interval (≤ 200 ms).
    const used = Math.min(agentCapacityMs, state.agentUsedMs[sample.agent] + dtMs);
    state.agentUsedMs[sample.agent] = used;
    state.agentLeftS[sample.agent] = (agentCapacityMs - used) / 1000;
    state.dischargeMs += dtMs;
  }
  if (state.out) return;
  if (sample.discharging && sample.agent !== null && sample.aimed && isInBand(effectiveRangeM, sample.dist)) {
    // k may be 0 (water on B): the fire neither falls nor grows over that interval.
    state.intensityMicro -= knockdownPerMs[sample.agent][state.fireClass] * dtMs;
    if (state.intensityMicro <= 0) {
      state.intensityMicro = 0;
      state.out = true;
      state.outAtMs = sample.t + dtMs;
    }
  } else {
    state.intensityMicro = Math.min(fullIntensity, state.intensityMicro + regrowthPerMs * dtMs);
  }
  state.intensity = state.intensityMicro / fullIntensity;
}

function applyNozzle(state: FireState, t: number, nozzle: NozzleData, observer: FireObserver | undefined): void {
  const previous = state.lastNozzle;
  if (previous !== null) {
    const dtMs = Math.min(Math.max(0, t - previous.t), maxSampleIntervalMs);
    settle(state, previous, dtMs);
    observer?.settle?.(previous, dtMs, state);
  }
  const agent = state.held;
  const pinned = agent !== null && !state.pinPulled[agent];
  if (nozzle.squeeze && pinned) state.squeezedWithPinIn = true;
  const discharging = nozzle.squeeze && agent !== null && !pinned && state.agentUsedMs[agent] < agentCapacityMs;
  const aim = aimPoint(nozzle.p, nozzle.d);
  const sample: NozzleSample = {
    t,
    p: nozzle.p,
    d: nozzle.d,
    squeeze: nozzle.squeeze,
    agent,
    discharging,
    aim,
    aimed: isAimOnBase(aim),
    dist: horizontalDistance(nozzle.p),
  };
  if (discharging && state.firstDischarge === null) state.firstDischarge = { t, agent };
  state.discharging = discharging;
  state.lastNozzle = sample;
  observer?.sample?.(sample, state);
}

/**
 * Folds one event into the state, in log order (t non-decreasing). Unknown types and malformed
 * data change nothing but lastEventT. Cheap: one small object per nozzle sample.
 */
export function applyFireEvent(state: FireState, event: FireEvent, observer?: FireObserver): void {
  state.lastEventT = event.t;
  switch (event.type) {
    case 'nozzle': {
      const nozzle = readNozzle(event.data);
      if (nozzle) applyNozzle(state, event.t, nozzle, observer);
      return;
    }
    case 'pick': {
      // Any held extinguisher goes back to the rack with its pin and agent as they are.
      const agent = readPick(event.data);
      if (agent) state.held = agent;
      return;
    }
    case 'pin':
      if (isEmptyData(event.data) && state.held !== null) state.pinPulled[state.held] = true;
      return;
    case 'alarm':
      if (isEmptyData(event.data) && state.alarmAtMs === null) {
        state.alarmAtMs = event.t;
        state.alarmBeforeDischarge = state.firstDischarge === null;
      }
      return;
    default:
      return;
  }
}

/** Folds a whole log from a fresh state. */
export function foldFire(fireClass: FireClass, events: Iterable<FireEvent>, observer?: FireObserver): FireState {
  const state = createFireState(fireClass);
  for (const event of events) applyFireEvent(state, event, observer);
  return state;
}
