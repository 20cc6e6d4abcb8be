// Driving the emulated Quest 3 (IWER, ?xr=emulate) at the electrical bench: enter VR, aim a
// controller's ray at a world point and pull the trigger, carry a grabbed tool to a point, and
// move a tracked hand so its index finger tip pokes through a point. Only the emulated device
// is moved, as a person's head and hands would move; the test hook says what happened.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
// The emulator's own pointing-hand pose: where its index finger tip sits from the hand's origin.
import { pointHandPose } from 'iwer/lib/device/configs/hand/point.js';
// Its Quest 3 controllers (Touch Plus): where the grip (what grabs) sits from the target ray's origin.
import { metaQuestTouchPlus } from 'iwer/lib/device/configs/controller/meta.js';
import { nextFrames, readElectrical, type Vec3 } from './electrical';

export type Handedness = 'left' | 'right';

interface Movable {
  position: { x: number; y: number; z: number; set(x: number, y: number, z: number): void };
  quaternion: { set(x: number, y: number, z: number, w: number): void };
}

export type EmulatedDevice = Movable & {
  primaryInputMode: 'controller' | 'hand';
  hands: Record<Handedness, Movable & { poseId: string; updatePinchValue(value: number): void }>;
  controllers: Record<Handedness, Movable & { updateButtonValue(id: string, value: number): void }>;
};

/** Runs `act` on the emulated headset in the page. */
export async function device<A, R = unknown>(page: Page, act: (d: EmulatedDevice, arg: A) => R, arg?: A): Promise<Awaited<R>> {
  return page.evaluate(
    ([source, a]) => {
      const d = (window as unknown as { __vocaxrXRDevice: EmulatedDevice }).__vocaxrXRDevice;
      return (new Function('d', 'a', `return (${source})(d, a)`) as (d: EmulatedDevice, a: unknown) => unknown)(d, a);
    },
    [act.toString(), arg] as const,
  ) as Promise<Awaited<R>>;
}

/** Presses the page's Enter VR button and waits until the session presents. */
export async function enterVR(page: Page): Promise<void> {
  await page.getByRole('button', { name: /Vào VR|Enter VR/ }).click();
  await expect.poll(async () => (await readElectrical(page))?.presenting, { timeout: 20_000 }).toBe(true);
  expect((await readElectrical(page)).mode).toBe('vr');
}

export const headPosition = (page: Page) => device(page, (d) => [d.position.x, d.position.y, d.position.z] as Vec3);

const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
const scale = (a: Vec3, s: number): Vec3 => [a[0] * s, a[1] * s, a[2] * s];
const unit = (a: Vec3): Vec3 => scale(a, 1 / Math.hypot(...a));

type Quaternion = [number, number, number, number];

/** The rotation (yaw about Y, then pitch about X; no roll) that turns -Z, where rays and fingers point, to `direction`. */
function facing(direction: Vec3): Quaternion {
  const [dx, dy, dz] = unit(direction);
  const yaw = Math.atan2(-dx, -dz);
  const pitch = Math.asin(Math.max(-1, Math.min(1, dy)));
  const [sy, cy, sp, cp] = [Math.sin(yaw / 2), Math.cos(yaw / 2), Math.sin(pitch / 2), Math.cos(pitch / 2)];
  // q = qYaw(0, sy, 0, cy) * qPitch(sp, 0, 0, cp)
  return [cy * sp, sy * cp, -sy * sp, cy * cp];
}

function rotate(q: Quaternion, v: Vec3): Vec3 {
  const [x, y, z, w] = q;
  const u: Vec3 = [x, y, z];
  const cross = (a: Vec3, b: Vec3): Vec3 => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
  const t = scale(cross(u, v), 2);
  return add(add(v, scale(t, w)), cross(u, t));
}

/**
 * Puts the controller `distance` m in front of `target` (on the line from the head) with its
 * target ray (IWER moves the ray space; the grip hangs off it) pointing straight at it.
 */
export async function aimController(page: Page, hand: Handedness, target: Vec3, distance = 0.35): Promise<void> {
  const head = await headPosition(page);
  const direction = unit(sub(target, head));
  const origin = sub(target, scale(direction, distance));
  const q = facing(direction);
  await device(page, (d, a) => {
    d.primaryInputMode = 'controller';
    d.controllers[a.hand].position.set(a.p[0], a.p[1], a.p[2]);
    d.controllers[a.hand].quaternion.set(a.q[0], a.q[1], a.q[2], a.q[3]);
  }, { hand, p: origin, q });
  await nextFrames(page, 3);
}

/** Presses and releases a controller button (trigger: select; squeeze: grab), a few frames each way. */
export async function pressButton(page: Page, hand: Handedness, button: 'trigger' | 'squeeze', hold = true): Promise<void> {
  await device(page, (d, a) => d.controllers[a.hand].updateButtonValue(a.button, 1), { hand, button });
  await nextFrames(page, 3);
  if (!hold) return;
  await device(page, (d, a) => d.controllers[a.hand].updateButtonValue(a.button, 0), { hand, button });
  await nextFrames(page, 3);
}

