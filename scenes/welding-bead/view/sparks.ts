// Arc sparks as a fixed pool of particles (positions in one preallocated buffer): spawned at the
// arc, flung up and out, pulled down by gravity, dead after a fraction of a second.

export interface SparkPool {
  readonly size: number;
  readonly positions: Float32Array;
  readonly velocities: Float32Array;
  readonly life: Float32Array;
  next: number;
  seed: number;
}

const parked = -100; // dead sparks wait far below the floor, out of sight

export function createSparkPool(size = 192): SparkPool {
  const positions = new Float32Array(size * 3).fill(parked);
  return { size, positions, velocities: new Float32Array(size * 3), life: new Float32Array(size), next: 0, seed: 12345 };
}

function random(pool: SparkPool): number {
  pool.seed = (pool.seed * 1664525 + 1013904223) >>> 0;
  return pool.seed / 4294967296;
}

/** Emits `count` sparks at (x, y, z). */
export function emitSparks(pool: SparkPool, x: number, y: number, z: number, count: number): void {
  for (let n = 0; n < count; n += 1) {
    const i = pool.next;
    pool.next = (pool.next + 1) % pool.size;
    const angle = random(pool) * Math.PI * 2;
    const speed = 0.4 + random(pool) * 1.2;
    pool.positions[i * 3] = x;
    pool.positions[i * 3 + 1] = y;
    pool.positions[i * 3 + 2] = z;
    pool.velocities[i * 3] = Math.cos(angle) * speed;
    pool.velocities[i * 3 + 1] = 0.3 + random(pool) * 1.2;
    pool.velocities[i * 3 + 2] = Math.sin(angle) * speed;
    pool.life[i] = 0.15 + random(pool) * 0.45;
  }
}

/** Moves every live spark; bounces them off the plate plane. Returns how many are alive. */
export function updateSparks(pool: SparkPool, dt: number, floorY: number): number {
  let alive = 0;
  for (let i = 0; i < pool.size; i += 1) {
    const life = pool.life[i] ?? 0;
    if (life <= 0) continue;
    const remaining = life - dt;
    pool.life[i] = remaining;
    const k = i * 3;
    if (remaining <= 0) {
      pool.positions[k + 1] = parked;
      continue;
    }
    alive += 1;
    pool.velocities[k + 1] = (pool.velocities[k + 1] ?? 0) - 9.81 * dt;
    pool.positions[k] = (pool.positions[k] ?? 0) + (pool.velocities[k] ?? 0) * dt;
    pool.positions[k + 1] = (pool.positions[k + 1] ?? 0) + (pool.velocities[k + 1] ?? 0) * dt;
    pool.positions[k + 2] = (pool.positions[k + 2] ?? 0) + (pool.velocities[k + 2] ?? 0) * dt;
    if ((pool.positions[k + 1] ?? 0) < floorY && (pool.velocities[k + 1] ?? 0) < 0) {
      pool.positions[k + 1] = floorY;
      pool.velocities[k + 1] = -(pool.velocities[k + 1] ?? 0) * 0.3;
    }
  }
  return alive;
}
