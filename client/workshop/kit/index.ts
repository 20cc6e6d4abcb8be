// The workshop kit: the one public module a scene's view (scenes/<id>/view) imports from client/.
// Three-only core (input, physics, grabbing, replay, layout) and thin React bindings (runtime
// context, head-locked panels, interaction primitives). Anything not exported here is the
// runtime's own business; lint refuses a scene view's deep import into client/.
export type { ReplayClock, ReplaySource, TelemetrySink, WorkshopMode, WorkshopSceneProps } from '../contract';
export { toggleReplayClock } from '../replayClock';
export { useWorkshopRuntime } from '../runtime/RuntimeContext';
export { workshopLogicPriority } from '../runtime/RuntimeLoop';
export type { WorkshopRuntime, WorkshopViewMode } from '../runtime/workshopRuntime';
export * from '../runtime/frameMeter';
export * from '../runtime/loadProgress';
export * from '../runtime/strings';
export * from '../runtime/HeadLocked';
export * from '../runtime/OverlayPanel';
export * from '../runtime/cameraFit';
export * from '../runtime/desktopInput';
export * from '../runtime/desktopTorchPose';
export * from '../runtime/grab';
export * from '../runtime/keySteps';
export * from '../runtime/keyTargets';
export * from '../runtime/physicsWorld';
export * from '../runtime/pointerSamples';
export * from '../runtime/useCanvasTexture';
export * from '../runtime/usePointerCoarse';
export * from '../runtime/overlayLayout';
export * from './interaction';
