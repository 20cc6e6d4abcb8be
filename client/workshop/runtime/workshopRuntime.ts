// Everything one mounted workshop shares between the runtime's loop and a scene's view: the
// physics world, input, the frame meter, loading progress and what the test hook reads.
import { Group } from 'three';
import type { PhysicsWorld } from './physicsWorld';
import type { FrameMeter } from './frameMeter';
import type { DesktopInput } from './desktopInput';
import type { XRInputState } from './xrInput';
import { createPhysicsWorld } from './physicsWorld';
import { createFrameMeter } from './frameMeter';
import { createDesktopInput } from './desktopInput';
import { createXRInputState } from './xrInput';
import { createFinishGesture, type FinishGesture } from './finishGesture';
import { createLoadProgress } from './loadProgress';

/** Scene logic's useFrame priority: after the runtime reads input (-3), before physics steps (-1). */
export const workshopLogicPriority = -2;

export type WorkshopViewMode = 'desktop' | 'vr' | 'ar';

export interface WorkshopRuntime {
  physics: PhysicsWorld;
  meter: FrameMeter;
  desktop: DesktopInput;
  xr: XRInputState;
  progress: ReturnType<typeof createLoadProgress>;
  /** Parent of the whole workshop: identity except in AR, where it sits on a real table. */
  root: Group;
  /**
   * placed: the bench stands on a real surface (AR); surface: the real surface point the AR
   * reticle marks now (the last hit test), null before any hit.
   */
  view: { mode: WorkshopViewMode; presenting: boolean; placed: boolean; surface: [number, number, number] | null };
  ready: boolean;
  /** The scene's part of the test-hook snapshot (torch, ppe, bead...). */
  sceneTestState: (() => Record<string, unknown>) | null;
  /** An HTML layer over the canvas for the scene's overlay (cues, help); set by the canvas. */
  overlayElement: HTMLElement | null;
  /** The in-headset finish gesture, and what it calls (the page's finish); set by the canvas. */
  finishGesture: FinishGesture;
  requestFinish: (() => void) | undefined;
  /**
   * The time of the frame being drawn (performance.now() timebase): the rAF time on a page, the
   * XR frame's own time in a headset. Input samples are stamped with it, never with the moment
   * the code gets round to them.
   */
  frameTimeMs: number;
}

export function createWorkshopRuntime(): WorkshopRuntime {
  return {
    physics: createPhysicsWorld(),
    meter: createFrameMeter(),
    desktop: createDesktopInput(),
    xr: createXRInputState(),
    progress: createLoadProgress(),
    root: new Group(),
    view: { mode: 'desktop', presenting: false, placed: false, surface: null },
    ready: false,
    sceneTestState: null,
    overlayElement: null,
    finishGesture: createFinishGesture(),
    requestFinish: undefined,
    frameTimeMs: 0,
  };
}
