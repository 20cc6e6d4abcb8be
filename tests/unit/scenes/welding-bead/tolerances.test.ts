import { describe, expect, it } from 'vitest';
import { cueFor, idealTorchPose, weldingParameterIds, weldingTolerances } from '../../../../scenes/welding-bead/tolerances';
import { measureTorch } from '../../../../scenes/welding-bead/torchMeasures';

describe('welding tolerances and live cues', () => {
  it('hold the standard tolerances', () => {
    expect(weldingTolerances).toMatchObject({
      'work-angle': { min: null, max: 10 },
      'travel-angle': { min: 5, max: 15 },
      ctwd: { min: 8, max: 14 },
      'travel-speed': { min: 4, max: 8 },
      aim: { min: null, max: 2 },
    });
    expect(weldingParameterIds).toEqual(Object.keys(weldingTolerances));
  });

  it.each([
    ['work-angle', 0, 'green'],
    ['work-angle', 10, 'green'],
    ['work-angle', 15, 'amber'], // one-sided: half the limit
    ['work-angle', 15.1, 'red'],
    ['travel-angle', 5, 'green'],
    ['travel-angle', 0, 'amber'], // two-sided: half the 10 degree width
    ['travel-angle', -0.1, 'red'],
    ['travel-angle', 20, 'amber'],
    ['travel-angle', 20.1, 'red'],
    ['ctwd', 11, 'green'],
    ['ctwd', 5, 'amber'],
    ['ctwd', 4.9, 'red'],
    ['ctwd', 17, 'amber'],
    ['ctwd', 17.1, 'red'],
    ['travel-speed', 2, 'amber'],
    ['travel-speed', 1.9, 'red'],
    ['travel-speed', 10, 'amber'],
    ['travel-speed', 10.1, 'red'],
    ['aim', 2, 'green'],
    ['aim', 3, 'amber'],
    ['aim', 3.01, 'red'],
  ] as const)('%s %d is %s', (parameterId, value, cue) => {
    expect(cueFor(parameterId, value)).toBe(cue);
  });

  it('place the ghost guide at the ideal pose', () => {
    const { p, d } = idealTorchPose(0.02);
    const m = measureTorch(p, d)!;
    expect(m.contactTipToWorkDistance).toBeCloseTo(11, 9);
    expect(m.travelAngle).toBeCloseTo(10, 9);
    expect(m.workAngleDeviation).toBe(0);
    expect(m.aimOffset).toBeCloseTo(0, 9);
    expect(m.workPoint[0]).toBeCloseTo(0.02, 12);
  });
});
