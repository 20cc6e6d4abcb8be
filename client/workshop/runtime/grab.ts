// Grabbing and releasing physics objects: one grab state per hand (left, right, pointer).
// A held body turns kinematic and follows its holder; on release it is dynamic again and keeps
// the holder's last velocity, so a dropped tool falls and a tossed one flies.
import { Body } from 'cannon-es';
import type { PhysicsLink, PhysicsWorld } from './physicsWorld';

export type Holder = 'left' | 'right' | 'pointer';

export interface GrabState {
  holder: Holder;
  link: PhysicsLink | null;
  /** Holder position last frame, for the release velocity. */
  readonly lastHolderPosition: [number, number, number];
  lastHolderTime: number;
  readonly velocity: [number, number, number];
}

export function createGrabState(holder: Holder): GrabState {
  return { holder, link: null, lastHolderPosition: [0, 0, 0], lastHolderTime: 0, velocity: [0, 0, 0] };
}

/** The grabbable link nearest to `point` within `radius` metres that nobody holds, or null. */
export function findNearestGrabbable(
  physics: PhysicsWorld,
  point: readonly [number, number, number],
  radius: number,
  grabbable: (link: PhysicsLink) => boolean = () => true,
): PhysicsLink | null {
  let best: PhysicsLink | null = null;
  let bestDistanceSquared = radius * radius;
  for (const link of physics.links.values()) {
    if (link.held || !grabbable(link)) continue;
    const p = link.body.position;
    const distanceSquared = (p.x - point[0]) ** 2 + (p.y - point[1]) ** 2 + (p.z - point[2]) ** 2;
    if (distanceSquared <= bestDistanceSquared) {
      best = link;
      bestDistanceSquared = distanceSquared;
    }
  }
  return best;
}

export function beginGrab(state: GrabState, link: PhysicsLink, holderPosition: readonly [number, number, number], timeSeconds: number): void {
  if (state.link) endGrab(state);
  state.link = link;
  link.held = true;
  link.body.type = Body.KINEMATIC;
  link.body.velocity.set(0, 0, 0);
  link.body.angularVelocity.set(0, 0, 0);
  state.lastHolderPosition[0] = holderPosition[0];
  state.lastHolderPosition[1] = holderPosition[1];
  state.lastHolderPosition[2] = holderPosition[2];
  state.lastHolderTime = timeSeconds;
  state.velocity.fill(0);
}

/** Moves the held body to the holder's pose and tracks the holder's velocity. */
export function updateGrab(
  state: GrabState,
  position: readonly [number, number, number],
  quaternion: readonly [number, number, number, number],
  timeSeconds: number,
): void {
  const link = state.link;
  if (!link) return;
  const dt = timeSeconds - state.lastHolderTime;
  if (dt > 1e-4) {
    for (let i = 0; i < 3; i += 1) {
      const v = ((position[i] ?? 0) - (state.lastHolderPosition[i] ?? 0)) / dt;
      // Smoothed, so one jittery frame does not throw the tool across the booth.
      state.velocity[i] = (state.velocity[i] ?? 0) * 0.6 + v * 0.4;
      state.lastHolderPosition[i] = position[i] ?? 0;
    }
    state.lastHolderTime = timeSeconds;
  }
  link.body.position.set(position[0], position[1], position[2]);
  link.body.quaternion.set(quaternion[0], quaternion[1], quaternion[2], quaternion[3]);
  link.previousPosition.copy(link.body.position);
  link.previousQuaternion.copy(link.body.quaternion);
}

/** Lets go: the body is dynamic again with the holder's last velocity. Returns what was held. */
export function endGrab(state: GrabState): PhysicsLink | null {
  const link = state.link;
  if (!link) return null;
  state.link = null;
  link.held = false;
  link.body.type = Body.DYNAMIC;
  link.body.velocity.set(state.velocity[0], state.velocity[1], state.velocity[2]);
  link.body.wakeUp();
  if (link.object) link.object.userData.settled = false;
  return link;
}
