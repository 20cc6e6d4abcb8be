// The demo students' welding practice (server/demo seeds them with the scene's simulate): hands
// that improve over a few attempts, 20 samples a second to keep the demo database small.
import type { DemoPlan } from '../rubric/simulation';
import type { SimulatedWeldOptions } from './simulatedWelder';

const plan = (seed: number, hints: SimulatedWeldOptions): DemoPlan<SimulatedWeldOptions> => ({ seed, hints: { sampleRateHz: 20, ...hints } });

export const weldingDemoPlans: readonly (readonly DemoPlan<SimulatedWeldOptions>[])[] = [
  [
    plan(11, { unsteadiness: 2.2, travelSpeedMmPerS: 9.5, contactTipToWorkDistanceMm: 15 }),
    plan(12, { unsteadiness: 1.6, travelSpeedMmPerS: 8.2 }),
    plan(13, { unsteadiness: 1.1, workAngleDeg: 6 }),
    plan(14, { unsteadiness: 0.8 }),
  ],
  [
    plan(21, { unsteadiness: 1.4, wearPpe: false }),
    plan(22, { unsteadiness: 1.2, aimOffsetMm: 1.8 }),
    plan(23, { unsteadiness: 0.9, travelAngleDeg: 13 }),
  ],
  [
    plan(31, { unsteadiness: 2.5, torchSampleCount: 300 }),
    plan(32, { unsteadiness: 2.0, travelSpeedMmPerS: 3.2 }),
    plan(33, { unsteadiness: 1.8, workAngleDeg: 11 }),
  ],
];
