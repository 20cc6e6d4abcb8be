// Where everything stands in the workshop frame (metres; y up, the learner starts at the origin
// facing -z, the fire ahead). The fire, rack and call point are the standard's (fireGeometry);
// the rest is this view's: the room, the exit behind the learner, the rack's hooks, the held
// extinguisher's hand offsets and the desktop camera.
import type { WalkableArea } from '../../../client/workshop/kit';
import { agents, type Agent } from '../events';
import { distanceBandM, fireGeometry } from '../fire';

export type Vec3 = [number, number, number];

export const fireCentre: Vec3 = [fireGeometry.centre[0], fireGeometry.centre[1], fireGeometry.centre[2]];
export const rackPosition: Vec3 = [fireGeometry.rack[0], fireGeometry.rack[1], fireGeometry.rack[2]];
export const callPoint: Vec3 = [fireGeometry.callPoint[0], fireGeometry.callPoint[1], fireGeometry.callPoint[2]];

export const room = { minX: -4, maxX: 4, minZ: -5.5, maxZ: 3.5, height: 3.2 };
/** The exit door, in the wall behind the learner's start. */
export const exitDoor = { centre: [0, 1.05, room.maxZ - 0.03] as Vec3, width: 1.0, height: 2.1 };
/** Nobody walks or teleports into the fire itself (standing too close is still possible, and scored). */
export const fireKeepOut = 0.55;
/** Where the learner may stand: inside the walls, off the rack, out of the fire. */
export const walkable: WalkableArea = {
  minX: room.minX + 0.4,
  maxX: room.maxX - 0.4,
  minZ: room.minZ + 0.4,
  maxZ: room.maxZ - 0.4,
  keepOut: [{ x: fireCentre[0], z: fireCentre[2], radius: fireKeepOut }],
};

/**
 * The rack: a low red stand facing the room (+z, towards the learner's start), the four
 * extinguishers side by side along x, so each is seen and pressed on its own from the start.
 * Each stands on the stand's shelf: its slot is the foot of its body.
 */
export const rackFacingYaw = 0;
export const rackSlots: Readonly<Record<Agent, Vec3>> = Object.fromEntries(
  agents.map((agent, i) => [agent, [rackPosition[0] - 0.54 + i * 0.36, rackPosition[1] + 0.1, rackPosition[2]] as Vec3]),
) as Record<Agent, Vec3>;

/** Reach: the learner (desktop: where they stand; headset: the head) must be this near to take or press. */
export const reachM = 2.6;

/** The extinguisher's body: radius and height (all four the same size of 4–6 kg unit). */
export const body = { radius: 0.085, height: 0.5 };

/**
 * Desktop: the held extinguisher in the learner's frame (x right, -z forward): the body carried by
 * its handle in the right hand, beside the leg; the nozzle in the left hand, ahead at chest height.
 */
export const desktopHold = { body: [0.42, 0.2, 0.0] as Vec3, nozzle: [0.25, 0.95, -0.5] as Vec3 };

/**
 * Desktop: the camera behind the learner, over the left shoulder (learner frame), and the point it
 * looks at: the fire, the rack (front left) and the call point (right) all in view from the start,
 * the extinguisher in the right hand and its discharge to the fire seen from the side.
 */
export const desktopCamera = { eye: [-0.35, 2.1, 2.0] as Vec3, look: [0, 0.4, -2.4] as Vec3, fov: 62 };

/** Replay: one overview of the room from behind, a little to the left (the call point's post clear of the fire). */
export const replayCamera = { eye: [-1.1, 3.0, 2.7] as Vec3, look: [0.1, 0.3, -2.0] as Vec3, fov: 55 };

/** Practice: the standard's distance band (horizontal, from the fire's centre), drawn on the floor. */
export const distanceBand = distanceBandM;

/** Samples of the nozzle while an extinguisher is held: 60 a second (the standard allows 30–90). */
export const nozzleSampleIntervalMs = 1000 / 60;
