// Hands on the bench: picking up the torch, helmet and gloves (XR squeeze/pinch, desktop click),
// moving the held torch (XR: in the hand; desktop: over the plate under the pointer) and
// putting PPE on. Plain TS over the runtime's physics and input; the view calls it each frame.
import { Matrix4, Quaternion, Raycaster, Vector2, Vector3 } from 'three';
import type { Camera, Object3D } from 'three';
import type { WorkshopRuntime } from '../../../client/workshop/runtime/workshopRuntime';
import type { PhysicsLink } from '../../../client/workshop/runtime/physicsWorld';
import type { GrabState, Holder } from '../../../client/workshop/runtime/grab';
import { beginGrab, createGrabState, endGrab, findNearestGrabbable, updateGrab } from '../../../client/workshop/runtime/grab';
import type { DesktopTorchSettings } from '../../../client/workshop/runtime/desktopTorchPose';
import {
  clampDesktopTorchSettings, createDesktopTorchSettings, desktopContactTip, desktopNozzleAxis, desktopTorchLimits, intersectRayWithHorizontalPlane,
} from '../../../client/workshop/runtime/desktopTorchPose';
import { consumeKeyPress } from '../../../client/workshop/runtime/desktopInput';
import { plateSurfaceY } from '../geometry';
import type { WeldingSession } from './weldingSession';
import type { TravelSpeedMeter } from '../travelSpeed';
import { releaseTorch, updateHeldTorch, wearPpe } from './weldingSession';
import { torchAxisInLink, torchInGripMatrix, torchLinkPoseFromTip, torchTipInLink } from './torchModel';

export interface BenchItems {
  torch: PhysicsLink;
  helmet: PhysicsLink;
  gloves: PhysicsLink;
  torchRest: { position: Vector3; quaternion: Quaternion };
}

export interface BenchInteraction {
  items: BenchItems;
  grabs: Record<Holder, GrabState>;
  /** held object in the holder's frame, captured at grab time (helmet, gloves) */
  offsets: Record<Holder, Matrix4>;
  settings: DesktopTorchSettings;
  readonly pointerWorkPoint: [number, number, number];
}

export function createBenchInteraction(items: BenchItems): BenchInteraction {
  return {
    items,
    grabs: { left: createGrabState('left'), right: createGrabState('right'), pointer: createGrabState('pointer') },
    offsets: { left: new Matrix4(), right: new Matrix4(), pointer: new Matrix4() },
    settings: createDesktopTorchSettings(),
    pointerWorkPoint: [0, plateSurfaceY, -0.45],
  };
}

type Session = WeldingSession & { meter: TravelSpeedMeter };
const torchInGrip = torchInGripMatrix();
const holderMatrix = new Matrix4();
const objectMatrix = new Matrix4();
const position = new Vector3();
const quaternion = new Quaternion();
const scale = new Vector3(1, 1, 1);
const tip: [number, number, number] = [0, 0, 0];
const axis: [number, number, number] = [0, -1, 0];
const tipVector = new Vector3();
const axisVector = new Vector3();

function putOn(runtime: WorkshopRuntime, session: Session, link: PhysicsLink, item: 'helmet' | 'gloves'): void {
  wearPpe(session, item);
  runtime.physics.world.removeBody(link.body);
  runtime.physics.links.delete(link.id);
  if (link.object) link.object.visible = false;
}

function holdTorch(bench: BenchInteraction, state: GrabState, session: Session, nowMs: number, fire: boolean): void {
  const link = bench.items.torch;
  updateGrab(state, [position.x, position.y, position.z], [quaternion.x, quaternion.y, quaternion.z, quaternion.w], nowMs / 1000);
  link.object?.position.copy(position);
  link.object?.quaternion.copy(quaternion);
  tipVector.copy(torchTipInLink).applyQuaternion(quaternion).add(position).toArray(tip);
  axisVector.copy(torchAxisInLink).applyQuaternion(quaternion).normalize().toArray(axis);
  updateHeldTorch(session, nowMs, tip, axis, fire);
}

function letGo(runtime: WorkshopRuntime, bench: BenchInteraction, state: GrabState, session: Session): void {
  const link = endGrab(state);
  if (!link) return;
  session.telemetry.record('release', { item: link.id, hand: state.holder });
  if (link === bench.items.torch) releaseTorch(session);
  void runtime;
}

