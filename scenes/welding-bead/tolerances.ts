// The standard's tolerance per measured parameter (the rubric's defaults, later editable by an
// instructor), the practice-mode cue for a value, and the ideal torch pose the ghost guide shows.
import type { Cue, ToleranceBand } from '../rubric/tolerance';
import type { Vec3 } from './geometry';
import { cueForBand } from '../rubric/tolerance';
import { plateSurfaceY, seamCentreZ } from './geometry';

export const weldingParameterIds = ['work-angle', 'travel-angle', 'ctwd', 'travel-speed', 'aim'] as const;
export type WeldingParameterId = (typeof weldingParameterIds)[number];

export const weldingTolerances: Readonly<Record<WeldingParameterId, ToleranceBand>> = {
  'work-angle': { min: null, max: 10, ideal: 0, unit: 'deg' },
  'travel-angle': { min: 5, max: 15, ideal: 10, unit: 'deg' },
  ctwd: { min: 8, max: 14, ideal: 11, unit: 'mm' },
  'travel-speed': { min: 4, max: 8, ideal: 6, unit: 'mm/s' },
  aim: { min: null, max: 2, ideal: 0, unit: 'mm' },
};

/** A work point counts towards coverage only with the wire this close to the seam and plate. */
export const coverageMaxAimOffsetMm = 5;
export const coverageMaxContactTipToWorkDistanceMm = 25;

/** Green within tolerance, amber outside by at most half the band (or half the limit), red beyond. */
export function cueFor(parameterId: WeldingParameterId, value: number): Cue {
  return cueForBand(weldingTolerances[parameterId], value);
}

/** The ghost guide: the ideal torch (tip position and nozzle axis) for a work point at x on the seam. */
export function idealTorchPose(workPointX: number): { p: Vec3; d: Vec3 } {
  const travelAngle = (weldingTolerances['travel-angle'].ideal * Math.PI) / 180;
  const ctwdMetres = weldingTolerances.ctwd.ideal / 1000;
  const d: Vec3 = [Math.sin(travelAngle), -Math.cos(travelAngle), 0];
  const p: Vec3 = [workPointX - d[0] * ctwdMetres, plateSurfaceY - d[1] * ctwdMetres, seamCentreZ];
  return { p, d };
}
