// The view's side of one attempt: the fire exactly as the server folds it. Every alarm press,
// pick, pin pull and nozzle sample is recorded through the page's telemetry and folded at the
// `t` the telemetry stamped it with (applyFireEvent, the standard's model), so the intensity,
// the agent left and the discharge the learner sees are what is scored. A replay folds the
// stored log through the same function. No React, no three.
import { createLogReplayer } from '../../../client/workshop/kit';
import type { LogReplayer, TelemetrySink, WorkshopMode } from '../../../client/workshop/kit';
import type { Agent, FireClass } from '../events';
import { fireClasses } from '../events';
import type { FireState } from '../fire';
import { agentCapacityS, aimPoint, aimedAtBase, applyFireEvent, createFireState, distanceBandM, horizontalDistance, tooCloseM } from '../fire';
import { nozzleSampleIntervalMs } from './layout';
import type { Vec3 } from './layout';

export type NoticeId = 'goCloser' | 'pinFirst' | 'empty' | 'pinPulled' | 'alarmRaised' | 'holdFirst' | 'fireOut' | 'wrongHand';

export interface FireEvent {
  t: number;
  type: string;
  data: Record<string, unknown>;
}

/** Discharging aim points of the last second or so (the sweep cue), a ring of fixed size. */
interface SweepTrail {
  readonly t: Float64Array;
  readonly x: Float64Array;
  n: number;
  head: number;
}

const trailSize = 128;

export interface FireSession {
  readonly mode: WorkshopMode;
  readonly fireClass: FireClass;
  /** the standard's fold over every event recorded (or replayed) so far */
  fire: FireState;
  /** where the learner stands (feet, workshop frame) and faces (yaw, radians; 0 = facing -z) */
  readonly learner: { position: Vec3; yaw: number };
  /** the nozzle as last sampled: tip, unit direction, handle squeezed */
  readonly nozzle: { p: Vec3; d: Vec3; squeeze: boolean };
  /** page clock (performance.now() timebase) of the last nozzle sample recorded; -Infinity before */
  lastSampleMs: number;
  /** nozzle samples recorded (or replayed) */
  samples: number;
  /** events folded */
  applied: number;
  /** t of the last folded event */
  lastT: number;
  readonly trail: SweepTrail;
  notice: NoticeId | null;
  /** bumped on every change the page's overlay shows */
  version: number;
}

/** The fire class from the server's params (start and resume); nothing the client chose. */
export function fireClassFromParams(params: Record<string, unknown>): FireClass | null {
  const value = params.fireClass;
  return typeof value === 'string' && (fireClasses as readonly string[]).includes(value) ? (value as FireClass) : null;
}

export function createFireSession(mode: WorkshopMode, fireClass: FireClass): FireSession {
  return {
    mode,
    fireClass,
    fire: createFireState(fireClass),
    learner: { position: [0, 0, 0], yaw: 0 },
    nozzle: { p: [0, 1, -0.5], d: [0, -0.3, -1], squeeze: false },
    lastSampleMs: -Infinity,
    samples: 0,
    applied: 0,
    lastT: 0,
    trail: { t: new Float64Array(trailSize), x: new Float64Array(trailSize), n: 0, head: 0 },
    notice: null,
    version: 0,
  };
}

/** Back to before the first event (a replay seeking backwards): a fresh fold, the same session object. */
export function resetFireSession(session: FireSession): void {
  session.fire = createFireState(session.fireClass);
  session.lastSampleMs = -Infinity;
  session.samples = 0;
  session.applied = 0;
  session.lastT = 0;
  session.trail.n = 0;
  session.trail.head = 0;
  session.notice = null;
  session.version += 1;
}

