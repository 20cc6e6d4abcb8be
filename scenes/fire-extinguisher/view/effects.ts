// The fire's effects as pooled particles (the kit's ParticlePool: fixed typed arrays, reused,
// nothing allocated per frame), each drawn in ONE draw call. What drives them is the fold's
// state: the flames' size and number follow the intensity, smoke thins once the fire is out
// (embers glow a while), and the discharge flows only while the fold counts the nozzle sample as
// discharging (held, pin pulled, agent left, squeezed), looking like the agent it is.
import type { ParticleForces, ParticlePool } from '../../../client/workshop/kit';
import { createParticlePool, emissionCount, shadeParticle, spawnParticle, stepParticlePool } from '../../../client/workshop/kit';
import type { Agent, FireClass } from '../events';
import { fireCentre } from './layout';

/** 0 flame, 1 ember, 2 spark (the flames' pool draws all three: one draw call). */
const FlameKind = { Flame: 0, Ember: 1, Spark: 2 } as const;

export interface FireEffects {
  readonly flames: ParticlePool;
  readonly flameKind: Uint8Array;
  readonly smoke: ParticlePool;
  readonly discharge: ParticlePool;
  readonly dischargeAgent: Uint8Array;
  /** fractional spawns carried between frames */
  readonly carry: { flames: Float32Array; embers: Float32Array; sparks: Float32Array; smoke: Float32Array; discharge: Float32Array };
  /** the intensity the flames are drawn at, eased towards the fold's so a step does not pop */
  shownIntensity: number;
  /** seconds since the fire went out (effects' own clock), or -1 while it burns */
  outForS: number;
}

export const effectCapacity = { flames: 360, smoke: 140, discharge: 640 } as const;

export function createFireEffects(): FireEffects {
  return {
    flames: createParticlePool(effectCapacity.flames),
    flameKind: new Uint8Array(effectCapacity.flames),
    smoke: createParticlePool(effectCapacity.smoke),
    discharge: createParticlePool(effectCapacity.discharge),
    dischargeAgent: new Uint8Array(effectCapacity.discharge),
    carry: { flames: new Float32Array(1), embers: new Float32Array(1), sparks: new Float32Array(1), smoke: new Float32Array(1), discharge: new Float32Array(1) },
    shownIntensity: 1,
    outForS: -1,
  };
}

interface ClassLook {
  /** height the flames start from (the top of what burns) */
  baseY: number;
  /** how wide the burning area is, metres */
  radius: number;
  /** smoke colour (linear) and opacity */
  smoke: [number, number, number];
  smokeAlpha: number;
  /** flame height factor */
  tall: number;
}

const classLooks: Readonly<Record<FireClass, ClassLook>> = {
  A: { baseY: 0.16, radius: 0.34, smoke: [0.32, 0.31, 0.3], smokeAlpha: 0.5, tall: 1 },
  // burning liquid: a wide sheet of flame over the tray, thick black smoke
  B: { baseY: 0.07, radius: 0.37, smoke: [0.05, 0.05, 0.05], smokeAlpha: 0.62, tall: 1.25 },
  electrical: { baseY: 0.12, radius: 0.26, smoke: [0.2, 0.21, 0.24], smokeAlpha: 0.55, tall: 0.85 },
};

interface AgentSpray {
  speed: number;
  spread: number;
  life: number;
  size0: number;
  size1: number;
  colour: [number, number, number];
  alpha: number;
  forces: ParticleForces;
  rate: number;
}

/**
 * Water a fast narrow jet, foam a heavier white stream, CO2 a spreading cold cloud, powder a dense
 * pale cloud. The jets fall only a little: the stream lands where the nozzle aims (the standard
 * scores the straight line), not short of it as a real jet's arc would.
 */
