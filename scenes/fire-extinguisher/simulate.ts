// Simulated learners for demo data, benchmarks and tests: raise the alarm, take an extinguisher
// from the rack, pull the pin, walk to a stance and discharge at the base with a sweep until the
// fire is out (watched through the same fold the scorer runs) or the extinguisher is empty, then
// watch a moment. Seeded: the same plan always gives the same log. Not used by scoring.
import type { AttemptEvent } from '../rubric/events';
import type { SimulationPlan } from '../rubric/simulation';
import type { Agent, FireClass, Vec3 } from './events';
import type { FireParams } from './params';
import { createGaussianNoise, createSeededRandom } from '../rubric/seededRandom';
import { applyFireEvent, createFireState, fireGeometry } from './fire';

/**
 * expert: the best extinguisher, 2.0–2.4 m, steady aim, a wide sweep (100 on every class).
 * competent: a right extinguisher, near the band's far edge, a looser aim and a narrower sweep.
 * novice: a second-best extinguisher where there is one (CO2 on B, powder on electrical), stands
 * beyond 3 m, aims loosely and hardly sweeps.
 */
export type FireSkill = 'expert' | 'competent' | 'novice';
/**
 * water: takes the water extinguisher whatever burns (wrong-agent on B and electrical).
 * too-close: starts discharging 0.8 m from the fire, then steps back. no-alarm: never presses
 * the call point. no-pin: squeezes before pulling the pin. give-up: stops after about 2 s.
 */
export type FireMistake = 'water' | 'too-close' | 'no-alarm' | 'no-pin' | 'give-up';

export interface FireHints {
  skill?: FireSkill;
  mistakes?: readonly FireMistake[];
  /** Take this extinguisher instead of the skill's choice. */
  agent?: Agent;
  /** Nozzle samples per second (the standard allows 30–90). @default 60 */
  sampleRateHz?: number;
}

interface Style {
  /** stance distance from C and its spread, m */
  distance: number;
  distanceSpread: number;
  /** sweep half-width (m) and period (ms) */
  sweepAmplitude: number;
  sweepPeriodMs: number;
  /** a slow wander of the aim along z (m) around a constant error (m, + towards the learner: at the flames) */
  aimWander: number;
  aimShortBy: number;
}

const styles: Readonly<Record<FireSkill, Style>> = {
  expert: { distance: 2.2, distanceSpread: 0.1, sweepAmplitude: 0.25, sweepPeriodMs: 1400, aimWander: 0.05, aimShortBy: 0 },
  competent: { distance: 2.9, distanceSpread: 0.12, sweepAmplitude: 0.18, sweepPeriodMs: 1700, aimWander: 0.2, aimShortBy: 0.1 },
  novice: { distance: 3.2, distanceSpread: 0.1, sweepAmplitude: 0.07, sweepPeriodMs: 2000, aimWander: 0.35, aimShortBy: 0.3 },
};

const bestAgents: Readonly<Record<FireClass, readonly Agent[]>> = { A: ['water', 'foam', 'powder'], B: ['foam', 'powder'], electrical: ['co2'] };
const secondBest: Readonly<Record<FireClass, Agent>> = { A: 'powder', B: 'co2', electrical: 'powder' };

const walkSpeedMPerMs = 1.1 / 1000;
const nozzleHeight = 1.0;
/** The nozzle is held this far ahead of the body (m). */
const nozzleAhead = 0.3;

function chooseAgent(fireClass: FireClass, hints: FireHints, random: () => number): Agent {
  if (hints.agent) return hints.agent;
  if (hints.mistakes?.includes('water')) return 'water';
  if (hints.skill === 'novice') return secondBest[fireClass];
  const choices = bestAgents[fireClass];
  return choices[Math.floor(random() * choices.length)] ?? choices[0]!;
}

function normalise(v: Vec3): Vec3 {
  const length = Math.hypot(v[0], v[1], v[2]);
  return [v[0] / length, v[1] / length, v[2] / length];
}

const round = (n: number, digits = 4): number => Math.round(n * 10 ** digits) / 10 ** digits;

