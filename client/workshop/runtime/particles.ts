// A pooled particle system as plain typed arrays: a fixed number of slots, reused in a ring (a
// new particle takes the oldest slot when all are alive), so an effect allocates nothing per
// frame and draws as ONE Points object (ParticlePoints.tsx) whatever it shows. Pure numbers, no
// three: emitters and the stepping are unit-tested in Node.

export interface ParticlePool {
  readonly capacity: number;
  /** world position, 3 per slot */
  readonly position: Float32Array;
  /** m/s, 3 per slot */
  readonly velocity: Float32Array;
  /** linear colour and alpha, 4 per slot (what the shader draws) */
  readonly color: Float32Array;
  /** diameter in metres (0: not drawn) */
  readonly size: Float32Array;
  /** seconds since spawned */
  readonly age: Float32Array;
  /** seconds it lives; 0 = a free slot */
  readonly life: Float32Array;
  /** the slot the next spawn takes */
  next: number;
  /** slots alive after the last step */
  alive: number;
}

export function createParticlePool(capacity: number): ParticlePool {
  return {
    capacity,
    position: new Float32Array(capacity * 3),
    velocity: new Float32Array(capacity * 3),
    color: new Float32Array(capacity * 4),
    size: new Float32Array(capacity),
    age: new Float32Array(capacity),
    life: new Float32Array(capacity),
    next: 0,
    alive: 0,
  };
}

/** Starts a particle in the next slot (the oldest one when the pool is full); returns the slot. */
export function spawnParticle(pool: ParticlePool, x: number, y: number, z: number, vx: number, vy: number, vz: number, lifeS: number): number {
  const i = pool.next;
  pool.next = (i + 1) % pool.capacity;
  pool.position[i * 3] = x;
  pool.position[i * 3 + 1] = y;
  pool.position[i * 3 + 2] = z;
  pool.velocity[i * 3] = vx;
  pool.velocity[i * 3 + 1] = vy;
  pool.velocity[i * 3 + 2] = vz;
  pool.age[i] = 0;
  pool.life[i] = Math.max(1e-3, lifeS);
  return i;
}

/** Frees every slot (a replay seeking, an effect switched off for good). */
export function clearParticlePool(pool: ParticlePool): void {
  pool.life.fill(0);
  pool.size.fill(0);
  pool.alive = 0;
}

export interface ParticleForces {
  /** m/s² added to the velocity (gravity, buoyancy) */
  ax: number;
  ay: number;
  az: number;
  /** per second: velocity *= exp(-drag·dt) */
  drag: number;
  /** particles stop at this height (the floor) instead of passing through */
  floorY?: number;
}

/**
 * Ages and moves every live particle by `dt` seconds; a particle past its life frees its slot.
 * `shade(i, f)` sets the slot's colour and size at f = age / life (0..1) after the move.
 */
export function stepParticlePool(pool: ParticlePool, dt: number, forces: ParticleForces, shade: (i: number, f: number) => void): void {
  const damping = Math.exp(-forces.drag * dt);
  const floor = forces.floorY ?? -Infinity;
  let alive = 0;
  const { position: p, velocity: v, age, life, size } = pool;
  for (let i = 0; i < pool.capacity; i += 1) {
    const lifeS = life[i]!;
    if (lifeS <= 0) continue;
    const a = age[i]! + dt;
    if (a >= lifeS) {
      life[i] = 0;
      size[i] = 0;
      continue;
    }
    age[i] = a;
    const j = i * 3;
    v[j] = (v[j]! + forces.ax * dt) * damping;
    v[j + 1] = (v[j + 1]! + forces.ay * dt) * damping;
    v[j + 2] = (v[j + 2]! + forces.az * dt) * damping;
    p[j] = p[j]! + v[j]! * dt;
    p[j + 1] = p[j + 1]! + v[j + 1]! * dt;
    p[j + 2] = p[j + 2]! + v[j + 2]! * dt;
    if (p[j + 1]! < floor) {
      p[j + 1] = floor;
      v[j + 1] = 0;
      v[j] = v[j]! * 0.5;
      v[j + 2] = v[j + 2]! * 0.5;
    }
    alive += 1;
    shade(i, a / lifeS);
  }
  pool.alive = alive;
}

/** Sets one slot's colour (linear RGB, alpha) and diameter. */
export function shadeParticle(pool: ParticlePool, i: number, r: number, g: number, b: number, a: number, size: number): void {
  const k = i * 4;
  pool.color[k] = r;
  pool.color[k + 1] = g;
  pool.color[k + 2] = b;
  pool.color[k + 3] = a;
  pool.size[i] = size;
}

/**
 * How many particles to spawn this frame at `ratePerS` over `dt`, carrying the fraction over in
 * `carry` (so a low rate at a high frame rate still spawns): returns the count, updates carry[0].
 */
export function emissionCount(ratePerS: number, dt: number, carry: Float32Array | number[]): number {
  const wanted = Math.max(0, ratePerS) * dt + (carry[0] ?? 0);
  const n = Math.floor(wanted);
  carry[0] = wanted - n;
  return n;
}
