// The MIG torch: contact tip, nozzle, swan neck, handle with trigger, and where it sits in a
// hand. The torch's own frame ("link frame") is centred on its body for physics; the contact tip
// and the nozzle axis (tip towards work = -Y) are given in that frame.
import { Matrix4, Quaternion, Vector3 } from 'three';
import type { BufferGeometry } from 'three';
import { box, cylinder, merge } from './shapes';

const neckBend = new Vector3(0, 0.12, 0);
/** Handle direction from its far end towards the neck (the torch leans its handle back). */
const handleAxis = new Vector3(Math.SQRT1_2, -Math.SQRT1_2, 0);
const handleLength = 0.16;
/** Centre of the physics box in model coordinates (model origin = contact tip). */
const linkCentre = new Vector3(-0.05, 0.13, 0);

export const torchHalfExtents: [number, number, number] = [0.085, 0.13, 0.025];
/** Contact tip in the link frame. */
export const torchTipInLink = new Vector3().sub(linkCentre);
/** Nozzle axis (tip towards work) in the link frame. */
export const torchAxisInLink = new Vector3(0, -1, 0);

export interface TorchGeometry {
  copper: BufferGeometry;
  nozzle: BufferGeometry;
  body: BufferGeometry;
  trigger: BufferGeometry;
}

/** Geometry in the link frame. */
export function buildTorchGeometry(): TorchGeometry {
  const at = (x: number, y: number, z = 0) => [x - linkCentre.x, y - linkCentre.y, z - linkCentre.z];
  const handleCentre = neckBend.clone().addScaledVector(handleAxis, -handleLength / 2 - 0.02);
  const handleEnd = neckBend.clone().addScaledVector(handleAxis, -handleLength - 0.02);
  const handleTilt = Math.PI / 4;
  return {
    copper: merge([cylinder(0.0035, 0.0025, 0.01, at(0, 0.002), undefined, 10), cylinder(0.0006, 0.0006, 0.006, at(0, -0.003), undefined, 6)]),
    nozzle: merge([cylinder(0.009, 0.0075, 0.055, at(0, 0.03), undefined, 20), cylinder(0.0065, 0.0065, 0.01, at(0, 0.06), undefined, 16)]),
    body: merge([
      cylinder(0.0065, 0.0065, 0.055, at(0, 0.09), undefined, 12),
      cylinder(0.0065, 0.0065, 0.04, at(-0.01, 0.125), [0, 0, handleTilt / 2], 12),
      cylinder(0.015, 0.013, handleLength, at(handleCentre.x, handleCentre.y), [0, 0, handleTilt], 16),
      cylinder(0.011, 0.016, 0.05, at(handleEnd.x - 0.015, handleEnd.y + 0.015), [0, 0, handleTilt], 12),
    ]),
    trigger: merge([box(0.008, 0.03, 0.01, at(handleCentre.x + 0.026, handleCentre.y - 0.002), [0, 0, handleTilt])]),
  };
}

/**
 * How the torch sits in a hand's grip space (XR): the handle along the grip's forward axis (-Z),
 * the neck bending down in front, so the nozzle points 45° down from where the hand points.
 */
export function torchInGripMatrix(): Matrix4 {
  const up = new Vector3(Math.SQRT1_2, Math.SQRT1_2, 0);
  const side = new Vector3().crossVectors(handleAxis, up);
  const torchBasis = new Matrix4().makeBasis(handleAxis, up, side);
  const gripBasis = new Matrix4().makeBasis(new Vector3(0, 0, -1), new Vector3(0, 1, 0), new Vector3(1, 0, 0));
  const rotation = gripBasis.multiply(torchBasis.transpose());
  const handleMiddle = neckBend.clone().addScaledVector(handleAxis, -handleLength / 2 - 0.02).sub(linkCentre);
  const translation = handleMiddle.applyMatrix4(rotation).negate();
  return rotation.setPosition(translation);
}

const q = new Quaternion();
const unitY = new Vector3(0, 1, 0);
const v = new Vector3();

/**
 * The link pose that puts the contact tip at `tip` with the nozzle axis along `axis`
 * (desktop control): the handle trails behind, away from the direction of travel.
 */
export function torchLinkPoseFromTip(tip: readonly number[], axis: readonly number[], outPosition: Vector3, outQuaternion: Quaternion): void {
  outQuaternion.copy(q.setFromUnitVectors(unitY, v.set(-(axis[0] ?? 0), -(axis[1] ?? 0), -(axis[2] ?? 0))));
  outPosition.set(tip[0] ?? 0, tip[1] ?? 0, tip[2] ?? 0).sub(v.copy(torchTipInLink).applyQuaternion(outQuaternion));
}
