// Synthetic welding attempts for tests, benchmarks and load generators: a welder who puts on
// PPE and lays passes along the seam, with seeded, realistic wander and jitter. Not used by scoring.
import type { AttemptEvent } from '../rubric/events';
import { createGaussianNoise, createSeededRandom } from '../rubric/seededRandom';
import { plateSurfaceY, seamCentreZ, seamEndX, seamStartX } from './geometry';

export interface SimulatedWeldOptions {
  /** @default 1 */
  seed?: number;
  /** Torch samples per second. @default 60 */
  sampleRateHz?: number;
  /** @default 6 */
  travelSpeedMmPerS?: number;
  /** Push angle. @default 10 */
  travelAngleDeg?: number;
  /** Lean across the seam. @default 0 */
  workAngleDeg?: number;
  /** @default 11 */
  contactTipToWorkDistanceMm?: number;
  /** Work point's offset from the seam centre line, along +Z. @default 0 */
  aimOffsetMm?: number;
  /** 0 is a perfect robot; 1 a steady student (slow wander plus hand tremor). @default 0 */
  unsteadiness?: number;
  /** Keep laying passes (arc off and back to the start between them) until this t. @default one pass */
  durationMs?: number;
  /** Keep laying passes until this many torch samples were taken. @default one pass */
  torchSampleCount?: number;
  /** Put on helmet and gloves first. @default true */
  wearPpe?: boolean;
}

/** How far before the seam start and past its end each pass runs, metres. */
const runOut = 0.002;
/** Arc-off time between passes, lifting the torch back to the start. */
const returnMs = 1500;
const startT = 500;

export function simulateWeld(options: SimulatedWeldOptions = {}): AttemptEvent[] {
  const random = createSeededRandom(options.seed ?? 1);
  const gaussian = createGaussianNoise(random);
  const rateHz = options.sampleRateHz ?? 60;
  const speed = (options.travelSpeedMmPerS ?? 6) / 1e6; // metres per ms
  const unsteadiness = options.unsteadiness ?? 0;
  const events: AttemptEvent[] = [];
  const emit = (t: number, type: string, data: Record<string, unknown>) =>
    events.push({ seq: events.length + 1, t: Math.round(t * 1000) / 1000, type, data });

  if (options.wearPpe ?? true) {
    emit(0, 'ppe', { item: 'helmet', worn: true });
    emit(0, 'ppe', { item: 'gloves', worn: true });
  }
  emit(startT, 'grab', { tool: 'torch' });

  // Slow wander: a few seconds' sway per parameter, each with its own phase.
  const phase = Array.from({ length: 5 }, () => random() * 2 * Math.PI);
  const sway = (i: number, t: number, periodMs: number) => Math.sin((2 * Math.PI * t) / periodMs + phase[i]!);
  const endT = options.durationMs ?? Number.POSITIVE_INFINITY;
  const maxSamples = options.torchSampleCount ?? Number.POSITIVE_INFINITY;
  const onePass = options.durationMs === undefined && options.torchSampleCount === undefined;
  const interval = 1000 / rateHz;

  let t = startT;
  let x = seamStartX - runOut;
  let returning = 0; // ms left of the arc-off return
  let lastPass = false;
  for (let samples = 0; samples < maxSamples; samples += 1) {
    // Frame times jitter by a few percent, as a headset's do.
    t += interval * (1 + gaussian(0.03 * Math.min(unsteadiness, 1)));
    if (t >= endT) break;
    const travelAngle = (options.travelAngleDeg ?? 10) + unsteadiness * (2.5 * sway(0, t, 4100) + gaussian(1.5));
    const workAngle = (options.workAngleDeg ?? 0) + unsteadiness * (3 * sway(1, t, 5300) + gaussian(1.5));
    const ctwd = ((options.contactTipToWorkDistanceMm ?? 11) + unsteadiness * (1.5 * sway(2, t, 3700) + gaussian(0.5))) / 1000;
    const aim = ((options.aimOffsetMm ?? 0) + unsteadiness * (0.8 * sway(3, t, 6100) + gaussian(0.3))) / 1000;
    const arc = returning <= 0;
    if (arc) x += speed * interval * (1 + unsteadiness * 0.15 * sway(4, t, 2900));
    else {
      returning -= interval;
      x -= ((seamEndX - seamStartX + 2 * runOut) / returnMs) * interval;
    }

    const tanTravel = Math.tan((travelAngle * Math.PI) / 180);
    const tanWork = Math.tan((workAngle * Math.PI) / 180);
    const down = 1 / Math.hypot(1, tanTravel, tanWork);
    const d: [number, number, number] = [tanTravel * down, -down, tanWork * down];
    const lift = arc ? 0 : 0.03; // the torch is raised off the plate on the way back
    const tremor = unsteadiness * gaussian(0.15) / 1000; // hand tremor along the seam
    const w = [x + tremor, plateSurfaceY, seamCentreZ + aim];
    emit(t, 'torch', { p: [w[0]! - d[0] * ctwd, w[1]! - d[1] * ctwd + lift, w[2]! - d[2] * ctwd], d, arc });

    if (arc && x > seamEndX + runOut) {
      if (onePass) lastPass = true;
      returning = returnMs;
    }
    if (lastPass) break;
  }
  // The pass ends with the trigger released, as a real one does.
  const last = events[events.length - 1]!;
  if (onePass && last.type === 'torch' && last.data.arc === true) emit(last.t + interval, 'torch', { ...last.data, arc: false });
  return events;
}
