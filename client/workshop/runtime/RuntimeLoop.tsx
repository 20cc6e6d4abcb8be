// The workshop's one per-frame driver: reads XR input first, lets scene logic run (at
// workshopLogicPriority), then steps physics at a fixed 1/90 s and copies interpolated poses.
// Only numbers and Object3Ds change here; React state never does.
import { useEffect } from 'react';
import { addEffect, useFrame } from '@react-three/fiber';
import { useXR } from '@react-three/xr';
import { Matrix4, Quaternion, Vector3 } from 'three';
import { useWorkshopRuntime } from './RuntimeContext';
import { addMeteredTime, beginMeteredFrame } from './frameMeter';
import { stepPhysicsWorld } from './physicsWorld';
import { updateXRInputFromFrame } from './xrInput';
import { updateFinishGesture } from './finishGesture';
import type { XRHandInputState } from './xrInput';
export { workshopLogicPriority } from './workshopRuntime';

const inverseRoot = new Matrix4();
const toWorkshop = new Matrix4();
const pose = new Matrix4();
const position = new Vector3();
const quaternion = new Quaternion();
const unitScale = new Vector3(1, 1, 1);

function poseToWorkshop(p: [number, number, number], q: [number, number, number, number]): void {
  pose.compose(position.fromArray(p), quaternion.fromArray(q), unitScale);
  pose.premultiply(toWorkshop);
  pose.decompose(position, quaternion, unitScale.set(1, 1, 1));
  position.toArray(p);
  quaternion.toArray(q);
}

function toWorkshopFrame(hand: XRHandInputState): void {
  poseToWorkshop(hand.position, hand.quaternion);
  poseToWorkshop(hand.rayPosition, hand.rayQuaternion);
}

export function RuntimeLoop() {
  const runtime = useWorkshopRuntime();
  const mode = useXR((xr) => xr.mode);

  // The frame's own time: R3F hands it to global effects (rAF's on a page, the XRFrame's in a
  // session) but not to useFrame, whose clock is read when the callback runs.
  useEffect(
    () =>
      addEffect((timestamp) => {
        runtime.frameTimeMs = timestamp;
      }),
    [runtime],
  );

  useFrame((state, _delta, frame?: XRFrame) => {
    beginMeteredFrame(runtime.meter);
    const started = performance.now();
    const presenting = state.gl.xr.isPresenting;
    runtime.view.presenting = presenting;
    runtime.view.mode = presenting ? (mode === 'immersive-ar' ? 'ar' : 'vr') : 'desktop';
    const space = state.gl.xr.getReferenceSpace();
    if (presenting && frame && space) {
      updateXRInputFromFrame(runtime.xr, frame, space);
      // Poses come in the reference space: moved by a scene's XR origin (locomotion, XRLocomotion.tsx)
      // into the world, and out of the root's placement (AR) into the workshop frame.
      const origin = state.gl.xr.getCamera().parent;
      toWorkshop.identity();
      if (origin) {
        origin.updateWorldMatrix(true, false);
        toWorkshop.copy(origin.matrixWorld);
      }
      if (runtime.view.placed) toWorkshop.premultiply(inverseRoot.copy(runtime.root.matrixWorld).invert());
      if (origin || runtime.view.placed) {
        toWorkshopFrame(runtime.xr.left);
        toWorkshopFrame(runtime.xr.right);
        position.fromArray(runtime.xr.head).applyMatrix4(toWorkshop).toArray(runtime.xr.head);
      }
      const menu = (runtime.xr.left.connected && runtime.xr.left.menu) || (runtime.xr.right.connected && runtime.xr.right.menu);
      if (updateFinishGesture(runtime.finishGesture, menu, started)) runtime.requestFinish?.();
    } else {
      runtime.xr.left.connected = false;
      runtime.xr.right.connected = false;
    }
    addMeteredTime(runtime.meter, performance.now() - started);
  }, -3);

  useFrame((_state, delta) => {
    const started = performance.now();
    // A long pause (tab hidden) must not arrive as one huge step.
    stepPhysicsWorld(runtime.physics, Math.min(delta, 0.1));
    addMeteredTime(runtime.meter, performance.now() - started);
  }, -1);

  return null;
}
