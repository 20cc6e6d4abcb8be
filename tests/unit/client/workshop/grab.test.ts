import { describe, expect, it } from 'vitest';
import { Body } from 'cannon-es';
import { addDynamicBox, addStaticBox, createPhysicsWorld, stepPhysicsWorld } from '../../../../client/workshop/runtime/physicsWorld';
import { beginGrab, createGrabState, endGrab, findNearestGrabbable, updateGrab } from '../../../../client/workshop/runtime/grab';

function bench() {
  const physics = createPhysicsWorld();
  addStaticBox(physics, [0.6, 0.01, 0.35], [0, 0.89, -0.45]);
  const torch = addDynamicBox(physics, 'torch', 0.6, [0.05, 0.05, 0.05], [0.3, 1.0, -0.3]);
  const helmet = addDynamicBox(physics, 'helmet', 0.5, [0.1, 0.1, 0.1], [-0.3, 1.0, -0.5]);
  return { physics, torch, helmet };
}

describe('grab and release', () => {
  it('a resting tool settles on the bench under fixed steps', () => {
    const { physics, torch } = bench();
    for (let i = 0; i < 120; i += 1) stepPhysicsWorld(physics, 1 / 60);
    expect(torch.body.position.y).toBeCloseTo(0.95, 2);
  });

  it('picks the nearest free item within reach, holds it kinematic, and drops it dynamic', () => {
    const { physics, torch, helmet } = bench();
    const hand = createGrabState('right');
    expect(findNearestGrabbable(physics, [0, 1, 0], 0.1)).toBeNull();
    expect(findNearestGrabbable(physics, [0.28, 1.0, -0.3], 0.15)).toBe(torch);
    beginGrab(hand, torch, [0.3, 1.0, -0.3], 0);
    expect(torch.held).toBe(true);
    expect(torch.body.type).toBe(Body.KINEMATIC);
    expect(findNearestGrabbable(physics, [0.3, 1.0, -0.3], 0.15)).toBeNull();
    updateGrab(hand, [0.3, 1.3, -0.3], [0, 0, 0, 1], 0.1);
    for (let i = 0; i < 10; i += 1) stepPhysicsWorld(physics, 1 / 90);
    expect(torch.body.position.y).toBeCloseTo(1.3, 6);
    expect(endGrab(hand)).toBe(torch);
    expect(torch.held).toBe(false);
    expect(torch.body.type).toBe(Body.DYNAMIC);
    expect(torch.body.velocity.y).toBeGreaterThan(0);
    for (let i = 0; i < 180; i += 1) stepPhysicsWorld(physics, 1 / 60);
    expect(torch.body.position.y).toBeLessThan(1.0);
    expect(helmet.held).toBe(false);
  });
});
