import { describe, expect, it } from 'vitest';
import { createTorchMeasures, measureTorch } from '../../../../scenes/welding-bead/torchMeasures';
import { torchData } from './support/weldLog';

describe('measureTorch (the standard formulas)', () => {
  it('measures a torch straight down', () => {
    const m = measureTorch([0.01, 0.962, -0.449], [0, -1, 0])!;
    expect(m.contactTipToWorkDistance).toBeCloseTo(12, 12);
    expect(m.workPoint).toEqual([0.01, 0.95, -0.449]);
    expect(m.workAngleDeviation).toBe(0);
    expect(m.travelAngle).toBe(0);
    expect(m.aimOffset).toBeCloseTo(1, 12);
  });

  it('measures a push angle: 3-4-5 triangle along X', () => {
    // CTWD = (0.958 - 0.950) / 0.8 = 10 mm; w.x = 0.02 + 0.6 * 0.010 = 0.026
    const m = measureTorch([0.02, 0.958, -0.45], [0.6, -0.8, 0])!;
    expect(m.contactTipToWorkDistance).toBeCloseTo(10, 12);
    expect(m.workPoint[0]).toBeCloseTo(0.026, 15);
    expect(m.travelAngle).toBeCloseTo(36.8699, 4);
    expect(m.workAngleDeviation).toBe(0);
  });

  it('measures a drag angle as negative and a lean across the seam either way as positive', () => {
    expect(measureTorch([0, 0.96, -0.45], [-0.6, -0.8, 0])!.travelAngle).toBeCloseTo(-36.8699, 4);
    const leanPlus = measureTorch([0, 0.958, -0.45], [0, -0.8, 0.6])!;
    const leanMinus = measureTorch([0, 0.958, -0.45], [0, -0.8, -0.6])!;
    expect(leanPlus.workAngleDeviation).toBeCloseTo(36.8699, 4);
    expect(leanMinus.workAngleDeviation).toBeCloseTo(36.8699, 4);
    // w.z = -0.45 ± 0.6 * 0.010: 6 mm off the centre line
    expect(leanPlus.aimOffset).toBeCloseTo(6, 9);
    expect(leanMinus.aimOffset).toBeCloseTo(6, 9);
  });

  it('has no work point when the nozzle does not point down', () => {
    expect(measureTorch([0, 0.96, -0.45], [1, 0, 0])).toBeUndefined();
    expect(measureTorch([0, 0.96, -0.45], [0, 1, 0])).toBeUndefined();
  });

  it('reuses the object it is given', () => {
    const out = createTorchMeasures();
    expect(measureTorch([0, 0.96, -0.45], [0, -1, 0], out)).toBe(out);
  });

  it('inverts the test helper', () => {
    const { p, d } = torchData({ x: 0.03, ctwdMm: 12, travelDeg: 7, workDeg: 4, aimMm: 1.5 });
    const m = measureTorch(p as [number, number, number], d as [number, number, number])!;
    expect(m.contactTipToWorkDistance).toBeCloseTo(12, 9);
    expect(m.travelAngle).toBeCloseTo(7, 9);
    expect(m.workAngleDeviation).toBeCloseTo(4, 9);
    expect(m.aimOffset).toBeCloseTo(1.5, 9);
    expect(m.workPoint[0]).toBeCloseTo(0.03, 12);
  });
});
