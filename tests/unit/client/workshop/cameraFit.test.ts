import { describe, expect, it } from 'vitest';
import { PerspectiveCamera, Vector3 } from 'three';
import type { ScreenInsets, Vec3 } from '../../../../client/workshop/runtime/cameraFit';
import { fitCamera, fitVerticalFov } from '../../../../client/workshop/runtime/cameraFit';

/** Projects with three.js itself, an independent check of the fit's own math. */
function project(position: Vec3, target: Vec3, fov: number, aspect: number, points: readonly Vec3[]): Array<[number, number]> {
  const camera = new PerspectiveCamera(fov, aspect, 0.01, 100);
  camera.position.set(...position);
  camera.lookAt(new Vector3(...target));
  camera.updateMatrixWorld();
  camera.updateProjectionMatrix();
  return points.map((p) => {
    const v = new Vector3(...p).project(camera);
    return [v.x, v.y];
  });
}

const target: Vec3 = [0, 0.9, -0.43];
const direction: Vec3 = [0, -Math.SQRT1_2, -Math.SQRT1_2];
const points: Vec3[] = [
  [-0.5, 0.9, -0.5], [0.45, 0.92, -0.3], [-0.3, 1.02, -0.65], [0.1, 0.95, -0.45], [-0.1, 0.95, -0.45], [0.2, 0.9, -0.15],
];
const base = { target, direction, points, baseFov: 50, maxFov: 75, referenceAspect: 1.6, minDistance: 0.8 };

function inside(ndc: Array<[number, number]>, insets: ScreenInsets = { top: 0, bottom: 0, left: 0, right: 0 }): boolean {
  const eps = 1e-9;
  return ndc.every(([x, y]) => x <= 1 - 2 * insets.right + eps && x >= -1 + 2 * insets.left - eps && y <= 1 - 2 * insets.top + eps && y >= -1 + 2 * insets.bottom - eps);
}

describe('camera fit', () => {
  it('keeps the base field of view on wide screens and the reference horizontal view on narrow ones, up to the cap', () => {
    expect(fitVerticalFov(1.6, 50, 75, 1.6)).toBe(50);
    expect(fitVerticalFov(2.4, 50, 75, 1.6)).toBe(50);
    // 4:3 keeps the 16:10 screen's horizontal field of view exactly.
    const fov = fitVerticalFov(4 / 3, 50, 75, 1.6);
    const horizontal = (f: number, aspect: number) => 2 * Math.atan(Math.tan((f * Math.PI) / 360) * aspect);
    expect(horizontal(fov, 4 / 3)).toBeCloseTo(horizontal(50, 1.6), 9);
    expect(fitVerticalFov(390 / 844, 50, 75, 1.6)).toBe(75);
  });

  it('puts every point inside the screen, for phones and tablets either way up and for PC screens', () => {
    for (const aspect of [390 / 844, 844 / 390, 820 / 1180, 1180 / 820, 1280 / 800, 1920 / 1080, 1]) {
      const fit = fitCamera({ ...base, aspect });
      expect(inside(project(fit.position, target, fit.fov, aspect, points)), `aspect ${aspect.toFixed(2)}`).toBe(true);
      // Tight: no farther back than needed (one point on an edge) unless the base distance rules.
      const closer = project(
        [target[0] - direction[0] * fit.distance * 0.97, target[1] - direction[1] * fit.distance * 0.97, target[2] - direction[2] * fit.distance * 0.97],
        target, fit.fov, aspect, points,
      );
      if (fit.distance > base.minDistance + 1e-9) expect(inside(closer)).toBe(false);
    }
  });

  it('keeps the points out of the bands the overlay keeps for itself', () => {
    const insets = { top: 0.18, bottom: 0.36, left: 0.04, right: 0.04 };
    const aspect = 390 / 844;
    const plain = fitCamera({ ...base, aspect });
    expect(inside(project(plain.position, target, plain.fov, aspect, points), insets)).toBe(false);
    const fit = fitCamera({ ...base, aspect, insets });
    expect(fit.distance).toBeGreaterThan(plain.distance);
    expect(inside(project(fit.position, target, fit.fov, aspect, points), insets)).toBe(true);
  });

  it('never comes nearer than the base distance, looking along the given direction', () => {
    const fit = fitCamera({ ...base, aspect: 1.6, points: [target] });
    expect(fit.distance).toBe(0.8);
    expect(fit.position[0]).toBeCloseTo(0, 12);
    expect(fit.position[1]).toBeCloseTo(0.9 + 0.8 * Math.SQRT1_2, 12);
    expect(fit.position[2]).toBeCloseTo(-0.43 + 0.8 * Math.SQRT1_2, 12);
  });
});
