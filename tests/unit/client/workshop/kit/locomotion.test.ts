// VR locomotion's math: a teleport puts the head (not the origin) over the point, a snap turn
// turns about the head, which stays put; reference-space points map into the workshop frame.
import { describe, expect, it } from 'vitest';
import { createLocomotionPose, keepInArea, normaliseAngle, originToWorkshop, snapTurn, teleportTo, workshopToOrigin } from '../../../../../client/workshop/kit/core';
import type { WalkableArea } from '../../../../../client/workshop/kit/core';

const at = (pose: ReturnType<typeof createLocomotionPose>, local: number[]) => originToWorkshop(pose, local, [0, 0, 0]);

describe('locomotion', () => {
  it('maps a reference-space point through the origin, turned as three turns (yaw about +y)', () => {
    const pose = createLocomotionPose([1, 0, 2], Math.PI / 2);
    // facing -z turned left by 90° faces -x: a point 1 m ahead lands 1 m to -x
    const p = at(pose, [0, 1.6, -1]);
    expect(p[0]).toBeCloseTo(0);
    expect(p[1]).toBeCloseTo(1.6);
    expect(p[2]).toBeCloseTo(2);
    const back = workshopToOrigin(pose, p, [0, 0, 0]);
    expect(back[0]).toBeCloseTo(0);
    expect(back[1]).toBeCloseTo(1.6);
    expect(back[2]).toBeCloseTo(-1);
  });

  it('teleports the head over the target, keeping the facing, clamped into the area', () => {
    const pose = createLocomotionPose([0, 0, 0], 0.7);
    const head = [0.3, 1.6, -0.2];
    teleportTo(pose, head, [2, 0, -1]);
    const p = at(pose, head);
    expect(p[0]).toBeCloseTo(2);
    expect(p[2]).toBeCloseTo(-1);
    expect(pose.yaw).toBe(0.7);
    teleportTo(pose, head, [9, 0, -9], { minX: -3, maxX: 3, minZ: -5, maxZ: 3 });
    const clamped = at(pose, head);
    expect(clamped[0]).toBeCloseTo(3);
    expect(clamped[2]).toBeCloseTo(-5);
  });

  it('keeps a floor point in the area: into the rectangle, out of a keep-out disc to its rim, towards +z from its centre', () => {
    const area: WalkableArea = { minX: -3, maxX: 3, minZ: -5, maxZ: 3, keepOut: [{ x: 0, z: -3, radius: 0.5 }] };
    expect(keepInArea(area, [1, 1])).toEqual([1, 1]);
    expect(keepInArea(area, [9, -9])).toEqual([3, -5]);
    // 0.3 m from the centre along +x: out to the rim along the same line
    const pushed = keepInArea(area, [0.3, -3]);
    expect(pushed[0]).toBeCloseTo(0.5);
    expect(pushed[1]).toBeCloseTo(-3);
    const diagonal = keepInArea(area, [-0.1, -3.1]);
    expect(Math.hypot(diagonal[0], diagonal[1] + 3)).toBeCloseTo(0.5);
    expect(diagonal[0]).toBeCloseTo(-0.5 / Math.SQRT2);
    expect(diagonal[1]).toBeCloseTo(-3 - 0.5 / Math.SQRT2);
    // on the centre itself: to the rim on the +z side
    expect(keepInArea(area, [0, -3])).toEqual([0, -2.5]);
    // on the rim already: left alone
    expect(keepInArea(area, [0, -2.5])).toEqual([0, -2.5]);
    // a disc against a wall: pushed out, then back inside the rectangle
    const walled: WalkableArea = { minX: -3, maxX: 3, minZ: -5, maxZ: 3, keepOut: [{ x: 2.8, z: 0, radius: 0.5 }] };
    const atWall = keepInArea(walled, [2.9, 0]);
    expect(atWall[0]).toBeLessThanOrEqual(3);
  });

  it('never teleports the head into a keep-out disc: it lands on the rim, facing kept', () => {
    const pose = createLocomotionPose([0, 0, 0], 0.4);
    const head = [0.2, 1.6, -0.1];
    const area: WalkableArea = { minX: -3, maxX: 3, minZ: -5, maxZ: 3, keepOut: [{ x: 0, z: -3, radius: 0.55 }] };
    teleportTo(pose, head, [0.1, 0, -3.2], area);
    const p = at(pose, head);
    expect(Math.hypot(p[0], p[2] + 3)).toBeCloseTo(0.55);
    expect(pose.yaw).toBe(0.4);
  });

  it('snap-turns about the head: the head stays, the view turns by the snap', () => {
    const pose = createLocomotionPose([1, 0, 1], 0);
    const head = [0.4, 1.7, 0.3];
    const before = at(pose, head);
    snapTurn(pose, head, Math.PI / 6);
    const after = at(pose, head);
    expect(after[0]).toBeCloseTo(before[0]);
    expect(after[2]).toBeCloseTo(before[2]);
    expect(pose.yaw).toBeCloseTo(Math.PI / 6);
    for (let k = 0; k < 12; k += 1) snapTurn(pose, head, Math.PI / 6);
    expect(pose.yaw).toBeCloseTo(Math.PI / 6);
    expect(normaliseAngle(3 * Math.PI)).toBeCloseTo(Math.PI);
  });
});
