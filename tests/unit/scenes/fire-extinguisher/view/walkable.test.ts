// Where the learner may stand in the fire workshop: inside the walls and never in the fire's own
// disc, whether they walk on a page (keys, click-to-move) or teleport in a headset; both keep to
// the same area.
import { describe, expect, it } from 'vitest';
import { createLocomotionPose, originToWorkshop, teleportTo } from '../../../../../client/workshop/kit/core';
import { keepWalkable } from '../../../../../scenes/fire-extinguisher/view/desktop';
import { fireCentre, fireKeepOut, room, walkable } from '../../../../../scenes/fire-extinguisher/view/layout';
import type { Vec3 } from '../../../../../scenes/fire-extinguisher/view/layout';

/** Floor points across the room and past its walls, the fire's disc and its centre among them. */
function floorPoints(): [number, number][] {
  const points: [number, number][] = [[fireCentre[0], fireCentre[2]]];
  for (let x = room.minX - 1; x <= room.maxX + 1; x += 0.25) for (let z = room.minZ - 1; z <= room.maxZ + 1; z += 0.25) points.push([x, z]);
  for (let a = 0; a < 16; a += 1) points.push([fireCentre[0] + 0.3 * Math.cos(a), fireCentre[2] + 0.3 * Math.sin(a)]);
  return points;
}

const fromFire = (x: number, z: number) => Math.hypot(x - fireCentre[0], z - fireCentre[2]);

describe('the fire workshop floor', () => {
  it('walking on a page keeps the learner in the room and out of the fire', () => {
    for (const [x, z] of floorPoints()) {
      const p: Vec3 = [x, 0, z];
      keepWalkable(p);
      expect(fromFire(p[0], p[2])).toBeGreaterThanOrEqual(fireKeepOut - 1e-9);
      expect(p[0]).toBeGreaterThanOrEqual(walkable.minX);
      expect(p[0]).toBeLessThanOrEqual(walkable.maxX);
      expect(p[2]).toBeGreaterThanOrEqual(walkable.minZ);
      expect(p[2]).toBeLessThanOrEqual(walkable.maxZ);
    }
  });

  it('a teleport aimed into the fire lands on its rim, and elsewhere where it was aimed', () => {
    const head = [0.15, 1.6, -0.1];
    for (const [x, z] of floorPoints()) {
      const pose = createLocomotionPose([0, 0, 0], 0.3);
      teleportTo(pose, head, [x, 0, z], walkable);
      const at = originToWorkshop(pose, head, [0, 0, 0]);
      expect(fromFire(at[0], at[2])).toBeGreaterThanOrEqual(fireKeepOut - 1e-9);
      const walked: Vec3 = [x, 0, z];
      keepWalkable(walked);
      expect(at[0]).toBeCloseTo(walked[0], 9);
      expect(at[2]).toBeCloseTo(walked[2], 9);
    }
  });
});