/** Folds one event (live or replayed) and keeps what the cues need. */
export function applyEvent(session: FireSession, event: FireEvent): void {
  const wasOut = session.fire.out;
  applyFireEvent(session.fire, event);
  session.applied += 1;
  session.lastT = event.t;
  if (event.type === 'nozzle') {
    session.samples += 1;
    const last = session.fire.lastNozzle;
    if (last) {
      copy3(session.nozzle.p, last.p);
      copy3(session.nozzle.d, last.d);
      session.nozzle.squeeze = last.squeeze;
    }
    const aim = last && session.fire.discharging ? aimPoint(last.p, last.d) : null;
    if (aim) {
      const trail = session.trail;
      trail.t[trail.head] = event.t;
      trail.x[trail.head] = aim[0];
      trail.head = (trail.head + 1) % trailSize;
      trail.n = Math.min(trailSize, trail.n + 1);
    }
  }
  if (!wasOut && session.fire.out) session.notice = 'fireOut';
  session.version += 1;
}

/**
 * Records one event through the page's telemetry and folds it at the t it was stamped with
 * (the server's t); a sink that stamps nothing (a silent one in tests) leaves the page clock.
 */
export function recordEvent(session: FireSession, telemetry: TelemetrySink | null, type: string, data: Record<string, unknown>, atMs: number): void {
  const stamped = telemetry?.record(type, data, atMs);
  applyEvent(session, { t: typeof stamped === 'number' ? stamped : atMs, type, data });
}

export function notify(session: FireSession, notice: NoticeId | null): void {
  if (session.notice === notice) return;
  session.notice = notice;
  session.version += 1;
}

/** Presses the call point (once: the alarm then rings). */
export function pressAlarm(session: FireSession, telemetry: TelemetrySink | null, atMs: number): void {
  if (session.fire.alarmAtMs !== null) return;
  recordEvent(session, telemetry, 'alarm', {}, atMs);
  notify(session, 'alarmRaised');
}

/** Takes `agent` off the rack (the one in hand, if another, goes back: the standard's pick). */
export function pickAgent(session: FireSession, telemetry: TelemetrySink | null, agent: Agent, atMs: number): void {
  recordEvent(session, telemetry, 'pick', { agent }, atMs);
  session.lastSampleMs = -Infinity;
  notify(session, session.fire.agentLeftS[agent] <= 0 ? 'empty' : null);
}

/** Pulls the held extinguisher's safety pin (once). */
export function pullPin(session: FireSession, telemetry: TelemetrySink | null, held: Agent | null, atMs: number): void {
  if (!held) return notify(session, 'holdFirst');
  if (session.fire.pinPulled[held]) return;
  recordEvent(session, telemetry, 'pin', {}, atMs);
  notify(session, 'pinPulled');
}

/** A nozzle reading at `atMs`: recorded and folded when a sample is due (60 a second at most); returns whether it was. */
export function sampleNozzle(session: FireSession, telemetry: TelemetrySink | null, atMs: number, p: readonly number[], d: readonly number[], squeeze: boolean): boolean {
  if (atMs - session.lastSampleMs < nozzleSampleIntervalMs - 0.5) return false;
  session.lastSampleMs = atMs;
  let length = Math.hypot(d[0] ?? 0, d[1] ?? 0, d[2] ?? 0);
  // A direction of no length (the aim on the tip itself) points straight ahead and down instead.
  const dir = length > 1e-6 ? d : fallbackDirection;
  if (!(length > 1e-6)) length = Math.hypot(...fallbackDirection);
  // Fresh arrays per event: the outbox keeps them until the server acknowledges.
  const data = { p: [round(p[0] ?? 0), round(p[1] ?? 0), round(p[2] ?? 0)], d: [(dir[0] ?? 0) / length, (dir[1] ?? 0) / length, (dir[2] ?? 0) / length], squeeze };
  recordEvent(session, telemetry, 'nozzle', data, atMs);
  const held = session.fire.held;
  if (squeeze && held) {
    if (!session.fire.pinPulled[held]) notify(session, 'pinFirst');
    else if (session.fire.agentLeftS[held] <= 0) notify(session, 'empty');
    else if (session.notice === 'pinFirst' || session.notice === 'pinPulled') notify(session, null);
  }
  return true;
}

