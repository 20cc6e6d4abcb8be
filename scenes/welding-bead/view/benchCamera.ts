// The desktop / phone / tablet view of the booth: looking down at 45° onto the coupon, as
// close as a 16:10 PC screen allows, moved back and widened on other screens until the
// helmet, the gloves, the torch and the whole seam are in view between the overlay panels.
import type { CameraFit, ScreenInsets, Vec3 } from '../../../client/workshop/kit';
import { fitCamera } from '../../../client/workshop/kit';
import { plateSurfaceY, seamCentreZ, seamEndX, seamStartX } from '../geometry';
import { glovesRestPosition, helmetRestPosition, torchRestPosition } from './benchPhysics';
import { glovesHalfExtents, helmetHalfExtents } from './ppeModels';
import { torchHalfExtents } from './torchModel';

/** The 16:10 view the booth was laid out for: eye (0, 1.47, 0.14), looking at the coupon. */
export const benchViewTarget: Vec3 = [0, 0.9, -0.43];
const baseEye: Vec3 = [0, 1.47, 0.14];
const baseDistance = Math.hypot(baseEye[0] - benchViewTarget[0], baseEye[1] - benchViewTarget[1], baseEye[2] - benchViewTarget[2]);
const direction: Vec3 = [
  (benchViewTarget[0] - baseEye[0]) / baseDistance,
  (benchViewTarget[1] - baseEye[1]) / baseDistance,
  (benchViewTarget[2] - baseEye[2]) / baseDistance,
];

/** Points around a resting item: its reach along X and Z (any turn about the vertical), at its top and bottom. */
function around(centre: { x: number; y: number; z: number }, halfExtents: readonly [number, number, number]): Vec3[] {
  const reach = Math.max(halfExtents[0], halfExtents[1], halfExtents[2]);
  const points: Vec3[] = [];
  for (const dy of [-halfExtents[1], halfExtents[1]]) {
    for (const [dx, dz] of [[-reach, 0], [reach, 0], [0, -reach], [0, reach]] as const) points.push([centre.x + dx, centre.y + dy, centre.z + dz]);
  }
  return points;
}

/** What must be on screen: the three items where they rest and both ends of the seam. */
export const benchViewPoints: readonly Vec3[] = [
  ...around(helmetRestPosition, helmetHalfExtents),
  ...around(glovesRestPosition, glovesHalfExtents),
  ...around(torchRestPosition, torchHalfExtents),
  [seamStartX, plateSurfaceY, seamCentreZ],
  [seamEndX, plateSurfaceY, seamCentreZ],
];

export function fitBenchCamera(aspect: number, insets?: ScreenInsets): CameraFit {
  return fitCamera({
    aspect, target: benchViewTarget, direction, points: benchViewPoints, baseFov: 50, maxFov: 75, referenceAspect: 16 / 10, minDistance: baseDistance, insets,
  });
}
