import { describe, expect, it } from 'vitest';
import {
  createDesktopTorchSettings, desktopContactTip, desktopNozzleAxis, intersectRayWithHorizontalPlane,
} from '../../../../scenes/welding-bead/view/desktopTorchPose';
import { cueFor, measureTorch } from '../../../../scenes/welding-bead';

describe('desktop torch pose', () => {
  it('defaults to a good weld: 10° push, square, 11 mm, all cues green on the seam', () => {
    const settings = createDesktopTorchSettings();
    const d = desktopNozzleAxis(settings, [0, 0, 0]);
    const p = desktopContactTip([0.02, 0.95, -0.45], d, settings, [0, 0, 0]);
    expect(Math.hypot(...d)).toBeCloseTo(1, 12);
    const m = measureTorch(p, d);
    expect(m?.travelAngle).toBeCloseTo(10, 9);
    expect(m?.workAngleDeviation).toBeCloseTo(0, 9);
    expect(m?.contactTipToWorkDistance).toBeCloseTo(11, 9);
    expect(m?.aimOffset).toBeCloseTo(0, 6);
    expect(m?.workPoint[0]).toBeCloseTo(0.02, 12);
    for (const [id, value] of [['travel-angle', m?.travelAngle], ['work-angle', m?.workAngleDeviation], ['ctwd', m?.contactTipToWorkDistance]] as const) {
      expect(cueFor(id, value ?? NaN)).toBe('green');
    }
  });

  it('gives back the chosen angles exactly by the standard formulas', () => {
    const settings = { travelAngle: -7, workAngle: 13, contactTipToWorkDistance: 20 };
    const d = desktopNozzleAxis(settings, [0, 0, 0]);
    const m = measureTorch(desktopContactTip([0, 0.95, -0.44], d, settings, [0, 0, 0]), d);
    expect(m?.travelAngle).toBeCloseTo(-7, 9);
    expect(m?.workAngleDeviation).toBeCloseTo(13, 9);
    expect(m?.contactTipToWorkDistance).toBeCloseTo(20, 9);
  });

  it('meets the plate plane along the pointer ray, and not behind the camera', () => {
    const out: [number, number, number] = [0, 0, 0];
    expect(intersectRayWithHorizontalPlane([0, 1.5, 0], [0, -0.6, -0.8], 0.95, out)).toBe(true);
    expect(out[1]).toBe(0.95);
    expect(out[2]).toBeCloseTo((-0.55 / 0.6) * 0.8, 12);
    expect(intersectRayWithHorizontalPlane([0, 1.5, 0], [0, 0.6, -0.8], 0.95, out)).toBe(false);
    expect(intersectRayWithHorizontalPlane([0, 1.5, 0], [1, 0, 0], 0.95, out)).toBe(false);
  });
});