const fallbackDirection = [0, -0.3, -1] as const;

function round(value: number): number {
  return Math.round(value * 10000) / 10000;
}

function copy3(out: Vec3, from: readonly number[]): void {
  out[0] = from[0] ?? 0;
  out[1] = from[1] ?? 0;
  out[2] = from[2] ?? 0;
}

export type DistanceCue = 'too-close' | 'near' | 'ok' | 'far';

export interface FireCues {
  /** horizontal distance of the nozzle from the fire's centre, metres */
  distance: number;
  band: DistanceCue;
  /** the last sample aimed at the base (null: no aim point: pointing level or up) */
  aimedAtBase: boolean | null;
  /** over the last second of discharge the aim swept at least 0.3 m across (null: not discharging long enough) */
  sweeping: boolean | null;
  /** seconds of agent left in the extinguisher in hand (null: none in hand) */
  agentLeftS: number | null;
  discharging: boolean;
}

/** The distance band's reading: under 1 m is the standard's critical too-close. */
export function distanceCue(distance: number): DistanceCue {
  if (distance < tooCloseM) return 'too-close';
  if (distance < distanceBandM.min) return 'near';
  if (distance <= distanceBandM.max) return 'ok';
  return 'far';
}

/** The x span (m) of the discharging aim points of the last second, and how much of that second they cover (ms). */
export function sweepSpan(trail: SweepTrail, nowT: number): { spanM: number; coveredMs: number } {
  let minX = Infinity;
  let maxX = -Infinity;
  let oldest = Infinity;
  for (let k = 0; k < trail.n; k += 1) {
    const i = (trail.head - 1 - k + trailSize) % trailSize;
    const t = trail.t[i]!;
    if (nowT - t > 1000) break;
    oldest = t;
    minX = Math.min(minX, trail.x[i]!);
    maxX = Math.max(maxX, trail.x[i]!);
  }
  return Number.isFinite(oldest) ? { spanM: maxX - minX, coveredMs: nowT - oldest } : { spanM: 0, coveredMs: 0 };
}

/** Whether the discharge of the last second swept across (the standard's 0.3 m per 1 s window); null before half a second of it. */
export function sweepCue(trail: SweepTrail, nowT: number): boolean | null {
  const { spanM, coveredMs } = sweepSpan(trail, nowT);
  return coveredMs < 500 ? null : spanM >= 0.3;
}

/** The practice cues now; none in an exam. */
export function fireCues(session: FireSession, held: Agent | null): FireCues | null {
  if (session.mode !== 'practice') return null;
  const p = session.nozzle.p;
  const distance = held ? horizontalDistance(p) : horizontalDistance(session.learner.position);
  const aim = held ? aimPoint(session.nozzle.p, session.nozzle.d) : null;
  const discharging = held !== null && session.fire.discharging;
  return {
    distance,
    band: distanceCue(distance),
    aimedAtBase: held && aim ? aimedAtBase(session.nozzle.p, session.nozzle.d) : null,
    sweeping: discharging ? sweepCue(session.trail, session.lastT) : null,
    agentLeftS: held ? session.fire.agentLeftS[held] : null,
    discharging,
  };
}

/** The share of an extinguisher's agent left, 0..1. */
export function agentShare(session: FireSession, agent: Agent): number {
  return Math.max(0, Math.min(1, session.fire.agentLeftS[agent] / agentCapacityS));
}

/**
 * The kit's log replayer over this session: seeking folds the stored log forward through the
 * live code path, or from the start when seeking back; the state at a time depends only on the log.
 */
export function createFireReplayer(session: FireSession, events: readonly FireEvent[]): LogReplayer {
  return createLogReplayer(events, { reset: () => resetFireSession(session), apply: (event) => applyEvent(session, event) });
}

