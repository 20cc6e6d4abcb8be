// Builds fire-extinguisher event logs for tests: a learner standing `dist` metres in front of
// the fire (on the line from the start to C), nozzle 1 m up, aimed at a point on the base plane.
import type { AttemptEvent } from '../../../../../scenes/rubric/events';
import type { Agent, Vec3 } from '../../../../../scenes/fire-extinguisher/events';

export const C = { x: 0, z: -3 } as const;

/** A unit direction from p to the point (x, 0.2, z). */
export function towards(p: Vec3, x: number, z: number): Vec3 {
  const v = [x - p[0], 0.2 - p[1], z - p[2]] as const;
  const length = Math.hypot(v[0], v[1], v[2]);
  return [v[0] / length, v[1] / length, v[2] / length];
}

/** The nozzle standing `dist` m from C on the z axis, 1 m up. */
export function standing(dist: number): Vec3 {
  return [0, 1, C.z + dist];
}

export interface NozzleOptions {
  dist?: number;
  /** Aim point x on the base plane (z = C.z); default C.x. */
  aimX?: number;
  /** Aim point z; default C.z. */
  aimZ?: number;
  squeeze?: boolean;
}

export class FireLog {
  readonly events: AttemptEvent[] = [];
  t = 0;
  private seq = 0;

  constructor(t0 = 0) {
    this.t = t0;
  }

  at(t: number): this {
    this.t = t;
    return this;
  }

  event(type: string, data: Record<string, unknown> = {}): this {
    this.seq += 1;
    this.events.push({ seq: this.seq, t: this.t, type, data });
    return this;
  }

  alarm(): this {
    return this.event('alarm');
  }

  pick(agent: Agent): this {
    return this.event('pick', { agent });
  }

  pin(): this {
    return this.event('pin');
  }

  /** One nozzle sample at the current t. */
  nozzle(options: NozzleOptions = {}): this {
    const p = standing(options.dist ?? 2.5);
    const d = towards(p, options.aimX ?? C.x, options.aimZ ?? C.z);
    return this.event('nozzle', { p: [...p], d: [...d], squeeze: options.squeeze ?? true });
  }

  /** `count` nozzle samples every `stepMs`, starting at the current t; t ends after the last one. */
  samples(count: number, stepMs = 100, options: NozzleOptions | ((i: number) => NozzleOptions) = {}): this {
    for (let i = 0; i < count; i += 1) {
      this.nozzle(typeof options === 'function' ? options(i) : options);
      this.t += stepMs;
    }
    return this;
  }
}
