// Reads the XR frame into plain per-hand numbers each frame: grip pose, trigger, squeeze, and for
// tracked hands pinch gestures, plus the head position. The scene's logic reads only this object.

export interface XRHandInputState {
  connected: boolean;
  kind: 'controller' | 'hand';
  readonly position: [number, number, number];
  readonly quaternion: [number, number, number, number];
  /** the target ray's pose (where the controller or hand points: the pointer's line), same frame */
  readonly rayPosition: [number, number, number];
  readonly rayQuaternion: [number, number, number, number];
  /** controller squeeze, or thumb-index pinch on a tracked hand: grabs */
  grab: boolean;
  /** controller trigger, or thumb-middle pinch on a tracked hand: fires (the arc) */
  fire: boolean;
  /** the controller's upper face button (B on the right, Y on the left): held 1 s, it finishes */
  menu: boolean;
}

export interface XRInputState {
  left: XRHandInputState;
  right: XRHandInputState;
  readonly head: [number, number, number];
}

function createHand(): XRHandInputState {
  return { connected: false, kind: 'controller', position: [0, 0, 0], quaternion: [0, 0, 0, 1], rayPosition: [0, 0, 0], rayQuaternion: [0, 0, 0, 1], grab: false, fire: false, menu: false };
}

export function createXRInputState(): XRInputState {
  return { left: createHand(), right: createHand(), head: [0, 1.6, 0] };
}

const pinchDistance = 0.02;

function copyTransform(position: [number, number, number], quaternion: [number, number, number, number], transform: XRRigidTransform): void {
  const { position: p, orientation: q } = transform;
  position[0] = p.x;
  position[1] = p.y;
  position[2] = p.z;
  quaternion[0] = q.x;
  quaternion[1] = q.y;
  quaternion[2] = q.z;
  quaternion[3] = q.w;
}

function jointDistance(frame: XRFrame, hand: XRHand, a: XRHandJoint, b: XRHandJoint, space: XRReferenceSpace): number {
  const jointA = hand.get(a);
  const jointB = hand.get(b);
  if (!jointA || !jointB || !frame.getJointPose) return Infinity;
  const poseA = frame.getJointPose(jointA, space);
  const poseB = frame.getJointPose(jointB, space);
  if (!poseA || !poseB) return Infinity;
  const pa = poseA.transform.position;
  const pb = poseB.transform.position;
  return Math.hypot(pa.x - pb.x, pa.y - pb.y, pa.z - pb.z);
}

export function updateXRInputFromFrame(state: XRInputState, frame: XRFrame, space: XRReferenceSpace): void {
  state.left.connected = false;
  state.right.connected = false;
  const viewer = frame.getViewerPose(space);
  if (viewer) {
    const p = viewer.transform.position;
    state.head[0] = p.x;
    state.head[1] = p.y;
    state.head[2] = p.z;
  }
  for (const source of frame.session.inputSources) {
    if (source.handedness !== 'left' && source.handedness !== 'right') continue;
    const hand = state[source.handedness];
    const poseSpace = source.gripSpace ?? source.targetRaySpace;
    const pose = frame.getPose(poseSpace, space);
    if (!pose) continue;
    hand.connected = true;
    copyTransform(hand.position, hand.quaternion, pose.transform);
    const ray = source.gripSpace ? frame.getPose(source.targetRaySpace, space) : pose;
    copyTransform(hand.rayPosition, hand.rayQuaternion, (ray ?? pose).transform);
    if (source.hand) {
      hand.kind = 'hand';
      hand.grab = jointDistance(frame, source.hand, 'thumb-tip', 'index-finger-tip', space) < pinchDistance;
      hand.menu = false;
      hand.fire = jointDistance(frame, source.hand, 'thumb-tip', 'middle-finger-tip', space) < pinchDistance;
    } else {
      hand.kind = 'controller';
      const buttons = source.gamepad?.buttons;
      // xr-standard mapping: 0 trigger, 1 squeeze; Quest: 4 A/X, 5 B/Y
      hand.fire = (buttons?.[0]?.value ?? 0) > 0.5;
      hand.grab = (buttons?.[1]?.value ?? 0) > 0.5;
      hand.menu = buttons?.[5]?.pressed ?? false;
    }
  }
}