/** XR: squeeze or pinch near an item grabs it; the helmet brought to the head is worn. */
export function updateBenchXR(runtime: WorkshopRuntime, bench: BenchInteraction, session: Session, nowMs: number, previousGrab: Record<'left' | 'right', boolean>): void {
  for (const side of ['left', 'right'] as const) {
    const hand = runtime.xr[side];
    const state = bench.grabs[side];
    const grabbing = hand.connected && hand.grab;
    // Level-triggered: a squeezing hand takes what comes within reach (the squeeze may start first).
    if (grabbing && !state.link) {
      const link = findNearestGrabbable(runtime.physics, hand.position, 0.15);
      if (link === bench.items.gloves) {
        session.telemetry.record('grab', { item: 'gloves', hand: side });
        putOn(runtime, session, link, 'gloves');
      } else if (link) {
        beginGrab(state, link, hand.position, nowMs / 1000);
        session.telemetry.record('grab', { item: link.id, hand: side });
        holderMatrix.compose(position.fromArray(hand.position), quaternion.fromArray(hand.quaternion), scale);
        objectMatrix.compose(position.copy(link.body.position as unknown as Vector3), quaternion.set(link.body.quaternion.x, link.body.quaternion.y, link.body.quaternion.z, link.body.quaternion.w), scale);
        bench.offsets[side].copy(holderMatrix.invert()).multiply(objectMatrix);
      }
    } else if (!grabbing && state.link) {
      letGo(runtime, bench, state, session);
    }
    previousGrab[side] = grabbing;
    const link = state.link;
    if (!link) continue;
    holderMatrix.compose(position.fromArray(hand.position), quaternion.fromArray(hand.quaternion), scale);
    objectMatrix.multiplyMatrices(holderMatrix, link === bench.items.torch ? torchInGrip : bench.offsets[side]);
    objectMatrix.decompose(position, quaternion, scale);
    scale.set(1, 1, 1);
    if (link === bench.items.torch) {
      holdTorch(bench, state, session, nowMs, hand.fire);
      continue;
    }
    updateGrab(state, [position.x, position.y, position.z], [quaternion.x, quaternion.y, quaternion.z, quaternion.w], nowMs / 1000);
    link.object?.position.copy(position);
    link.object?.quaternion.copy(quaternion);
    const head = runtime.xr.head;
    if (link === bench.items.helmet && Math.hypot(position.x - head[0], position.y - head[1], position.z - head[2]) < 0.25) {
      endGrab(state);
      putOn(runtime, session, link, 'helmet');
    }
  }
}

const raycaster = new Raycaster();
const ndc = new Vector2();
const rayOrigin: [number, number, number] = [0, 0, 0];
const rayDirection: [number, number, number] = [0, 0, 0];

/** Desktop: click picks items up or puts PPE on; the held torch follows the pointer on the plate. */
export function updateBenchDesktop(runtime: WorkshopRuntime, bench: BenchInteraction, session: Session, camera: Camera, nowMs: number, dt: number): void {
  const input = runtime.desktop;
  const state = bench.grabs.pointer;
  const { torch, helmet, gloves } = bench.items;
  for (const click of input.clicks.splice(0)) {
    ndc.set(click[0], click[1]);
    raycaster.setFromCamera(ndc, camera);
    const targets = [torch, helmet, gloves].filter((link) => runtime.physics.links.has(link.id) && link.object && !link.held).map((link) => link.object as Object3D);
    const hit = raycaster.intersectObjects(targets, true)[0];
    let picked: Object3D | null = hit?.object ?? null;
    while (picked && !targets.includes(picked)) picked = picked.parent;
    if (picked === helmet.object) putOn(runtime, session, helmet, 'helmet');
    else if (picked === gloves.object) putOn(runtime, session, gloves, 'gloves');
    else if (picked === torch.object && !state.link) {
      beginGrab(state, torch, [0, 0, 0], nowMs / 1000);
      session.telemetry.record('grab', { item: 'torch', hand: 'pointer' });
    }
  }
  ndc.set(input.pointer[0], input.pointer[1]);
  raycaster.setFromCamera(ndc, camera);
  if (!state.link) return;
  if (consumeKeyPress(input, 'Escape')) {
    letGo(runtime, bench, state, session);
    torch.body.position.set(bench.items.torchRest.position.x, bench.items.torchRest.position.y, bench.items.torchRest.position.z);
    const rest = bench.items.torchRest.quaternion;
    torch.body.quaternion.set(rest.x, rest.y, rest.z, rest.w);
    torch.body.velocity.set(0, 0, 0);
    return;
  }
  const s = bench.settings;
  const keys = input.keys;
  const limits = desktopTorchLimits;
  if (consumeKeyPress(input, 'KeyR')) Object.assign(s, createDesktopTorchSettings());
  s.travelAngle += ((keys.has('KeyW') ? 1 : 0) - (keys.has('KeyS') ? 1 : 0)) * limits.travelAngle.stepPerSecond * dt;
  s.workAngle += ((keys.has('KeyD') ? 1 : 0) - (keys.has('KeyA') ? 1 : 0)) * limits.workAngle.stepPerSecond * dt;
  s.contactTipToWorkDistance += ((keys.has('KeyE') ? 1 : 0) - (keys.has('KeyQ') ? 1 : 0)) * limits.contactTipToWorkDistance.stepPerSecond * dt;
  s.contactTipToWorkDistance += input.wheelNotches * limits.contactTipToWorkDistance.stepPerWheelNotch;
  input.wheelNotches = 0;
  clampDesktopTorchSettings(s);
  raycaster.ray.origin.toArray(rayOrigin);
  raycaster.ray.direction.toArray(rayDirection);
  const work = bench.pointerWorkPoint;
  if (input.pointerInside && intersectRayWithHorizontalPlane(rayOrigin, rayDirection, plateSurfaceY, work)) {
    work[0] = Math.min(0.5, Math.max(-0.5, work[0]));
    work[2] = Math.min(-0.15, Math.max(-0.75, work[2]));
  }
  desktopNozzleAxis(s, axis);
  desktopContactTip(work, axis, s, tip);
  torchLinkPoseFromTip(tip, axis, position, quaternion);
  holdTorch(bench, state, session, nowMs, input.primaryDown || keys.has('Space'));
}
