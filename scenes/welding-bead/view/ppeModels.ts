// Procedural welding helmet and gauntlet gloves, each in its physics link frame (box centre).
import type { BufferGeometry } from 'three';
import { box, cylinder, merge, sphere } from './shapes';

export const helmetHalfExtents: [number, number, number] = [0.11, 0.12, 0.13];
export const glovesHalfExtents: [number, number, number] = [0.11, 0.025, 0.09];

export function buildHelmetGeometry(): { shell: BufferGeometry; lens: BufferGeometry; band: BufferGeometry } {
  return {
    shell: merge([sphere(0.12, [0, 0, 0.01], [0.9, 1.0, 1.05], 20), box(0.16, 0.05, 0.06, [0, -0.1, 0.07])]),
    lens: merge([box(0.1, 0.05, 0.02, [0, 0.015, 0.125])]),
    band: merge([cylinder(0.1, 0.1, 0.02, [0, 0.0, 0], undefined, 20), cylinder(0.025, 0.025, 0.03, [0.105, 0, 0], [0, 0, Math.PI / 2], 12), cylinder(0.025, 0.025, 0.03, [-0.105, 0, 0], [0, 0, Math.PI / 2], 12)]),
  };
}

export function buildGlovesGeometry(): { leather: BufferGeometry; cuff: BufferGeometry } {
  const glove = (x: number, mirror: number) => [
    box(0.075, 0.022, 0.085, [x, 0, -0.01]),
    ...[-0.027, -0.009, 0.009, 0.027].map((dx) => cylinder(0.009, 0.009, 0.06, [x + dx, 0, -0.08], [Math.PI / 2, 0, 0], 8)),
    cylinder(0.009, 0.009, 0.045, [x + mirror * 0.045, 0, -0.03], [Math.PI / 2, 0, mirror * 0.7], 8),
  ];
  return {
    leather: merge([...glove(-0.05, -1), ...glove(0.055, 1)]),
    cuff: merge([box(0.085, 0.03, 0.07, [-0.05, 0.002, 0.065]), box(0.085, 0.03, 0.07, [0.055, 0.002, 0.065])]),
  };
}
