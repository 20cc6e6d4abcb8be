// A grabbable tool (or conductor end). Picked by a press (click, trigger, poke) it stays in the
// hand until used on a target or put back (pick-then-click: dragging in 3D with a mouse is hard);
// grabbed (mouse drag, controller squeeze, hand pinch) it follows the pointer or the hand and,
// let go, snaps onto the nearest target that accepts its kind, or goes home.
import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { useFrame } from '@react-three/fiber';
import { Plane, Quaternion, Raycaster, Vector2, Vector3 } from 'three';
import type { Group } from 'three';
import { useWorkshopRuntime } from '../../runtime/RuntimeContext';
import { useHeld, useInteraction } from './context';
import type { Interaction } from './context';
import type { ToolHolder } from './holdState';
import { pressSource } from './pressEvent';
import { chooseSnap } from './snap';
import type { SnapCandidate } from './snap';

export interface ToolProps {
  id: string;
  kind: string;
  /** where it rests, in the parent's frame */
  home: readonly [number, number, number];
  homeRotation?: readonly [number, number, number];
  enabled?: boolean;
  /** desktop: the held tool floats on this plane (world z), in front of the wall */
  holdPlaneZ: number;
  /** Asked before a pick: false leaves the tool where it is (the view says why). */
  canPick?: () => boolean;
  /** After a pick: what picking it up means to the scene (e.g. a conductor taken off its terminal). */
  onPick?: (by: ToolHolder) => void;
  visible?: boolean;
  children: ReactNode;
}

const dragStartPx = 6;
const ray = new Raycaster();
const plane = new Plane();
const ndc = new Vector2();
const world = new Vector3();
const gripQuaternion = new Quaternion();
const parentQuaternion = new Quaternion();
const probe = new Vector3();

