// The kit's core: plain TypeScript over three and cannon-es, no React. A scene's logic (input,
// physics, grabbing, key actions, replay, layout) runs on these and stays unit-testable in Node.
export type { ReplayClock, ReplaySource, TelemetrySink, WorkshopMode, WorkshopSceneProps } from '../contract';
export { toggleReplayClock } from '../replayClock';
export type { WorkshopRuntime, WorkshopViewMode } from '../runtime/workshopRuntime';
export { workshopLogicPriority } from '../runtime/workshopRuntime';
export type { XRHandInputState, XRInputState } from '../runtime/xrInput';
export type { FrameMeter } from '../runtime/frameMeter';
export { addMeteredTime } from '../runtime/frameMeter';
export type { LoadProgress } from '../runtime/loadProgress';
export { runBuildSteps } from '../runtime/loadProgress';
export type { Bilingual, WorkshopLanguage, WorkshopStringId } from '../runtime/strings';
export { workshopLanguage, workshopText } from '../runtime/strings';
export * from '../runtime/cameraFit';
export * from '../runtime/overlayLayout';
export type { DesktopInput } from '../runtime/desktopInput';
export { discardTimedInput } from '../runtime/desktopInput';
export type { KeyActionMap, KeyActionSpec, KeyActions, WithKeyActions } from '../runtime/keyActions';
export { consumeActionPress, declareKeyActions, isKeyActionDown, onKeyAction, pressKeyAction, releaseKeyAction } from '../runtime/keyActions';
export * from '../runtime/keySteps';
export { isKeyboardControl } from '../runtime/keyTargets';
export * from '../runtime/pointerSamples';
export * from '../runtime/grab';
export type { PhysicsLink, PhysicsWorld } from '../runtime/physicsWorld';
export { addDynamicBox, addStaticBox } from '../runtime/physicsWorld';
export * from '../runtime/logReplayer';
export * from '../runtime/particles';
export * from '../runtime/locomotion';
export * from '../runtime/shapes';
