// The kit's particle pool: a fixed ring of slots (no growth, the oldest reused), particles aged,
// moved and freed by the step, a fractional emission rate carried across frames.
import { describe, expect, it } from 'vitest';
import { clearParticlePool, createParticlePool, emissionCount, shadeParticle, spawnParticle, stepParticlePool } from '../../../../../client/workshop/kit/core';

const still = { ax: 0, ay: 0, az: 0, drag: 0 };

describe('particle pool', () => {
  it('reuses the oldest slot when full, never growing', () => {
    const pool = createParticlePool(3);
    const slots = [0, 1, 2, 3, 4].map((k) => spawnParticle(pool, k, 0, 0, 0, 0, 0, 1));
    expect(slots).toEqual([0, 1, 2, 0, 1]);
    expect(pool.position.length).toBe(9);
    // slot 0 now holds the fourth particle (x = 3)
    expect(pool.position[0]).toBe(3);
  });

  it('moves by velocity and forces, frees a particle past its life, and shades the live ones', () => {
    const pool = createParticlePool(4);
    spawnParticle(pool, 0, 1, 0, 1, 0, 0, 0.5);
    spawnParticle(pool, 0, 1, 0, 0, 0, 0, 2);
    const shaded: [number, number][] = [];
    stepParticlePool(pool, 0.25, { ...still, ay: -2 }, (i, f) => {
      shaded.push([i, f]);
      shadeParticle(pool, i, 1, 0.5, 0, 0.8, 0.1);
    });
    expect(pool.alive).toBe(2);
    // v.y = -2·0.25 = -0.5 then y += v·dt: 1 - 0.125
    expect(pool.position[0]).toBeCloseTo(0.25);
    expect(pool.position[1]).toBeCloseTo(0.875);
    expect(shaded).toEqual([
      [0, 0.5],
      [1, 0.125],
    ]);
    expect([...pool.color.slice(0, 4)]).toEqual([1, 0.5, 0, expect.closeTo(0.8)]);
    stepParticlePool(pool, 0.3, still, () => undefined);
    expect(pool.alive).toBe(1);
    expect(pool.life[0]).toBe(0);
    expect(pool.size[0]).toBe(0);
  });

  it('stops particles on the floor and damps them with drag', () => {
    const pool = createParticlePool(1);
    spawnParticle(pool, 0, 0.05, 0, 2, -10, 0, 5);
    stepParticlePool(pool, 0.1, { ax: 0, ay: 0, az: 0, drag: Math.log(2) / 0.1, floorY: 0 }, () => undefined);
    expect(pool.position[1]).toBe(0);
    expect(pool.velocity[1]).toBe(0);
    // drag halves the velocity over 0.1 s (1 m/s), the floor halves it again
    expect(pool.velocity[0]).toBeCloseTo(0.5);
  });

  it('carries a fractional emission rate over frames, and clears', () => {
    const carry = new Float32Array(1);
    let total = 0;
    for (let frame = 0; frame < 90; frame += 1) total += emissionCount(20, 1 / 90, carry);
    expect(total).toBeGreaterThanOrEqual(19);
    expect(total).toBeLessThanOrEqual(20);
    expect(emissionCount(-5, 1, carry)).toBe(0);
    const pool = createParticlePool(2);
    spawnParticle(pool, 0, 0, 0, 0, 0, 0, 1);
    clearParticlePool(pool);
    stepParticlePool(pool, 0.1, still, () => undefined);
    expect(pool.alive).toBe(0);
  });
});
