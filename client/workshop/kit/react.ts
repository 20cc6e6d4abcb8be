// The kit's React bindings (React 19 + @react-three/fiber): the runtime of the mounted workshop,
// head-locked 3D panels, HTML overlay panels and canvas textures. Thin: the logic is in core.ts.
export { useWorkshopRuntime } from '../runtime/RuntimeContext';
export { HeadLocked, noRaycast } from '../runtime/HeadLocked';
export { OverlayPanel, keepPointerInPanel, panelPointerGuard } from '../runtime/OverlayPanel';
export { useCanvasTexture } from '../runtime/useCanvasTexture';
export { primaryPointerIsCoarse, usePointerCoarse } from '../runtime/usePointerCoarse';
export { ParticlePoints } from '../runtime/ParticlePoints';
export type { ParticlePointsProps } from '../runtime/ParticlePoints';
export { TeleportFloor, XRLocomotion } from '../runtime/XRLocomotion';
export type { XRLocomotionProps } from '../runtime/XRLocomotion';
