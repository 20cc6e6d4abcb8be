// Comfortable VR locomotion as plain math: the XR reference space's origin (where the player's
// real floor sits in the workshop) moves by teleport and turns by fixed snaps about the head, never
// smoothly (no vection for a first-time user). XRLocomotion.tsx applies it to @react-three/xr's
// XROrigin; the runtime expresses hands and head in the workshop frame through that origin.

export interface LocomotionPose {
  /** the reference space's origin in the workshop frame (its floor point) */
  readonly position: [number, number, number];
  /** its turn about the vertical, radians (three's rotation.y) */
  yaw: number;
}

/** Where the player may stand: teleports and walking are clamped into it (metres, workshop frame). */
export interface WalkableArea {
  minX: number;
  maxX: number;
  minZ: number;
  maxZ: number;
  /** discs inside the area nobody may stand in (a fire, a machine): a point in one goes to its rim */
  keepOut?: readonly KeepOutDisc[];
}

/** A disc on the floor, centre (x, z) and radius, metres. */
export interface KeepOutDisc {
  x: number;
  z: number;
  radius: number;
}

/**
 * Moves the floor point `out` (x, z) to the nearest place the area allows: into its rectangle, then
 * out of any keep-out disc it lies in, along the line from the disc's centre (towards +z from the
 * centre itself), then into the rectangle again.
 */
export function keepInArea(area: WalkableArea, out: [number, number]): [number, number] {
  intoRectangle(area, out);
  for (const disc of area.keepOut ?? noDiscs) {
    const dx = out[0] - disc.x;
    const dz = out[1] - disc.z;
    const r = Math.hypot(dx, dz);
    if (r >= disc.radius) continue;
    // along the line from the centre; from the centre itself, towards +z
    out[0] = r > 1e-6 ? disc.x + (dx * disc.radius) / r : disc.x;
    out[1] = r > 1e-6 ? disc.z + (dz * disc.radius) / r : disc.z + disc.radius;
    intoRectangle(area, out);
  }
  return out;
}

const noDiscs: readonly KeepOutDisc[] = [];

function intoRectangle(area: WalkableArea, out: [number, number]): void {
  out[0] = clamp(out[0], area.minX, area.maxX);
  out[1] = clamp(out[1], area.minZ, area.maxZ);
}

export function createLocomotionPose(position: readonly [number, number, number] = [0, 0, 0], yaw = 0): LocomotionPose {
  return { position: [position[0], position[1], position[2]], yaw };
}

/** A point of the reference space (e.g. the head) in the workshop frame, into `out`. */
export function originToWorkshop(pose: LocomotionPose, local: readonly number[], out: [number, number, number]): [number, number, number] {
  const c = Math.cos(pose.yaw);
  const s = Math.sin(pose.yaw);
  const x = local[0] ?? 0;
  const z = local[2] ?? 0;
  out[0] = pose.position[0] + x * c + z * s;
  out[1] = pose.position[1] + (local[1] ?? 0);
  out[2] = pose.position[2] - x * s + z * c;
  return out;
}

/** A workshop-frame point (e.g. the runtime's head) in the reference space, into `out`: originToWorkshop's inverse. */
export function workshopToOrigin(pose: LocomotionPose, world: readonly number[], out: [number, number, number]): [number, number, number] {
  const c = Math.cos(pose.yaw);
  const s = Math.sin(pose.yaw);
  const x = (world[0] ?? 0) - pose.position[0];
  const z = (world[2] ?? 0) - pose.position[2];
  out[0] = x * c - z * s;
  out[1] = (world[1] ?? 0) - pose.position[1];
  out[2] = x * s + z * c;
  return out;
}

const head: [number, number, number] = [0, 0, 0];
const floorPoint: [number, number] = [0, 0];

/**
 * Teleports so the head (at `headLocal` in the reference space) stands over `target` (its x, z;
 * the floor at its y), kept in `area` (its rectangle, out of its keep-out discs); the facing is kept.
 */
export function teleportTo(pose: LocomotionPose, headLocal: readonly number[], target: readonly number[], area?: WalkableArea): void {
  floorPoint[0] = target[0] ?? 0;
  floorPoint[1] = target[2] ?? 0;
  if (area) keepInArea(area, floorPoint);
  const [tx, tz] = floorPoint;
  const c = Math.cos(pose.yaw);
  const s = Math.sin(pose.yaw);
  const x = headLocal[0] ?? 0;
  const z = headLocal[2] ?? 0;
  pose.position[0] = tx - (x * c + z * s);
  pose.position[1] = target[1] ?? 0;
  pose.position[2] = tz - (-x * s + z * c);
}

/** Turns by `angle` (radians, positive = to the left) about the head, which stays where it is. */
export function snapTurn(pose: LocomotionPose, headLocal: readonly number[], angle: number): void {
  originToWorkshop(pose, headLocal, head);
  pose.yaw = normaliseAngle(pose.yaw + angle);
  const c = Math.cos(pose.yaw);
  const s = Math.sin(pose.yaw);
  const x = headLocal[0] ?? 0;
  const z = headLocal[2] ?? 0;
  pose.position[0] = head[0] - (x * c + z * s);
  pose.position[2] = head[2] - (-x * s + z * c);
}

/** An angle in (-π, π]. */
export function normaliseAngle(angle: number): number {
  let a = angle % (2 * Math.PI);
  if (a <= -Math.PI) a += 2 * Math.PI;
  if (a > Math.PI) a -= 2 * Math.PI;
  return a;
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/**
 * Hands whose controller may not teleport now (one holding a tool whose trigger does something
 * else, e.g. an extinguisher's handle). Module state, read by the controllers' teleport pointers,
 * which @react-three/xr renders outside the workshop's React tree; one workshop is mounted at a time.
 */
export const teleportBlocked: Record<'left' | 'right', boolean> = { left: false, right: false };
