// A clickable / pokeable target: a group whose meshes take a press from the mouse (a click),
// a controller's ray (trigger) or grab sphere (squeeze), or a hand's poke or pinch, all through
// R3F / @react-three/xr pointer events. Registered by id for snapping and the test state.
import { useEffect, useMemo, useRef } from 'react';
import type { ReactNode } from 'react';
import type { ThreeEvent } from '@react-three/fiber';
import type { Group } from 'three';
import { useInteraction } from './context';
import type { HeldItem } from './holdState';
import { pressSource } from './pressEvent';
import { releaseHover } from './hover';
import type { PressSource } from './pressEvent';

export interface TargetProps {
  id: string;
  /** false: shown but takes no press (no outline either) */
  enabled?: boolean;
  /** tool kinds that may be dropped (snapped) onto this target */
  accepts?: readonly string[];
  /** the press, with what is held at that moment */
  onPress: (held: HeldItem | null, source: PressSource) => void;
  position?: readonly [number, number, number];
  rotation?: readonly [number, number, number];
  visible?: boolean;
  children: ReactNode;
}

export function Target(props: TargetProps) {
  const { registry, hold, hovered } = useInteraction();
  const group = useRef<Group>(null);
  const enabled = props.enabled ?? true;
  const press = useRef(props.onPress);
  press.current = props.onPress;
  const entry = useMemo(() => ({ object: null as Group | null, enabled, accepts: props.accepts ?? [], press: (held: HeldItem | null, source: PressSource) => press.current(held, source) }), [props.accepts, enabled]);
  useEffect(() => {
    entry.object = group.current;
    return registry.register(props.id, entry);
  }, [registry, entry, props.id]);

  const fire = (event: ThreeEvent<PointerEvent | MouseEvent>) => {
    event.stopPropagation();
    if (enabled) press.current(hold.held, pressSource(event));
  };
  const unhover = () => {
    if (releaseHover(hovered, props.id)) document.body.style.cursor = '';
  };
  // Unmounted or disabled while a pointer is over it: no pointer-out will come, so let go now.
  useEffect(() => {
    if (enabled) return;
    if (releaseHover(hovered, props.id, true)) document.body.style.cursor = '';
  }, [enabled, hovered, props.id]);
  useEffect(
    () => () => {
      if (releaseHover(hovered, props.id, true)) document.body.style.cursor = '';
    },
    [hovered, props.id],
  );
  return (
    <group
      ref={group}
      position={props.position}
      rotation={props.rotation}
      visible={props.visible}
      // A page's click; an XR pointer acts on its press (a poke or pinch is brief and may not make a click).
      onClick={(event) => !pressSource(event).xr && event.button === 0 && fire(event)}
      onPointerDown={(event) => (pressSource(event).xr ? fire(event) : event.stopPropagation())}
      onPointerOver={(event) => {
        event.stopPropagation();
        hovered.push(props.id);
        if (enabled && !pressSource(event).xr) document.body.style.cursor = 'pointer';
      }}
      onPointerOut={unhover}
    >
      {props.children}
    </group>
  );
}
