// Geometry helpers for building static props in place, then merged into one mesh per material
// (every material is one draw call, whatever the number of parts).
import { BoxGeometry, CylinderGeometry, Euler, Matrix4, Quaternion, SphereGeometry, TorusGeometry, Vector3 } from 'three';
import type { BufferGeometry } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';

const matrix = new Matrix4();
const rotation = new Quaternion();
const euler = new Euler();
const scale = new Vector3(1, 1, 1);
const offset = new Vector3();

function place(geometry: BufferGeometry, position: readonly number[], rotationXYZ: readonly number[] = [0, 0, 0]): BufferGeometry {
  euler.set(rotationXYZ[0] ?? 0, rotationXYZ[1] ?? 0, rotationXYZ[2] ?? 0);
  matrix.compose(offset.set(position[0] ?? 0, position[1] ?? 0, position[2] ?? 0), rotation.setFromEuler(euler), scale);
  return geometry.applyMatrix4(matrix);
}

/** A box of size (w, h, d) centred at `position`. */
export function box(w: number, h: number, d: number, position: readonly number[], rotationXYZ?: readonly number[]): BufferGeometry {
  return place(new BoxGeometry(w, h, d), position, rotationXYZ);
}

/** A cylinder along Y (rotate for other axes), centred at `position`. */
export function cylinder(radiusTop: number, radiusBottom: number, height: number, position: readonly number[], rotationXYZ?: readonly number[], segments = 16): BufferGeometry {
  return place(new CylinderGeometry(radiusTop, radiusBottom, height, segments), position, rotationXYZ);
}

export function sphere(radius: number, position: readonly number[], squash: readonly number[] = [1, 1, 1], segments = 12): BufferGeometry {
  const geometry = new SphereGeometry(radius, segments, Math.max(6, segments >> 1));
  geometry.scale(squash[0] ?? 1, squash[1] ?? 1, squash[2] ?? 1);
  return place(geometry, position);
}

export function torus(radius: number, tube: number, position: readonly number[], rotationXYZ?: readonly number[], arc = Math.PI * 2): BufferGeometry {
  return place(new TorusGeometry(radius, tube, 8, 24, arc), position, rotationXYZ);
}

/** One geometry from many parts (all parts must share attributes: position, normal, uv). */
export function merge(parts: BufferGeometry[]): BufferGeometry {
  const merged = mergeGeometries(parts.map((part) => (part.index ? part.toNonIndexed() : part)));
  if (!merged) throw new Error('merge: parts have different attributes');
  for (const part of parts) part.dispose();
  return merged;
}
