// Driving the emulated Quest 3 (IWER, ?xr=emulate&devui=0) in the fire workshop: step the head
// somewhere in the room (room-scale walking), put a controller's grip on a world point, squeeze
// on a target, and point the held extinguisher's nozzle (10 cm along the controller's target ray,
// as the view reads it) from a tip at a world point. Only the emulated device moves; the test hook says what happened.
import type { Page } from 'playwright-core';
import { Matrix4, Quaternion, Vector3 } from 'three';
import { expect } from 'vitest';
// Its Quest 3 controllers (Touch Plus): the grip space (what the view reads) relative to the target ray (what IWER moves).
import { metaQuestTouchPlus } from 'iwer/lib/device/configs/controller/meta.js';
import { device, pressButton, type Handedness } from './electricalXR';
import { nextFrames, readWorkshop, type FireWorkshopState, type Vec3 } from './fire';

/** Moves the headset (the person steps there; the eyes at `height`), facing `yaw` (0: -z). */
export async function stepTo(page: Page, [x, z]: [number, number], yaw = 0, height = 1.6): Promise<void> {
  const q = new Quaternion().setFromAxisAngle(new Vector3(0, 1, 0), yaw);
  await device(page, (d, a) => {
    d.position.set(a.p[0], a.p[1], a.p[2]);
    d.quaternion.set(a.q[0], a.q[1], a.q[2], a.q[3]);
  }, { p: [x, height, z] as Vec3, q: [q.x, q.y, q.z, q.w] as const });
  await nextFrames(page, 3);
}

function gripOffset(hand: Handedness): Matrix4 {
  const m = (metaQuestTouchPlus as unknown as { layout: Record<Handedness, { gripOffsetMatrix: number[] }> }).layout[hand].gripOffsetMatrix;
  return new Matrix4().fromArray(m);
}

/**
 * The controller (target ray) pose that puts its grip at `grip` with the grip's -z along
 * `direction` (the view discharges along the grip's -z). Without a direction the grip keeps the
 * ray's usual pose, pointing ahead and a little down.
 */
export function controllerPoseFor(hand: Handedness, grip: Vec3, direction: Vec3 = [0, -0.3, -1]): { p: Vec3; q: [number, number, number, number] } {
  const want = new Vector3(...direction).normalize();
  // a grip orientation with -z along `want` and no roll
  const yaw = Math.atan2(-want.x, -want.z);
  const pitch = Math.asin(Math.max(-1, Math.min(1, want.y)));
  const gripQ = new Quaternion().setFromAxisAngle(new Vector3(0, 1, 0), yaw).multiply(new Quaternion().setFromAxisAngle(new Vector3(1, 0, 0), pitch));
  const offset = gripOffset(hand);
  const offsetQ = new Quaternion().setFromRotationMatrix(offset);
  const offsetT = new Vector3().setFromMatrixPosition(offset);
  // grip = ray ∘ offset: rayQ = gripQ · offsetQ⁻¹, rayP = grip − rayQ · offsetT
  const rayQ = gripQ.clone().multiply(offsetQ.clone().invert());
  const rayP = new Vector3(...grip).sub(offsetT.applyQuaternion(rayQ));
  return { p: [rayP.x, rayP.y, rayP.z], q: [rayQ.x, rayQ.y, rayQ.z, rayQ.w] };
}

/** Points the controller's target ray along `at − tip` with the nozzle's tip (10 cm along the ray, the view's) at `tip`. */
export async function aimNozzle(page: Page, hand: Handedness, tip: Vec3, at: Vec3): Promise<void> {
  const want = new Vector3(at[0] - tip[0], at[1] - tip[1], at[2] - tip[2]).normalize();
  const q = new Quaternion().setFromUnitVectors(new Vector3(0, 0, -1), want);
  const p = new Vector3(...tip).addScaledVector(want, -0.1);
  await device(page, (d, a) => {
    d.primaryInputMode = 'controller';
    d.controllers[a.hand].position.set(a.p[0], a.p[1], a.p[2]);
    d.controllers[a.hand].quaternion.set(a.q[0], a.q[1], a.q[2], a.q[3]);
  }, { hand, p: [p.x, p.y, p.z] as Vec3, q: [q.x, q.y, q.z, q.w] as const });
  await nextFrames(page, 2);
}

/** Puts the controller's grip at `grip` (discharging along `direction`), in `steps` moves a couple of frames apart as an arm moves. */
export async function moveGripTo(page: Page, hand: Handedness, grip: Vec3, direction?: Vec3, steps = 1): Promise<void> {
  const target = controllerPoseFor(hand, grip, direction);
  const from = await device(page, (d, a) => [d.controllers[a].position.x, d.controllers[a].position.y, d.controllers[a].position.z] as Vec3, hand);
  for (let i = 1; i <= steps; i++) {
    const f = i / steps;
    const p: Vec3 = [from[0] + (target.p[0] - from[0]) * f, from[1] + (target.p[1] - from[1]) * f, from[2] + (target.p[2] - from[2]) * f];
    await device(page, (d, a) => {
      d.primaryInputMode = 'controller';
      d.controllers[a.hand].position.set(a.p[0], a.p[1], a.p[2]);
      d.controllers[a.hand].quaternion.set(a.q[0], a.q[1], a.q[2], a.q[3]);
    }, { hand, p, q: target.q });
    await nextFrames(page, 2);
  }
}

/** The controller's grip on the target's world point, squeezed there (held down: the caller lets go). */
export async function squeezeOn(page: Page, hand: Handedness, id: string): Promise<FireWorkshopState> {
  const state = await readWorkshop(page);
  const target = state.targets[id];
  expect(target?.enabled, `target ${id} enabled`).toBe(true);
  await moveGripTo(page, hand, target!.world);
  await pressButton(page, hand, 'squeeze', false);
  return readWorkshop(page);
}

export { device, enterVR, pressButton, releaseButton } from './electricalXR';
