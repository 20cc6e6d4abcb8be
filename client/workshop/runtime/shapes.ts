// Vertex-coloured merged geometry built in code (no model files to load): every static structure
// or prop is one mesh with one shared material, so a workshop stays within a few dozen draw calls.
import { BoxGeometry, BufferAttribute, Color, CylinderGeometry, Euler, Matrix4, MeshStandardMaterial, Quaternion, SphereGeometry, TorusGeometry, Vector3 } from 'three';
import type { BufferGeometry } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';

export type ShapeVec3 = readonly [number, number, number];

/** The one material every vertex-coloured part shares. */
export const vertexColouredMaterial = new MeshStandardMaterial({ vertexColors: true, roughness: 0.6, metalness: 0.05 });

const matrix = new Matrix4();
const colour = new Color();

/** One part: the geometry moved to `at` (turned by `rotation`), every vertex painted `hex`. */
export function colouredPart(geometry: BufferGeometry, hex: string, at: ShapeVec3 = [0, 0, 0], rotation: ShapeVec3 = [0, 0, 0]): BufferGeometry {
  const g = geometry.index ? geometry.toNonIndexed() : geometry;
  g.deleteAttribute('uv');
  g.applyMatrix4(matrix.compose(new Vector3(...at), new Quaternion().setFromEuler(new Euler(...rotation)), new Vector3(1, 1, 1)));
  colour.set(hex).convertSRGBToLinear();
  const count = g.getAttribute('position').count;
  const colours = new Float32Array(count * 3);
  for (let i = 0; i < count; i += 1) colours.set([colour.r, colour.g, colour.b], i * 3);
  g.setAttribute('color', new BufferAttribute(colours, 3));
  return g;
}

export const shapeBox = (size: ShapeVec3, hex: string, at?: ShapeVec3, rotation?: ShapeVec3) => colouredPart(new BoxGeometry(...size), hex, at, rotation);
export const shapeCylinder = (radius: number, length: number, hex: string, at?: ShapeVec3, rotation?: ShapeVec3, segments = 12) =>
  colouredPart(new CylinderGeometry(radius, radius, length, segments), hex, at, rotation);
/** A cone frustum: `top` and `bottom` radii along y. */
export const shapeFrustum = (top: number, bottom: number, length: number, hex: string, at?: ShapeVec3, rotation?: ShapeVec3, segments = 12) =>
  colouredPart(new CylinderGeometry(top, bottom, length, segments), hex, at, rotation);
export const shapeSphere = (radius: number, hex: string, at?: ShapeVec3) => colouredPart(new SphereGeometry(radius, 12, 8), hex, at);
export const shapeTorus = (radius: number, tube: number, hex: string, at?: ShapeVec3, rotation?: ShapeVec3, arc = Math.PI * 2) =>
  colouredPart(new TorusGeometry(radius, tube, 6, 16, arc), hex, at, rotation);

export function mergeShapes(parts: BufferGeometry[]): BufferGeometry {
  const merged = mergeGeometries(parts);
  if (!merged) throw new Error('parts do not merge');
  merged.computeBoundingSphere();
  return merged;
}
