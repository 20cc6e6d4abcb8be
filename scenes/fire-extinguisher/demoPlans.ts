// The demo students' fire-extinguisher practice (server/demo seeds it with the scene's simulate):
// a few attempts each, on fires of every class (the class is drawn from each plan's seed), that
// improve, with the standard's critical errors among them. 30 samples a second keeps the demo
// database small.
import type { DemoPlan } from '../rubric/simulation';
import type { FireHints } from './simulate';

const plan = (seed: number, hints: FireHints): DemoPlan<FireHints> => ({ seed, hints: { sampleRateHz: 30, ...hints } });

// The seed draws the class: 1400 B, 1402 A, 1401 electrical; 1500 electrical, 1504 B, 1501 A;
// 1600 A, 1601 B, 1605 electrical (tests/unit/scenes/fire-extinguisher/simulate.test.ts checks).
export const fireDemoPlans: readonly (readonly DemoPlan<FireHints>[])[] = [
  [
    plan(1400, { skill: 'novice' }),
    plan(1402, { skill: 'competent', mistakes: ['no-alarm'] }),
    plan(1401, { skill: 'expert' }),
  ],
  [
    plan(1500, { skill: 'competent', mistakes: ['water'] }),
    plan(1504, { skill: 'competent', mistakes: ['no-pin'] }),
    plan(1501, { skill: 'expert' }),
  ],
  [
    plan(1600, { skill: 'novice', mistakes: ['give-up'] }),
    plan(1601, { skill: 'competent', mistakes: ['too-close'] }),
    plan(1605, { skill: 'expert' }),
  ],
];