export function Tool(props: ToolProps) {
  const interaction = useInteraction();
  const runtime = useWorkshopRuntime();
  const held = useHeld();
  const mine = held?.id === props.id;
  const group = useRef<Group>(null);
  const drag = useRef<{ x: number; y: number; dragging: boolean } | null>(null);
  // An XR grab: armed once the hand's squeeze/pinch is seen held, let go when it opens again.
  const grab = useRef({ grabbing: false, armed: false });
  const justDragged = useRef(false);
  const enabled = props.enabled ?? true;
  const entryRef = useRef({ object: null as Group | null, enabled, accepts: [] as readonly string[] });
  entryRef.current.enabled = enabled && !mine;
  useEffect(() => {
    entryRef.current.object = group.current;
    return interaction.registry.register(props.id, entryRef.current);
  }, [interaction, props.id]);

  const pick = (by: ToolHolder, grabbed: boolean) => {
    if (props.canPick && !props.canPick()) return;
    interaction.hold.hold({ id: props.id, kind: props.kind, by, grabbed });
    grab.current = { grabbing: grabbed && by !== 'mouse', armed: false };
    props.onPick?.(by);
  };

  // A mouse press may become a drag: followed on the window, since the pointer leaves the tool.
  useEffect(() => {
    const onMove = (event: PointerEvent) => {
      const d = drag.current;
      if (!d || d.dragging || Math.hypot(event.clientX - d.x, event.clientY - d.y) < dragStartPx) return;
      d.dragging = true;
      pick('mouse', true);
    };
    const onUp = () => {
      const d = drag.current;
      drag.current = null;
      if (!d?.dragging) return;
      justDragged.current = true;
      if (interaction.hold.held?.id === props.id) letGo(interaction, props.kind);
    };
    window.addEventListener('pointermove', onMove);
    window.addEventListener('pointerup', onUp);
    return () => {
      window.removeEventListener('pointermove', onMove);
      window.removeEventListener('pointerup', onUp);
    };
  });

  useFrame((state) => {
    const object = group.current;
    if (!object) return;
    const item = interaction.hold.held;
    if (item?.id !== props.id) {
      object.position.set(...props.home);
      object.rotation.set(...(props.homeRotation ?? [0, 0, 0]));
      return;
    }
    if (item.by === 'mouse') {
      // Under the cursor, on a plane parallel to the wall: where a click on a target will use it.
      ndc.set(state.pointer.x, state.pointer.y);
      ray.setFromCamera(ndc, state.camera);
      plane.set(new Vector3(0, 0, 1), -props.holdPlaneZ);
      if (ray.ray.intersectPlane(plane, world)) {
        object.parent?.worldToLocal(object.position.copy(world));
      }
      return;
    }
    const hand = runtime.xr[item.by];
    if (!hand.connected) return;
    // In the hand: the grip's pose, from the XR frame into the parent's (the workshop's) frame.
    object.position.set(...hand.position);
    object.parent?.worldToLocal(object.position);
    gripQuaternion.set(...hand.quaternion);
    object.parent?.getWorldQuaternion(parentQuaternion);
    object.quaternion.copy(parentQuaternion.invert().multiply(gripQuaternion));
    // Let go of a squeeze or pinch: snap onto a target in reach, or back home.
    const g = grab.current;
    if (g.grabbing && hand.grab) g.armed = true;
    else if (g.armed && !hand.grab) {
      grab.current = { grabbing: false, armed: false };
      letGo(interaction, props.kind, object.getWorldPosition(probe));
    }
  });

  const active = enabled && !mine;
  return (
    <group
      ref={group}
      visible={props.visible}
      onPointerDown={
        active
          ? (event) => {
              // One thing in the hand at a time: while another is held, the press goes on to
              // what lies behind (a terminal under a conductor's end takes the screwdriver).
              if (interaction.hold.held) return;
              event.stopPropagation();
              const source = pressSource(event);
              if (source.xr) pick(source.holder, source.pointerType === 'grab');
              else if (event.button === 0) {
                justDragged.current = false;
                drag.current = { x: event.clientX, y: event.clientY, dragging: false };
              }
            }
          : undefined
      }
      onClick={
        active
          ? (event) => {
              if (interaction.hold.held) return;
              event.stopPropagation();
              if (justDragged.current) justDragged.current = false;
              else if (!pressSource(event).xr && event.button === 0) pick('mouse', false);
            }
          : undefined
      }
      onPointerOver={active ? (event) => (event.stopPropagation(), interaction.hovered.push(props.id)) : undefined}
      onPointerOut={active ? () => removeHover(interaction, props.id) : undefined}
    >
      {props.children}
    </group>
  );
}

function removeHover(interaction: Interaction, id: string): void {
  const at = interaction.hovered.lastIndexOf(id);
  if (at >= 0) interaction.hovered.splice(at, 1);
}

const centre = new Vector3();

/** A grab ends: the nearest target accepting the kind within reach gets the press, else it goes home. */
function letGo(interaction: Interaction, kind: string, at?: Vector3): void {
  const item = interaction.hold.held;
  if (!item) return;
  const point = at ?? interaction.registry.centre(item.id, probe);
  const candidates: SnapCandidate[] = [];
  for (const [id, entry] of interaction.registry.entries) {
    if (!entry.enabled || !entry.accepts.includes(kind) || !interaction.registry.centre(id, centre)) continue;
    candidates.push({ id, position: [centre.x, centre.y, centre.z], accepts: entry.accepts });
  }
  const snap = point ? chooseSnap(kind, [point.x, point.y, point.z], candidates, 0.1) : null;
  const target = snap && interaction.registry.entries.get(snap.id);
  if (target?.press) {
    target.press(item, { xr: item.by !== 'mouse', holder: item.by, pointerType: 'grab' });
    // The grab is over: whatever the target did with the tool, it is no longer in the hand.
    if (interaction.hold.held === item) interaction.hold.release();
  } else {
    interaction.hold.release();
    interaction.onPutBack?.(item);
  }
}