export const agentSprays: Readonly<Record<Agent, AgentSpray>> = {
  water: { speed: 8.5, spread: 0.05, life: 0.9, size0: 0.035, size1: 0.09, colour: [0.55, 0.72, 0.95], alpha: 0.7, forces: { ax: 0, ay: -1.5, az: 0, drag: 0.25, floorY: 0.01 }, rate: 420 },
  foam: { speed: 6.5, spread: 0.08, life: 1.4, size0: 0.05, size1: 0.13, colour: [0.95, 0.94, 0.88], alpha: 0.85, forces: { ax: 0, ay: -2.5, az: 0, drag: 0.5, floorY: 0.02 }, rate: 380 },
  co2: { speed: 7.5, spread: 0.22, life: 0.9, size0: 0.08, size1: 0.6, colour: [0.93, 0.95, 0.98], alpha: 0.4, forces: { ax: 0, ay: -0.6, az: 0, drag: 2.6, floorY: 0.02 }, rate: 420 },
  powder: { speed: 8, spread: 0.18, life: 1.5, size0: 0.08, size1: 0.5, colour: [0.96, 0.93, 0.72], alpha: 0.5, forces: { ax: 0, ay: -1.4, az: 0, drag: 1.9, floorY: 0.02 }, rate: 420 },
};

const agentIndex: Readonly<Record<Agent, number>> = { water: 0, foam: 1, co2: 2, powder: 3 };
const agentsByIndex: readonly Agent[] = ['water', 'foam', 'co2', 'powder'];

const flameForces: ParticleForces = { ax: 0, ay: 2.2, az: 0, drag: 1.4 };
const smokeForces: ParticleForces = { ax: 0.04, ay: 0.12, az: 0.02, drag: 0.35 };

/** A stable per-slot number in 0..1 (variety without storing it). */
function slotHash(i: number): number {
  const x = Math.sin(i * 12.9898) * 43758.5453;
  return x - Math.floor(x);
}

export interface EffectsInput {
  fireClass: FireClass;
  /** the fold's intensity, 0..1 */
  intensity: number;
  out: boolean;
  /** discharging now, and with what, from where, which way */
  discharge: { agent: Agent; p: readonly number[]; d: readonly number[] } | null;
}

