// VR locomotion for a scene that has a room to move in: @react-three/xr 6's own pieces. The
// player's reference space hangs under an XROrigin placed by a LocomotionPose (locomotion.ts);
// a TeleportFloor is what the controllers' teleport arc (trigger, the arc shown while it is held,
// teleport on release) may land on; the right thumbstick turns by fixed snaps about the head.
// No smooth movement: comfortable for a first-time user. Off in AR, where the real room is the room.
// The runtime reads the origin (the XR camera's parent) to put hands and head in the workshop frame.
import { useRef } from 'react';
import type { ReactNode } from 'react';
import { useFrame } from '@react-three/fiber';
import type { ThreeEvent } from '@react-three/fiber';
import { TeleportTarget, XROrigin, useXR, useXRControllerLocomotion } from '@react-three/xr';
import type { Group, Vector3 } from 'three';
import { useWorkshopRuntime } from './RuntimeContext';
import { snapTurn, teleportBlocked, teleportTo, workshopToOrigin } from './locomotion';
import type { LocomotionPose, WalkableArea } from './locomotion';
import { pressSource } from '../kit/interaction/pressEvent';

export interface XRLocomotionProps {
  pose: LocomotionPose;
  /** degrees per snap turn */
  snapDegrees?: number;
  area?: WalkableArea;
}

const headLocal: [number, number, number] = [0, 0, 0];

/** The player's origin; mount once, inside the workshop's root. */
export function XRLocomotion({ pose, snapDegrees = 30 }: XRLocomotionProps) {
  const runtime = useWorkshopRuntime();
  const group = useRef<Group>(null);
  const mode = useXR((xr) => xr.mode);
  useXRControllerLocomotion(
    (_velocity: Vector3, rotationY: number) => {
      if (rotationY === 0 || runtime.view.mode !== 'vr') return;
      // the viewer's pose (the XR camera itself sits back from the eyes, framing both)
      workshopToOrigin(pose, runtime.xr.head, headLocal);
      snapTurn(pose, headLocal, Math.sign(rotationY) * ((snapDegrees * Math.PI) / 180));
    },
    false,
    { type: 'snap', degrees: snapDegrees },
    'left',
  );
  useFrame(() => {
    const g = group.current;
    if (!g) return;
    g.position.set(pose.position[0], pose.position[1], pose.position[2]);
    g.rotation.set(0, pose.yaw, 0);
  }, -4);
  // AR: the camera stays where the real room puts it (the workshop is placed on a table instead).
  return <XROrigin ref={group} disabled={mode === 'immersive-ar'} />;
}

/** Floor a controller's teleport arc lands on: the player's head moves over the point hit. */
export function TeleportFloor({ pose, area, children }: { pose: LocomotionPose; area?: WalkableArea; children: ReactNode }) {
  const runtime = useWorkshopRuntime();
  return (
    <TeleportTarget
      onTeleport={(_point, event: ThreeEvent<MouseEvent>) => {
        const source = pressSource(event);
        if (runtime.view.mode !== 'vr' || (source.xr && teleportBlocked[source.holder === 'left' ? 'left' : 'right'])) return;
        workshopToOrigin(pose, runtime.xr.head, headLocal);
        teleportTo(pose, headLocal, [event.point.x, 0, event.point.z], area);
      }}
    >
      {children}
    </TeleportTarget>
  );
}
