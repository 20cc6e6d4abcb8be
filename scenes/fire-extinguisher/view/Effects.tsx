// The fire's three effects, each one draw call (the kit's ParticlePoints over pooled particles):
// flames (with embers once out, and sparks off a live panel), smoke, and the discharge. Stepped
// each frame from the fold's state (effects.ts).
import { useFrame } from '@react-three/fiber';
import { ParticlePoints } from '../../../client/workshop/kit';
import type { Agent } from '../events';
import { stepFireEffects } from './effects';
import type { EffectsInput } from './effects';
import type { FireWorkshop } from './workshop';

const input: EffectsInput = { fireClass: 'A', intensity: 1, out: false, discharge: null };
const discharge = { agent: 'water' as Agent, p: [0, 0, 0] as readonly number[], d: [0, 0, -1] as readonly number[] };

/** `dischargeAgent`: what is discharging now per the fold (null: nothing). */
export function Effects({ w, dischargeAgent }: { w: FireWorkshop; dischargeAgent: () => Agent | null }) {
  useFrame((_state, delta) => {
    const fire = w.session.fire;
    input.fireClass = w.session.fireClass;
    input.intensity = fire.intensity;
    input.out = fire.out;
    const agent = dischargeAgent();
    if (agent) {
      discharge.agent = agent;
      discharge.p = w.session.nozzle.p;
      discharge.d = w.session.nozzle.d;
      input.discharge = discharge;
    } else input.discharge = null;
    stepFireEffects(w.effects, input, Math.min(delta, 0.05));
  });
  return (
    <>
      <ParticlePoints pool={w.effects.smoke} blending="normal" softness={1} renderOrder={6} />
      <ParticlePoints pool={w.effects.flames} blending="additive" softness={0.9} renderOrder={7} />
      <ParticlePoints pool={w.effects.discharge} blending="normal" softness={0.9} renderOrder={8} />
    </>
  );
}
