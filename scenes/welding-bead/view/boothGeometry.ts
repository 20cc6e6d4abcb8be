// The welding booth as static geometry, one merged geometry per material: floor, steel walls,
// welding curtains, the welding table with the coupon in its fixture (plate top y = 0.950, seam
// along x from -0.100 to +0.100 at z = -0.450), the machine, gas cylinder and hand tools.
import type { BufferGeometry } from 'three';
import { plateSurfaceY, seamCentreZ } from '../geometry';
import { box, cylinder, merge, sphere, torus } from './shapes';

export type BoothPart =
  | 'floor' | 'wall' | 'curtain' | 'darkSteel' | 'brightSteel' | 'coupon' | 'machine' | 'cylinderGreen'
  | 'rubber' | 'red' | 'yellow' | 'wood'
  /** bench legs, shelf, rails and the extractor: hidden in AR, where the bench top sits on a real table */
  | 'frame' | 'floorMarking' | 'machineRubber' | 'machineBrass';

export const benchTop = { y: 0.9, x: [-0.6, 0.6], z: [-0.8, -0.1] } as const;
export const plateThickness = 0.006;
/** The two plates meet at the seam with a 1 mm root gap. */
export const rootGap = 0.001;
export const couponHalfLength = 0.125;
export const plateWidth = 0.075;

