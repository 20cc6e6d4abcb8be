// Hands on the bench: picking up the torch, helmet and gloves (XR squeeze/pinch; the desktop's
// click in benchDesktop.ts), moving the held torch and putting PPE on. Plain TS over the
// runtime's physics and input; the view calls it each frame. In a headset the frame loop is the
// headset's own (72-120 Hz whatever the page draws), so each XR frame is one sample, stamped
// with that frame's time.
import { Matrix4, Quaternion, Vector3 } from 'three';
import type { GrabState, Holder, KeySteps, PhysicsLink, PointerSampler, WorkshopRuntime } from '../../../client/workshop/kit';
import { beginGrab, createGrabState, createKeySteps, createPointerSampler, discardTimedInput, endGrab, findNearestGrabbable, updateGrab } from '../../../client/workshop/kit';
import type { DesktopTorchSettings } from './desktopTorchPose';
import { createDesktopTorchSettings } from './desktopTorchPose';
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
  /** desktop: the pointer's readings turned into samples, and the steering keys, on input time */
  readonly pointerSampler: PointerSampler;
  readonly keySteps: KeySteps;
}

export function createBenchInteraction(items: BenchItems): BenchInteraction {
  return {
    items,
    grabs: { left: createGrabState('left'), right: createGrabState('right'), pointer: createGrabState('pointer') },
    offsets: { left: new Matrix4(), right: new Matrix4(), pointer: new Matrix4() },
    settings: createDesktopTorchSettings(),
    pointerWorkPoint: [0, plateSurfaceY, -0.45],
    pointerSampler: createPointerSampler(),
    keySteps: createKeySteps(),
  };
}

export type Session = WeldingSession & { meter: TravelSpeedMeter };
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

export function putOn(runtime: WorkshopRuntime, session: Session, link: PhysicsLink, item: 'helmet' | 'gloves', nowMs: number): void {
  wearPpe(session, item, nowMs);
  runtime.physics.world.removeBody(link.body);
  runtime.physics.links.delete(link.id);
  if (link.object) link.object.visible = false;
}

/** The held torch at `nowMs` (its link at `position`/`quaternion` set by the caller). */
function holdTorch(bench: BenchInteraction, state: GrabState, session: Session, nowMs: number, fire: boolean): void {
  const link = bench.items.torch;
  updateGrab(state, [position.x, position.y, position.z], [quaternion.x, quaternion.y, quaternion.z, quaternion.w], nowMs / 1000);
  link.object?.position.copy(position);
  link.object?.quaternion.copy(quaternion);
  tipVector.copy(torchTipInLink).applyQuaternion(quaternion).add(position).toArray(tip);
  axisVector.copy(torchAxisInLink).applyQuaternion(quaternion).normalize().toArray(axis);
  updateHeldTorch(session, nowMs, tip, axis, fire);
}

export function letGo(bench: BenchInteraction, state: GrabState, session: Session, nowMs: number): void {
  const link = endGrab(state);
  if (!link) return;
  session.telemetry.record('release', { item: link.id, hand: state.holder }, nowMs);
  if (link === bench.items.torch) releaseTorch(session);
}

/** Desktop: the torch at the pose the pointer and settings give (tip, axis), at the sample's time. */
export function holdTorchAt(bench: BenchInteraction, session: Session, tipAt: readonly [number, number, number], axisAt: readonly [number, number, number], nowMs: number, fire: boolean): void {
  torchLinkPoseFromTip(tipAt, axisAt, position, quaternion);
  holdTorch(bench, bench.grabs.pointer, session, nowMs, fire);
}

/** XR: squeeze or pinch near an item grabs it; the helmet brought to the head is worn. */
export function updateBenchXR(runtime: WorkshopRuntime, bench: BenchInteraction, session: Session, nowMs: number, previousGrab: Record<'left' | 'right', boolean>): void {
  discardTimedInput(runtime.desktop);
  for (const side of ['left', 'right'] as const) {
    const hand = runtime.xr[side];
    const state = bench.grabs[side];
    const grabbing = hand.connected && hand.grab;
    // Level-triggered: a squeezing hand takes what comes within reach (the squeeze may start first).
    if (grabbing && !state.link) {
      const link = findNearestGrabbable(runtime.physics, hand.position, 0.15);
      if (link === bench.items.gloves) {
        session.telemetry.record('grab', { item: 'gloves', hand: side }, nowMs);
        putOn(runtime, session, link, 'gloves', nowMs);
      } else if (link) {
        beginGrab(state, link, hand.position, nowMs / 1000);
        session.telemetry.record('grab', { item: link.id, hand: side }, nowMs);
        holderMatrix.compose(position.fromArray(hand.position), quaternion.fromArray(hand.quaternion), scale);
        objectMatrix.compose(position.copy(link.body.position as unknown as Vector3), quaternion.set(link.body.quaternion.x, link.body.quaternion.y, link.body.quaternion.z, link.body.quaternion.w), scale);
        bench.offsets[side].copy(holderMatrix.invert()).multiply(objectMatrix);
      }
    } else if (!grabbing && state.link) {
      letGo(bench, state, session, nowMs);
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
      putOn(runtime, session, link, 'helmet', nowMs);
    }
  }
}
