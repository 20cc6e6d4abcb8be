// Vertex-coloured merged geometry: every static structure and every tool is one mesh with one
// shared material, so the whole workshop stays within a few dozen draw calls.
import { BoxGeometry, BufferAttribute, Color, CylinderGeometry, Euler, Matrix4, MeshStandardMaterial, Quaternion, SphereGeometry, Vector3 } from 'three';
import type { BufferGeometry } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';

export type V3 = readonly [number, number, number];

export const colouredMaterial = new MeshStandardMaterial({ vertexColors: true, roughness: 0.6, metalness: 0.05 });

const matrix = new Matrix4();
const colour = new Color();

/** One part: the geometry moved to `at` (turned by `rotation`), every vertex painted `hex`. */
export function part(geometry: BufferGeometry, hex: string, at: V3 = [0, 0, 0], rotation: V3 = [0, 0, 0]): BufferGeometry {
  const g = geometry.index ? geometry.toNonIndexed() : geometry;
  g.applyMatrix4(matrix.compose(new Vector3(...at), new Quaternion().setFromEuler(new Euler(...rotation)), new Vector3(1, 1, 1)));
  colour.set(hex).convertSRGBToLinear();
  const count = g.getAttribute('position').count;
  const colours = new Float32Array(count * 3);
  for (let i = 0; i < count; i += 1) colours.set([colour.r, colour.g, colour.b], i * 3);
  g.setAttribute('color', new BufferAttribute(colours, 3));
  return g;
}

export const box = (size: V3, hex: string, at?: V3, rotation?: V3) => part(new BoxGeometry(...size), hex, at, rotation);
export const cylinder = (radius: number, length: number, hex: string, at?: V3, rotation?: V3, segments = 12) =>
  part(new CylinderGeometry(radius, radius, length, segments), hex, at, rotation);
export const sphere = (radius: number, hex: string, at?: V3) => part(new SphereGeometry(radius, 12, 8), hex, at);

export function merge(parts: BufferGeometry[]): BufferGeometry {
  const merged = mergeGeometries(parts);
  if (!merged) throw new Error('parts do not merge');
  merged.computeBoundingSphere();
  return merged;
}
