// Content fixed in front of the eyes: portalled into the camera, on the desktop and in the
// headset alike (three's XR manager moves the page's camera, and its children, to the head pose
// every frame). three renders only what hangs under the scene, so the camera joins the scene
// while something is head-locked.
import { useEffect } from 'react';
import type { ReactNode } from 'react';
import { createPortal, useThree } from '@react-three/fiber';

export function HeadLocked({ children }: { children: ReactNode }) {
  const camera = useThree((state) => state.camera);
  const scene = useThree((state) => state.scene);
  useEffect(() => {
    if (camera.parent) return;
    scene.add(camera);
    return () => {
      scene.remove(camera);
    };
  }, [camera, scene]);
  return createPortal(children, camera);
}

/** For meshes that must never catch a pointer (lenses, head-up panels). */
export function noRaycast(): void {}
