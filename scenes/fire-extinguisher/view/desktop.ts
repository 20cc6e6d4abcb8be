// The workshop with a mouse and keyboard (and a touch screen): the learner walks with W/A/S/D or
// the arrow keys, turns with Q/E (← →), or clicks the floor to walk there with empty hands; the
// camera follows over their shoulder. With an extinguisher in hand the mouse aims the nozzle at
// the point under the pointer and the held button (or Space) squeezes the handle. The nozzle is
// sampled on the input's own times (the kit's pointer sampler, 60 a second), so a slow PC
// records, shows and is scored for the same discharge as a fast one.
import { Raycaster, Vector2 } from 'three';
import type { Camera, PerspectiveCamera } from 'three';
import type { PointerSample, PointerSampler, TelemetrySink, WorkshopRuntime } from '../../../client/workshop/kit';
import { consumeActionPress, isKeyActionDown, keepInArea, skipPointerSamples, takePointerSamples } from '../../../client/workshop/kit';
import type { Agent } from '../events';
import { fireGeometry } from '../fire';
import type { FireKeyAction } from './keys';
import { desktopCamera, desktopHold, fireCentre, nozzleSampleIntervalMs, walkable } from './layout';
import type { Vec3 } from './layout';
import type { FireSession } from './session';
import { sampleNozzle } from './session';

export const walkSpeed = 1.4;
export const turnSpeed = 1.6;

export interface DesktopState {
  readonly sampler: PointerSampler;
  /** click-to-move: where the learner walks to (null: standing) */
  walkTo: [number, number] | null;
  /** a press that began on a button-like target (the pin, a rack hook): its samples squeeze nothing */
  uiPress: { from: number; until: number };
  /** the aim point under the pointer now (drawn as a marker in practice), workshop frame */
  readonly aim: Vec3;
}

export function createDesktopState(sampler: PointerSampler): DesktopState {
  return { sampler, walkTo: null, uiPress: { from: Infinity, until: Infinity }, aim: [fireCentre[0], fireGeometry.aimPlaneY, fireCentre[2]] };
}

/** A point of the learner's frame (x right, y up, -z forward) in the workshop frame. */
export function learnerToWorkshop(position: readonly number[], yaw: number, local: readonly number[], out: Vec3): Vec3 {
  const c = Math.cos(yaw);
  const s = Math.sin(yaw);
  const x = local[0] ?? 0;
  const z = local[2] ?? 0;
  out[0] = (position[0] ?? 0) + x * c + z * s;
  out[1] = (position[1] ?? 0) + (local[1] ?? 0);
  out[2] = (position[2] ?? 0) - x * s + z * c;
  return out;
}

const floorPoint: [number, number] = [0, 0];

/** Keeps the learner in the room and out of the fire itself (the area a headset's teleport keeps to). */
export function keepWalkable(position: Vec3): void {
  floorPoint[0] = position[0];
  floorPoint[1] = position[2];
  keepInArea(walkable, floorPoint);
  position[0] = floorPoint[0];
  position[2] = floorPoint[1];
}

const down = (runtime: WorkshopRuntime, action: FireKeyAction) => isKeyActionDown(runtime.desktop, action);

/** Walking and turning for one frame of `dt` seconds. */
export function moveLearner(runtime: WorkshopRuntime, session: FireSession, state: DesktopState, dt: number): void {
  const learner = session.learner;
  const turn = (down(runtime, 'turnLeft') ? 1 : 0) - (down(runtime, 'turnRight') ? 1 : 0);
  learner.yaw += turn * turnSpeed * dt;
  const forward = (down(runtime, 'forward') ? 1 : 0) - (down(runtime, 'back') ? 1 : 0);
  const strafe = (down(runtime, 'right') ? 1 : 0) - (down(runtime, 'left') ? 1 : 0);
  const c = Math.cos(learner.yaw);
  const s = Math.sin(learner.yaw);
  if (forward !== 0 || strafe !== 0) {
    state.walkTo = null;
    const k = (walkSpeed * dt) / Math.hypot(forward, strafe);
    learner.position[0] += (-s * forward + c * strafe) * k;
    learner.position[2] += (-c * forward - s * strafe) * k;
  } else if (state.walkTo) {
    const dx = state.walkTo[0] - learner.position[0];
    const dz = state.walkTo[1] - learner.position[2];
    const left = Math.hypot(dx, dz);
    const step = walkSpeed * dt;
    if (left <= step) {
      learner.position[0] = state.walkTo[0];
      learner.position[2] = state.walkTo[1];
      state.walkTo = null;
    } else {
      learner.position[0] += (dx / left) * step;
      learner.position[2] += (dz / left) * step;
    }
  }
  keepWalkable(learner.position);
}