export function buildBoothGeometry(): Record<BoothPart, BufferGeometry> {
  const plateY = plateSurfaceY - plateThickness / 2;
  const topThickness = 0.02;
  const topY = benchTop.y - topThickness / 2;
  const legs: BufferGeometry[] = [];
  for (const x of [-0.56, 0.56]) for (const z of [-0.76, -0.14]) legs.push(box(0.05, benchTop.y - topThickness, 0.05, [x, (benchTop.y - topThickness) / 2, z]));
  return {
    floor: merge([box(4, 0.02, 4, [0, -0.01, -0.2])]),
    wall: merge([box(3, 2.6, 0.05, [0, 1.3, -1.35]), box(3, 0.05, 2.2, [0, 2.6, -0.3])]),
    curtain: merge([box(0.01, 1.9, 2.0, [-1.3, 1.0, -0.35]), box(0.01, 1.9, 2.0, [1.3, 1.0, -0.35])]),
    darkSteel: merge([box(1.2, topThickness, 0.7, [0, topY, -0.45])]),
    frame: merge([
      ...legs,
      box(1.12, 0.03, 0.03, [0, 0.18, -0.76]),
      box(1.12, 0.03, 0.03, [0, 0.18, -0.14]),
      box(1.1, 0.015, 0.6, [0, 0.2, -0.45]),
      // curtain rails and the extractor arm
      cylinder(0.012, 0.012, 2.0, [-1.3, 1.97, -0.35], [Math.PI / 2, 0, 0]),
      cylinder(0.012, 0.012, 2.0, [1.3, 1.97, -0.35], [Math.PI / 2, 0, 0]),
      cylinder(0.05, 0.05, 0.9, [-0.45, 1.85, -1.0], [0.9, 0, 0.3]),
      cylinder(0.16, 0.06, 0.18, [-0.3, 1.48, -0.68], [0.2, 0, 0], 20),
      // gas regulator, machine handle
      cylinder(0.02, 0.02, 0.06, [1.0, 1.42, -1.0], [0, 0, Math.PI / 2]),
      box(0.3, 0.02, 0.02, [0.95, 0.74, -0.55]),
    ]),
    brightSteel: merge([
      // fixture blocks under the coupon ends and the toggle clamps on it
      box(0.03, plateSurfaceY - plateThickness - benchTop.y, 0.2, [-0.11, (plateSurfaceY - plateThickness + benchTop.y) / 2, seamCentreZ]),
      box(0.03, plateSurfaceY - plateThickness - benchTop.y, 0.2, [0.11, (plateSurfaceY - plateThickness + benchTop.y) / 2, seamCentreZ]),
      box(0.02, 0.05, 0.02, [-0.115, plateSurfaceY + 0.02, seamCentreZ - 0.06]),
      box(0.02, 0.05, 0.02, [-0.115, plateSurfaceY + 0.02, seamCentreZ + 0.06]),
      box(0.02, 0.05, 0.02, [0.115, plateSurfaceY + 0.02, seamCentreZ - 0.06]),
      box(0.02, 0.05, 0.02, [0.115, plateSurfaceY + 0.02, seamCentreZ + 0.06]),
      // chipping hammer head and wire brush back
      box(0.12, 0.015, 0.015, [0.33, benchTop.y + 0.02, -0.62], [0, 0.4, 0]),
      box(0.14, 0.012, 0.03, [-0.34, benchTop.y + 0.008, -0.62], [0, -0.3, 0]),
    ]),
    coupon: merge([
      box(couponHalfLength * 2, plateThickness, plateWidth, [0, plateY, seamCentreZ - rootGap / 2 - plateWidth / 2]),
      box(couponHalfLength * 2, plateThickness, plateWidth, [0, plateY, seamCentreZ + rootGap / 2 + plateWidth / 2]),
      // tack welds at both ends of the seam
      sphere(0.004, [-0.118, plateSurfaceY, seamCentreZ], [1.5, 0.4, 1]),
      sphere(0.004, [0.118, plateSurfaceY, seamCentreZ], [1.5, 0.4, 1]),
      // scrap coupons on the bench
      box(0.15, plateThickness, 0.1, [0.42, benchTop.y + 0.003, -0.7], [0, 0.3, 0]),
      box(0.15, plateThickness, 0.1, [0.43, benchTop.y + 0.009, -0.69], [0, 0.1, 0]),
    ]),
    machine: merge([box(0.3, 0.55, 0.55, [0.95, 0.3, -0.55]), box(0.26, 0.3, 0.02, [0.95, 0.36, -0.27])]),
    cylinderGreen: merge([cylinder(0.11, 0.11, 1.25, [1.0, 0.625, -1.0], undefined, 20), sphere(0.11, [1.0, 1.25, -1.0], [1, 0.6, 1], 16)]),
    rubber: merge([box(0.08, 0.1, 0.04, [-0.33, benchTop.y + 0.05, -0.62], [0, -0.3, 0])]),
    // the welding machine's knob, torch hose and gas line, the cylinder valve: part of the room
    machineRubber: merge([
      cylinder(0.045, 0.045, 0.02, [0.95, 0.24, -0.27], [Math.PI / 2, 0, 0], 16),
      torus(0.25, 0.012, [0.75, 0.45, -0.35], [Math.PI / 2, 0.3, 0], Math.PI * 1.2),
      cylinder(0.008, 0.008, 0.7, [1.0, 1.2, -0.8], [0.6, 0, 0.4], 8),
    ]),
    red: merge([cylinder(0.07, 0.07, 0.5, [-1.15, 0.25, -1.15], undefined, 16), cylinder(0.02, 0.03, 0.08, [-1.15, 0.54, -1.15])]),
    machineBrass: merge([cylinder(0.03, 0.03, 0.05, [1.0, 1.35, -1.0]), cylinder(0.06, 0.06, 0.05, [0.95, 0.48, -0.27], [Math.PI / 2, 0, 0], 20)]),
    floorMarking: merge([box(1.2, 0.004, 0.05, [0, 0.002, -0.05])]),
    yellow: merge([box(0.03, 0.03, 0.18, [0.33, benchTop.y + 0.02, -0.62], [0, 0.4 + Math.PI / 2, 0])]),
    wood: merge([box(0.5, 0.02, 0.3, [-1.05, 1.1, -1.2]), box(0.02, 0.15, 0.3, [-1.29, 1.03, -1.2])]),
  };
}
