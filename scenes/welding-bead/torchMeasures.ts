// What one torch sample says about the weld: contact-tip-to-work distance, the work point on
// the plate, the work and travel angles and the aim offset, by the standard's formulas.
import type { Vec3 } from './geometry';
import { plateSurfaceY, seamCentreZ } from './geometry';

const degreesPerRadian = 180 / Math.PI;

export interface TorchMeasures {
  /** Along the nozzle axis from the contact tip to the plate, mm. */
  contactTipToWorkDistance: number;
  /** Where the nozzle axis meets the plate, metres (mutable so a fold can reuse one object). */
  workPoint: [number, number, number];
  /** atan2(|d.z|, -d.y), degrees: 0 is square to the plate across the seam. */
  workAngleDeviation: number;
  /** atan2(d.x, -d.y), degrees: positive leans towards +X (push). */
  travelAngle: number;
  /** |w.z - seam centre z|, mm. */
  aimOffset: number;
}

export function createTorchMeasures(): TorchMeasures {
  return { contactTipToWorkDistance: 0, workPoint: [0, 0, 0], workAngleDeviation: 0, travelAngle: 0, aimOffset: 0 };
}

/**
 * Measures a sample, writing into `out` (a fresh object by default, so hot loops can reuse one).
 * Returns undefined when d.y >= 0: a nozzle not pointing down never meets the plate.
 */
export function measureTorch(p: Vec3, d: Vec3, out: TorchMeasures = createTorchMeasures()): TorchMeasures | undefined {
  const [px, py, pz] = p;
  const [dx, dy, dz] = d;
  if (!(dy < 0)) return undefined;
  const ctwdMetres = (py - plateSurfaceY) / -dy;
  const workPoint = out.workPoint;
  workPoint[0] = px + dx * ctwdMetres;
  workPoint[1] = py + dy * ctwdMetres;
  workPoint[2] = pz + dz * ctwdMetres;
  out.contactTipToWorkDistance = ctwdMetres * 1000;
  out.workAngleDeviation = Math.atan2(Math.abs(dz), -dy) * degreesPerRadian;
  out.travelAngle = Math.atan2(dx, -dy) * degreesPerRadian;
  out.aimOffset = Math.abs(workPoint[2] - seamCentreZ) * 1000;
  return out;
}
