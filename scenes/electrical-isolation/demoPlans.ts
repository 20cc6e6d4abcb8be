// The demo students' electrical practice (server/demo seeds it with the scene's simulate): a few
// attempts each that improve, one of them with a critical error.
import type { DemoPlan } from '../rubric/simulation';
import type { ElectricalHints } from './simulate';

export const electricalDemoPlans: readonly (readonly DemoPlan<ElectricalHints>[])[] = [
  [
    { seed: 1101, hints: { skill: 'novice' } },
    { seed: 1102, hints: { skill: 'careless', mistake: 'no-ppe' } },
    { seed: 1103, hints: { skill: 'competent' } },
  ],
  [
    { seed: 1201, hints: { skill: 'careless' } },
    { seed: 1202, hints: { skill: 'competent', mistake: 'loose-torque' } },
    { seed: 1203, hints: { skill: 'expert' } },
  ],
  [
    { seed: 1301, hints: { skill: 'competent', mistake: 'wrong-circuit' } },
    { seed: 1302, hints: { skill: 'expert' } },
  ],
];
