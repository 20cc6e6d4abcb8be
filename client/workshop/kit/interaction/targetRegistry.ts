// Every interactive target of a scene view by id, so tests (and snap points) can find it: its
// world centre, where that lands on the page, and whether it takes a press now. Three's math
// only; the view's objects register and unregister themselves.
import { Box3, Vector3 } from 'three';
import type { Camera, Object3D } from 'three';
import type { Point3 } from './snap';
import type { HeldItem } from './holdState';
import type { PressSource } from './pressEvent';

export interface TargetEntry {
  object: Object3D | null;
  enabled: boolean;
  /** tool kinds a held tool may be used on (or dropped on) this target with */
  accepts: readonly string[];
  /** what a press (or a tool snapped onto it) does */
  press?: (held: HeldItem | null, source: PressSource) => void;
}

export interface TargetSnapshot {
  /** page CSS px of the target's centre; null when behind the camera or off the canvas */
  screen: [number, number] | null;
  world: [number, number, number];
  enabled: boolean;
}

export interface TargetRegistry {
  readonly entries: Map<string, TargetEntry>;
  register(id: string, entry: TargetEntry): () => void;
  /** The world centre of a registered target's bounds (null if not mounted). */
  centre(id: string, out?: Vector3): Vector3 | null;
}

export function createTargetRegistry(): TargetRegistry {
  const entries = new Map<string, TargetEntry>();
  const box = new Box3();
  return {
    entries,
    register(id, entry) {
      entries.set(id, entry);
      return () => {
        if (entries.get(id) === entry) entries.delete(id);
      };
    },
    centre(id, out = new Vector3()) {
      const object = entries.get(id)?.object;
      if (!object) return null;
      object.updateWorldMatrix(true, true);
      box.setFromObject(object);
      return box.isEmpty() ? object.getWorldPosition(out) : box.getCenter(out);
    },
  };
}

export interface PageRect {
  left: number;
  top: number;
  width: number;
  height: number;
}

const projected = new Vector3();

/** Page CSS px of a world point seen by `camera` on a canvas at `rect`; null if behind it or off the canvas. */
export function projectToPage(world: Point3, camera: Camera, rect: PageRect): [number, number] | null {
  camera.updateMatrixWorld();
  projected.set(world[0], world[1], world[2]).project(camera);
  if (projected.z < -1 || projected.z > 1 || Math.abs(projected.x) > 1 || Math.abs(projected.y) > 1) return null;
  return [rect.left + ((projected.x + 1) / 2) * rect.width, rect.top + ((1 - projected.y) / 2) * rect.height];
}

const centre = new Vector3();

/** The registry as the workshop test state publishes it (`targets`). */
export function targetsTestState(registry: TargetRegistry, camera: Camera, rect: PageRect): Record<string, TargetSnapshot> {
  const out: Record<string, TargetSnapshot> = {};
  for (const [id, entry] of registry.entries) {
    if (!registry.centre(id, centre)) continue;
    const world: [number, number, number] = [round(centre.x), round(centre.y), round(centre.z)];
    const visible = isShown(entry.object);
    const screen = visible ? projectToPage(world, camera, rect) : null;
    out[id] = { screen: screen && [round(screen[0], 1), round(screen[1], 1)], world, enabled: entry.enabled && visible };
  }
  return out;
}

function isShown(object: Object3D | null): boolean {
  for (let o = object; o; o = o.parent) if (!o.visible) return false;
  return object !== null;
}

function round(value: number, places = 4): number {
  const scale = 10 ** places;
  return Math.round(value * scale) / scale;
}