export const releaseButton = async (page: Page, hand: Handedness, button: 'trigger' | 'squeeze') => {
  await device(page, (d, a) => d.controllers[a.hand].updateButtonValue(a.button, 0), { hand, button });
  await nextFrames(page, 3);
};

/** Aims the controller's ray at the target's world point and clicks the trigger on it. */
export async function rayClick(page: Page, hand: Handedness, id: string): Promise<void> {
  const target = (await readElectrical(page)).targets[id];
  expect(target, `target ${id}`).toBeDefined();
  await aimController(page, hand, target!.world);
  await pressButton(page, hand, 'trigger', true);
}

function gripOffset(hand: Handedness): Vec3 {
  const m = (metaQuestTouchPlus as unknown as { layout: Record<Handedness, { gripOffsetMatrix: number[] }> }).layout[hand].gripOffsetMatrix;
  return [m[12]!, m[13]!, m[14]!];
}

/** Where the controller's ray origin goes for its grip to be at `point`, held pointing from the head. */
async function gripPose(page: Page, hand: Handedness, point: Vec3): Promise<{ p: Vec3; q: Quaternion }> {
  const q = facing(sub(point, await headPosition(page)));
  return { p: sub(point, rotate(q, gripOffset(hand))), q };
}

/** Moves the controller so its grip goes to `point` in `steps` steps a few frames apart, as an arm moves. */
export async function moveGrip(page: Page, hand: Handedness, point: Vec3, steps = 4): Promise<void> {
  const from = await device(page, (d, a) => [d.controllers[a].position.x, d.controllers[a].position.y, d.controllers[a].position.z] as Vec3, hand);
  const { p: to, q } = await gripPose(page, hand, point);
  for (let i = 1; i <= steps; i++) {
    const p = add(from, scale(sub(to, from), i / steps));
    await device(page, (d, a) => {
      d.primaryInputMode = 'controller';
      d.controllers[a.hand].position.set(a.p[0], a.p[1], a.p[2]);
      d.controllers[a.hand].quaternion.set(a.q[0], a.q[1], a.q[2], a.q[3]);
    }, { hand, p, q });
    await nextFrames(page, 2);
  }
}

/**
 * Squeezes on `item` where it lies (the grip on its centre) and waits until the view says it is
 * held. Already in the hand (it stays there after being used on a target), the hand first lifts
 * it 15 cm towards the head, clear of the target, so the squeeze presses nothing else.
 */
export async function grab(page: Page, hand: Handedness, item: string): Promise<void> {
  const state = await readElectrical(page);
  const at = state.targets[item]!.world;
  if (state.electrical.held === item) await moveGrip(page, hand, add(at, scale(unit(sub(await headPosition(page), at)), 0.15)), 2);
  else await moveGrip(page, hand, at, 1);
  await pressButton(page, hand, 'squeeze', false);
  await expect.poll(async () => (await readElectrical(page)).electrical.held, { timeout: 10_000, message: `${item} grabbed` }).toBe(item);
}

/** Grabs `item`, carries it to `place`'s world point and lets go there (a grabbed tool snaps onto what takes it). */
export async function grabCarryRelease(page: Page, hand: Handedness, item: string, place: string): Promise<void> {
  await grab(page, hand, item);
  await moveGrip(page, hand, (await readElectrical(page)).targets[place]!.world);
  await releaseButton(page, hand, 'squeeze');
}

/** The index finger tip's offset from the hand's origin in IWER's pointing pose (the right hand mirrors x, as IWER does). */
function indexTipOffset(hand: Handedness): Vec3 {
  const m = (pointHandPose as unknown as { jointTransforms: Record<string, { offsetMatrix: number[] }> }).jointTransforms['index-finger-tip']!.offsetMatrix;
  return [hand === 'right' ? -m[12]! : m[12]!, m[13]!, m[14]!];
}

/**
 * Switches to tracked hands in the pointing pose and moves the index finger tip along the line
 * from the head through `target`: from `before` m in front of it to `through` m past it and back,
 * a few frames per step, as a finger pushes a switch.
 */
export async function pokeWithHand(page: Page, hand: Handedness, target: Vec3, before = 0.08, through = 0.012, steps = 8): Promise<void> {
  const head = await headPosition(page);
  const direction = unit(sub(target, head));
  const q = facing(direction);
  const tip = rotate(q, indexTipOffset(hand));
  await device(page, (d, a) => {
    d.primaryInputMode = 'hand';
    d.hands[a].poseId = 'point';
  }, hand);
  // The hands' input sources (and their pointers) replace the controllers' over a few frames.
  await nextFrames(page, 10);
  const place = async (along: number) => {
    const p = sub(add(target, scale(direction, along)), tip);
    await device(page, (d, a) => {
      d.hands[a.hand].position.set(a.p[0], a.p[1], a.p[2]);
      d.hands[a.hand].quaternion.set(a.q[0], a.q[1], a.q[2], a.q[3]);
    }, { hand, p, q });
    await nextFrames(page, 2);
  };
  const path = [...Array.from({ length: steps + 1 }, (_, i) => -before + ((before + through) * i) / steps)];
  for (const along of [...path, ...path.slice(0, -1).reverse()]) await place(along);
}

