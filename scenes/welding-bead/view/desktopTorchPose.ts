// Desktop torch control as plain math: the pointer picks a work point on the plate plane, the
// learner's travel angle, work angle and contact-tip distance place the contact tip above it.

export interface DesktopTorchSettings {
  /** degrees, positive = push (nozzle leans towards +X, the travel direction) */
  travelAngle: number;
  /** degrees, positive leans the nozzle towards +Z */
  workAngle: number;
  /** contact-tip-to-work distance, mm */
  contactTipToWorkDistance: number;
}

/** A good weld out of the box: 10° push, square across the seam, 11 mm stick-out. */
export function createDesktopTorchSettings(): DesktopTorchSettings {
  return { travelAngle: 10, workAngle: 0, contactTipToWorkDistance: 11 };
}

/**
 * Each key press moves a setting one step; a key held repeats after `delayMs` every `intervalMs`
 * (20°/s and 10 mm/s held, as before presses counted), on the keys' own event times.
 */
export const desktopTorchLimits = {
  travelAngle: { min: -45, max: 45, stepPerPress: 1, repeat: { delayMs: 300, intervalMs: 50 } },
  workAngle: { min: -45, max: 45, stepPerPress: 1, repeat: { delayMs: 300, intervalMs: 50 } },
  contactTipToWorkDistance: { min: 2, max: 40, stepPerWheelNotch: 1, stepPerPress: 1, repeat: { delayMs: 300, intervalMs: 100 } },
} as const;

export function clampDesktopTorchSettings(settings: DesktopTorchSettings): void {
  const { travelAngle, workAngle, contactTipToWorkDistance: ctwd } = desktopTorchLimits;
  settings.travelAngle = Math.min(travelAngle.max, Math.max(travelAngle.min, settings.travelAngle));
  settings.workAngle = Math.min(workAngle.max, Math.max(workAngle.min, settings.workAngle));
  settings.contactTipToWorkDistance = Math.min(ctwd.max, Math.max(ctwd.min, settings.contactTipToWorkDistance));
}

/**
 * Where a ray meets the horizontal plane y = planeY; false when it runs parallel or points away.
 * Writes the point into `out`.
 */
export function intersectRayWithHorizontalPlane(
  origin: readonly [number, number, number],
  direction: readonly [number, number, number],
  planeY: number,
  out: [number, number, number],
): boolean {
  const dy = direction[1];
  if (Math.abs(dy) < 1e-9) return false;
  const t = (planeY - origin[1]) / dy;
  if (!(t > 0)) return false;
  out[0] = origin[0] + direction[0] * t;
  out[1] = planeY;
  out[2] = origin[2] + direction[2] * t;
  return true;
}

/**
 * The nozzle axis (unit, tip towards work) for the settings. Built so the standard's measures
 * come back exactly: atan2(d.x, -d.y) = travel angle and atan2(|d.z|, -d.y) = |work angle|.
 */
export function desktopNozzleAxis(settings: DesktopTorchSettings, out: [number, number, number]): [number, number, number] {
  const x = Math.tan((settings.travelAngle * Math.PI) / 180);
  const z = Math.tan((settings.workAngle * Math.PI) / 180);
  const length = Math.hypot(x, 1, z);
  out[0] = x / length;
  out[1] = -1 / length;
  out[2] = z / length;
  return out;
}

/** Contact tip = work point moved back along the nozzle axis by the CTWD. */
export function desktopContactTip(
  workPoint: readonly [number, number, number],
  axis: readonly [number, number, number],
  settings: DesktopTorchSettings,
  out: [number, number, number],
): [number, number, number] {
  const ctwdMetres = settings.contactTipToWorkDistance / 1000;
  out[0] = workPoint[0] - axis[0] * ctwdMetres;
  out[1] = workPoint[1] - axis[1] * ctwdMetres;
  out[2] = workPoint[2] - axis[2] * ctwdMetres;
  return out;
}