/** The event log of one simulated attempt (seq from 1, t in whole ms, non-decreasing). */
export function simulateFireExtinguisher(plan: SimulationPlan<FireParams, FireHints>): AttemptEvent[] {
  const hints = plan.hints ?? {};
  const mistakes = new Set(hints.mistakes ?? []);
  const style = styles[hints.skill ?? 'expert'];
  const random = createSeededRandom(plan.seed);
  const gaussian = createGaussianNoise(random);
  const stepMs = 1000 / (hints.sampleRateHz ?? 60);
  const fire = createFireState(plan.params.fireClass);
  const events: AttemptEvent[] = [];
  let t = Math.round(1200 + random() * 1500);
  const emit = (type: string, data: Record<string, unknown>): void => {
    const event = { seq: events.length + 1, t, type, data };
    applyFireEvent(fire, event);
    events.push(event);
  };
  const walk = (from: Vec3, to: Vec3): void => {
    t += Math.round(Math.hypot(to[0] - from[0], to[2] - from[2]) / walkSpeedMPerMs * (0.85 + random() * 0.3));
  };
  const { centre, rack, callPoint, start } = fireGeometry;
  let here: Vec3 = start;

  if (!mistakes.has('no-alarm')) {
    walk(here, callPoint);
    here = [callPoint[0] - 0.4, 0, callPoint[2]];
    emit('alarm', {});
  }
  walk(here, rack);
  here = [rack[0] + 0.4, 0, rack[2]];
  emit('pick', { agent: chooseAgent(plan.params.fireClass, hints, random) });
  t += Math.round(600 + random() * 600);

  // The stance: on a line from C a little towards the rack side, the nozzle (held 0.3 m ahead of
  // the body) at the style's distance.
  const distance = style.distance + gaussian(style.distanceSpread);
  const bearing = -0.25 + random() * 0.3; // radians off the +z axis, towards the rack
  const stanceAt = (d: number): Vec3 => [centre[0] + Math.sin(bearing) * (d + nozzleAhead), 0, centre[2] + Math.cos(bearing) * (d + nozzleAhead)];
  const phase = random() * 2 * Math.PI;
  const wanderPhase = random() * 2 * Math.PI;
  let sampleT = t;
  /** One nozzle sample at `sampleT`, the learner at `body`; squeezing and aiming when `discharge`. */
  const sample = (body: Vec3, squeeze: boolean, sinceMs: number): void => {
    const p: Vec3 = [body[0] - Math.sin(bearing) * nozzleAhead, nozzleHeight + gaussian(0.01), body[2] - Math.cos(bearing) * nozzleAhead];
    const sweepX = style.sweepAmplitude * Math.sin((2 * Math.PI * sinceMs) / style.sweepPeriodMs + phase);
    const wanderZ = style.aimWander * Math.sin((2 * Math.PI * sinceMs) / 2900 + wanderPhase);
    const target: Vec3 = [centre[0] + sweepX + gaussian(0.01), fireGeometry.aimPlaneY, centre[2] + style.aimShortBy + wanderZ + gaussian(0.01)];
    const d = normalise(squeeze ? [target[0] - p[0], target[1] - p[1], target[2] - p[2]] : [0, -0.6, -0.8]);
    t = Math.round(sampleT);
    emit('nozzle', { p: p.map((v) => round(v)), d: d.map((v) => round(v, 6)), squeeze });
    sampleT += stepMs * (0.9 + random() * 0.2);
  };

  // Walk to the stance (or too close), carrying the extinguisher, nozzle down.
  const approach = mistakes.has('too-close') ? 0.8 : distance;
  const from = here;
  const to = stanceAt(approach);
  const walkMs = Math.hypot(to[0] - from[0], to[2] - from[2]) / walkSpeedMPerMs;
  const pinAfterMs = mistakes.has('no-pin') ? Number.POSITIVE_INFINITY : 300;
  let pinned = false;
  const walkStart = sampleT;
  while (sampleT - walkStart < walkMs) {
    const since = sampleT - walkStart;
    if (!pinned && since >= pinAfterMs) {
      t = Math.round(sampleT);
      emit('pin', {});
      pinned = true;
    }
    const f = since / walkMs;
    sample([from[0] + (to[0] - from[0]) * f, 0, from[2] + (to[2] - from[2]) * f], false, 0);
  }
  here = to;

  // Discharge. A forgotten pin: squeeze 0.5 s in vain, then pull it.
  const dischargeStart = sampleT;
  if (mistakes.has('no-pin')) while (sampleT - dischargeStart < 500) sample(here, true, sampleT - dischargeStart);
  if (!pinned) {
    t = Math.round(sampleT);
    emit('pin', {});
  }
  const giveUpAfterMs = mistakes.has('give-up') ? 2000 : Number.POSITIVE_INFINITY;
  const limitMs = 20_000;
  for (;;) {
    const since = sampleT - dischargeStart;
    // Too close: back off to the stance after 1 s.
    if (mistakes.has('too-close') && since > 1000) here = stanceAt(distance);
    sample(here, true, since);
    if (fire.out || !fire.discharging || since > giveUpAfterMs || since > limitMs) break;
  }
  // Watch the fire (or what is left of it) for a moment, nozzle down.
  const watchUntil = sampleT + 1000 + random() * 800;
  while (sampleT < watchUntil) sample(here, false, 0);
  return events;
}