/** Advances every effect by `dt` seconds (a frame). */
export function stepFireEffects(fx: FireEffects, input: EffectsInput, dt: number, random: () => number = Math.random): void {
  const look = classLooks[input.fireClass];
  const [cx, , cz] = fireCentre;
  fx.shownIntensity += (input.intensity - fx.shownIntensity) * Math.min(1, dt * 4);
  if (input.out) fx.outForS = fx.outForS < 0 ? 0 : fx.outForS + dt;
  else fx.outForS = -1;
  const burning = input.out ? 0 : Math.max(0, fx.shownIntensity);

  // Flames: more and bigger with the intensity.
  const flames = emissionCount(burning > 0.01 ? 40 + 300 * burning : 0, dt, fx.carry.flames);
  for (let k = 0; k < flames; k += 1) {
    const a = random() * Math.PI * 2;
    const r = Math.sqrt(random()) * look.radius * (0.45 + 0.55 * burning);
    const up = (0.5 + 0.9 * random()) * (0.55 + 0.6 * burning) * look.tall;
    const i = spawnParticle(fx.flames, cx + Math.cos(a) * r, look.baseY, cz + Math.sin(a) * r, (random() - 0.5) * 0.2 - Math.cos(a) * r * 0.6, up, (random() - 0.5) * 0.2 - Math.sin(a) * r * 0.6, 0.35 + 0.45 * random());
    fx.flameKind[i] = FlameKind.Flame;
  }
  // Embers after the fire is out, fewer and fewer.
  const embers = emissionCount(input.out ? 26 * Math.exp(-fx.outForS / 6) : 0, dt, fx.carry.embers);
  for (let k = 0; k < embers; k += 1) {
    const a = random() * Math.PI * 2;
    const r = Math.sqrt(random()) * look.radius;
    const i = spawnParticle(fx.flames, cx + Math.cos(a) * r, look.baseY * 0.6, cz + Math.sin(a) * r, 0, 0.03 + 0.1 * random(), 0, 0.8 + 1.2 * random());
    fx.flameKind[i] = FlameKind.Ember;
  }
  // Electrical: sparks off the live panel while it burns.
  const sparks = emissionCount(input.fireClass === 'electrical' && burning > 0 ? 24 * burning : 0, dt, fx.carry.sparks);
  for (let k = 0; k < sparks; k += 1) {
    const i = spawnParticle(fx.flames, cx + (random() - 0.5) * 0.4, 0.25 + random() * 0.7, cz - 0.33, (random() - 0.5) * 2, random() * 1.2, 0.5 + random() * 1.2, 0.18 + 0.2 * random());
    fx.flameKind[i] = FlameKind.Spark;
  }
  const kinds = fx.flameKind;
  const flamePool = fx.flames;
  stepParticlePool(flamePool, dt, flameForces, (i, f) => {
    const h = slotHash(i);
    const kind = kinds[i];
    if (kind === FlameKind.Ember) {
      const glow = (1 - f) * (0.6 + 0.4 * Math.sin((h * 10 + f * 8) * Math.PI));
      shadeParticle(flamePool, i, 1, 0.32, 0.05, glow, 0.03);
    } else if (kind === FlameKind.Spark) {
      shadeParticle(flamePool, i, 0.75, 0.85, 1, 1 - f, 0.025);
    } else {
      // white-yellow at the root, orange, then dull red as it rises and fades
      const r = 1;
      const g = f < 0.3 ? 0.85 - f * 1.2 : Math.max(0.08, 0.49 - (f - 0.3) * 0.6);
      const b = f < 0.2 ? 0.45 - f * 1.8 : 0.06;
      const size = (0.16 + 0.2 * h) * (0.45 + 0.75 * fx.shownIntensity) * Math.pow(1 - f, 0.55) * look.tall;
      shadeParticle(flamePool, i, r, g, b, (1 - f) * 0.85, size);
    }
  });

  // Smoke: thick while it burns; once out, a thinning wisp of steam and smoke.
  const smokeRate = input.out ? 14 * Math.exp(-fx.outForS / 5) : 5 + 16 * burning;
  const smokeCount = emissionCount(smokeRate, dt, fx.carry.smoke);
  for (let k = 0; k < smokeCount; k += 1) {
    spawnParticle(fx.smoke, cx + (random() - 0.5) * 0.4, look.baseY + 0.45 + 0.6 * burning, cz + (random() - 0.5) * 0.4, (random() - 0.5) * 0.15, 0.3 + 0.3 * random(), (random() - 0.5) * 0.15, 3 + 1.5 * random());
  }
  const smokePool = fx.smoke;
  const smokeColour = input.out ? ([0.55, 0.55, 0.55] as const) : look.smoke;
  const smokeAlpha = input.out ? 0.3 : look.smokeAlpha;
  stepParticlePool(smokePool, dt, smokeForces, (i, f) => {
    const fadeIn = f < 0.12 ? f / 0.12 : 1;
    shadeParticle(smokePool, i, smokeColour[0], smokeColour[1], smokeColour[2], smokeAlpha * fadeIn * (1 - f), 0.3 + 1.2 * f);
  });

  // The discharge, from the nozzle along its direction, as the agent looks.
  const spray = input.discharge ? agentSprays[input.discharge.agent] : null;
  const count = emissionCount(spray ? spray.rate : 0, dt, fx.carry.discharge);
  if (spray && input.discharge) {
    const { p, d, agent } = input.discharge;
    for (let k = 0; k < count; k += 1) {
      const jx = (random() - 0.5) * 2 * spray.spread;
      const jy = (random() - 0.5) * 2 * spray.spread;
      const jz = (random() - 0.5) * 2 * spray.spread;
      const speed = spray.speed * (0.85 + 0.3 * random());
      const lead = random() * speed * dt;
      const dx = (d[0] ?? 0) + jx;
      const dy = (d[1] ?? 0) + jy;
      const dz = (d[2] ?? 0) + jz;
      const i = spawnParticle(fx.discharge, (p[0] ?? 0) + dx * lead, (p[1] ?? 0) + dy * lead, (p[2] ?? 0) + dz * lead, dx * speed, dy * speed, dz * speed, spray.life * (0.7 + 0.5 * random()));
      fx.dischargeAgent[i] = agentIndex[agent];
    }
  }
  const dischargePool = fx.discharge;
  const owner = fx.dischargeAgent;
  const forces = spray ? spray.forces : agentSprays.powder.forces;
  stepParticlePool(dischargePool, dt, forces, (i, f) => {
    const s = agentSprays[agentsByIndex[owner[i] ?? 0]!];
    shadeParticle(dischargePool, i, s.colour[0], s.colour[1], s.colour[2], s.alpha * (1 - f * f), s.size0 + (s.size1 - s.size0) * f);
  });
}