const eye: Vec3 = [0, 0, 0];
const look: Vec3 = [0, 0, 0];

/** The camera over the learner's shoulder. */
export function placeFollowCamera(camera: Camera, session: FireSession): void {
  const { position, yaw } = session.learner;
  learnerToWorkshop(position, yaw, desktopCamera.eye, eye);
  learnerToWorkshop(position, yaw, desktopCamera.look, look);
  camera.position.set(eye[0], eye[1], eye[2]);
  camera.lookAt(look[0], look[1], look[2]);
  if ('isPerspectiveCamera' in camera && camera.isPerspectiveCamera) {
    const perspective = camera as PerspectiveCamera;
    if (perspective.fov !== desktopCamera.fov) {
      perspective.fov = desktopCamera.fov;
      perspective.updateProjectionMatrix();
    }
  }
}

const raycaster = new Raycaster();
const ndc = new Vector2();
const tip: Vec3 = [0, 0, 0];
const direction: Vec3 = [0, 0, 0];
const samples: PointerSample[] = [];
const cadence = { intervalMs: nozzleSampleIntervalMs, maxPerFrame: 120, holdLagMs: 50 };

/** Where the pointer's ray meets the aim plane (y = 0.2); a ray above the horizon aims 8 m along itself. */
export function aimUnderPointer(camera: Camera, x: number, y: number, out: Vec3): Vec3 {
  ndc.set(x, y);
  raycaster.setFromCamera(ndc, camera);
  const { origin, direction: dir } = raycaster.ray;
  const plane = fireGeometry.aimPlaneY;
  const s = dir.y < -1e-4 ? (plane - origin.y) / dir.y : -1;
  const along = s > 0 && s < 30 ? s : 8;
  out[0] = origin.x + dir.x * along;
  out[1] = origin.y + dir.y * along;
  out[2] = origin.z + dir.z * along;
  return out;
}

/** The held nozzle's tip (in front of the learner, at chest height) for the learner's pose now. */
export function desktopNozzleTip(session: FireSession, out: Vec3): Vec3 {
  return learnerToWorkshop(session.learner.position, session.learner.yaw, desktopHold.nozzle, out);
}

/**
 * One frame at `frameTimeMs`: samples the nozzle for every pointer reading since the last frame
 * while `held`, the handle squeezed by the primary button (not a press on a target) or Space.
 */
export function sampleDesktopNozzle(runtime: WorkshopRuntime, session: FireSession, telemetry: TelemetrySink | null, state: DesktopState, camera: Camera, held: Agent | null, frameTimeMs: number): void {
  const input = runtime.desktop;
  if (consumeActionPress(input, 'squeeze' satisfies FireKeyAction) && !held) session.notice = 'holdFirst';
  if (!held) {
    skipPointerSamples(state.sampler, input.pointerSamples, frameTimeMs);
    aimUnderPointer(camera, input.pointer[0], input.pointer[1], state.aim);
    return;
  }
  const spaceDown = down(runtime, 'squeeze');
  desktopNozzleTip(session, tip);
  for (const sample of takePointerSamples(state.sampler, input.pointerSamples, frameTimeMs, cadence, samples)) {
    aimUnderPointer(camera, sample.x, sample.y, state.aim);
    direction[0] = state.aim[0] - tip[0];
    direction[1] = state.aim[1] - tip[1];
    direction[2] = state.aim[2] - tip[2];
    // The sampler may stamp a button change up to one interval after it happened: a quick click on
    // a target (the pin) must not leave one squeezing sample behind.
    const onTarget = sample.t >= state.uiPress.from && sample.t <= state.uiPress.until + cadence.intervalMs;
    sampleNozzle(session, telemetry, sample.t, tip, direction, (sample.down && !onTarget) || spaceDown);
  }
}
