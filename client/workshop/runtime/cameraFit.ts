// Fits a desktop/phone camera to the screen it has: the same view direction on every device,
// moved back (and, on narrow screens, widened) until every point that matters projects inside
// the part of the screen the overlay panels leave free. Plain math, no three.js.

export type Vec3 = readonly [number, number, number];

/** Fractions (0..0.45) of the viewport's height (top, bottom) and width (left, right) kept free of the scene's points. */
export interface ScreenInsets {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface CameraFitRequest {
  /** viewport width / height */
  aspect: number;
  /** the point the camera looks at */
  target: Vec3;
  /** unit vector from the eye towards the target */
  direction: Vec3;
  /** everything that must be in view (bench items, seam ends) */
  points: readonly Vec3[];
  /** vertical field of view (degrees) on the reference screen */
  baseFov: number;
  /** the widest vertical field of view a narrow screen may get (degrees) */
  maxFov: number;
  /** the screen shape the base view was made for (width / height) */
  referenceAspect: number;
  /** the eye never comes closer to the target than this (metres): the base view's distance */
  minDistance: number;
  insets?: ScreenInsets;
}

export interface CameraFit {
  position: [number, number, number];
  /** vertical field of view, degrees */
  fov: number;
  /** eye-to-target distance, metres */
  distance: number;
}

const noInsets: ScreenInsets = { top: 0, bottom: 0, left: 0, right: 0 };
const radians = Math.PI / 180;

/**
 * Keeps the reference screen's horizontal field of view on narrower screens (a phone held
 * upright would otherwise see a thin slice of the bench), up to `maxFov`.
 */
export function fitVerticalFov(aspect: number, baseFov: number, maxFov: number, referenceAspect: number): number {
  if (!(aspect > 0) || aspect >= referenceAspect) return baseFov;
  const fov = (2 * Math.atan((Math.tan((baseFov * radians) / 2) * referenceAspect) / aspect)) / radians;
  return Math.min(maxFov, Math.max(baseFov, fov));
}

/** Where the eye must stand (along -direction from the target) for every point to land inside the free window. */
export function fitCamera(request: CameraFitRequest): CameraFit {
  const { aspect, target, direction: f, points } = request;
  const fov = fitVerticalFov(aspect, request.baseFov, request.maxFov, request.referenceAspect);
  const tanV = Math.tan((fov * radians) / 2);
  const tanH = tanV * aspect;
  const insets = request.insets ?? noInsets;
  const clampInset = (value: number) => Math.min(0.45, Math.max(0, value));
  // The free window in normalised device coordinates; it always contains the centre.
  const right = 1 - 2 * clampInset(insets.right);
  const left = 1 - 2 * clampInset(insets.left);
  const top = 1 - 2 * clampInset(insets.top);
  const bottom = 1 - 2 * clampInset(insets.bottom);
  // Camera basis: r = f × worldUp, u = r × f (three.js lookAt with +Y up).
  let rx = -f[2];
  let rz = f[0];
  const rLength = Math.hypot(rx, rz) || 1;
  rx /= rLength;
  rz /= rLength;
  const ux = -rz * f[1];
  const uy = rz * f[0] - rx * f[2];
  const uz = rx * f[1];
  let distance = request.minDistance;
  for (const p of points) {
    const dx = p[0] - target[0];
    const dy = p[1] - target[1];
    const dz = p[2] - target[2];
    const x = dx * rx + dz * rz;
    const y = dx * ux + dy * uy + dz * uz;
    const z = dx * f[0] + dy * f[1] + dz * f[2];
    // The point's depth is distance + z; it lands inside when |x| ≤ depth · tanH · (window edge).
    const needX = x >= 0 ? x / (right * tanH) : -x / (left * tanH);
    const needY = y >= 0 ? y / (top * tanV) : -y / (bottom * tanV);
    distance = Math.max(distance, needX - z, needY - z);
  }
  return {
    position: [target[0] - f[0] * distance, target[1] - f[1] * distance, target[2] - f[2] * distance],
    fov,
    distance,
  };
}
