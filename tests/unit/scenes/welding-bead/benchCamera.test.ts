// The booth's view on every screen shape: helmet, gloves, torch and both seam ends project
// inside the part of the screen the overlay leaves free (three.js projection, not the fit's math).
import { describe, expect, it } from 'vitest';
import { PerspectiveCamera, Vector3 } from 'three';
import { benchViewPoints, benchViewTarget, fitBenchCamera } from '../../../../scenes/welding-bead/view/benchCamera';
import { workshopOverlayInsets } from '../../../../client/workshop/runtime/overlayLayout';

const screens = [
  { name: 'phone upright', width: 390, height: 844, touch: true },
  { name: 'phone sideways', width: 844, height: 390, touch: true },
  { name: 'tablet upright', width: 820, height: 1180, touch: true },
  { name: 'tablet sideways', width: 1180, height: 820, touch: true },
  { name: 'small phone', width: 360, height: 640, touch: true },
  { name: 'PC 16:10', width: 1280, height: 800, touch: false },
  { name: 'PC 4:3', width: 1024, height: 768, touch: false },
];

function screenPoints(position: readonly number[], fov: number, width: number, height: number): Array<[number, number]> {
  const camera = new PerspectiveCamera(fov, width / height, 0.02, 50);
  camera.position.set(position[0]!, position[1]!, position[2]!);
  camera.lookAt(new Vector3(...benchViewTarget));
  camera.updateMatrixWorld();
  camera.updateProjectionMatrix();
  return benchViewPoints.map((p) => {
    const v = new Vector3(...p).project(camera);
    return [((v.x + 1) / 2) * width, ((1 - v.y) / 2) * height];
  });
}

describe('the welding booth camera', () => {
  for (const { name, width, height, touch } of screens) {
    it(`shows the bench items and the whole seam between the panels: ${name} ${width}×${height}`, () => {
      const insets = workshopOverlayInsets(width, height, touch);
      const fit = fitBenchCamera(width / height, insets);
      for (const [x, y] of screenPoints(fit.position, fit.fov, width, height)) {
        expect(x).toBeGreaterThanOrEqual(insets.left * width - 0.5);
        expect(x).toBeLessThanOrEqual(width - insets.right * width + 0.5);
        expect(y).toBeGreaterThanOrEqual(insets.top * height - 0.5);
        expect(y).toBeLessThanOrEqual(height - insets.bottom * height + 0.5);
      }
    });
  }

  it('keeps the 16:10 PC view the booth was laid out for', () => {
    const fit = fitBenchCamera(1280 / 800, workshopOverlayInsets(1280, 800, false));
    expect(fit.fov).toBe(50);
    expect(fit.position[0]).toBeCloseTo(0, 9);
    expect(fit.position[1]).toBeCloseTo(1.47, 9);
    expect(fit.position[2]).toBeCloseTo(0.14, 9);
  });

  it('would lose the helmet, gloves and torch off a phone held upright with the PC pose', () => {
    // The pose every screen got before the fit: the test above must be able to fail.
    const outside = screenPoints([0, 1.47, 0.14], 50, 390, 844).filter(([x]) => x < 0 || x > 390);
    expect(outside.length).toBeGreaterThan(10);
  });
});
