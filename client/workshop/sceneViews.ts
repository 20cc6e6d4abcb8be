// Scene id -> its 3D view, found by convention (sceneViewPaths.ts): every scenes/<id>/view/index.tsx
// default-exports its view, and each is its own chunk, loaded when a workshop for that scene opens.
// Adding a trade adds its folder; nothing here names a scene.
import { lazy } from 'react';
import type { ComponentType, LazyExoticComponent } from 'react';
import type { WorkshopSceneProps } from './contract';
import { sceneViewsByPath } from './sceneViewPaths';

type SceneView = LazyExoticComponent<ComponentType<WorkshopSceneProps>>;

const loaders = import.meta.glob<{ default: ComponentType<WorkshopSceneProps> }>('../../scenes/*/view/index.tsx');

export const sceneViews: Readonly<Record<string, SceneView>> = sceneViewsByPath(loaders, (load) => lazy(load));

/** The scene's view, or undefined when the scene has no view folder (the canvas says so). */
export function sceneView(sceneId: string): SceneView | undefined {
  return Object.hasOwn(sceneViews, sceneId) ? sceneViews[sceneId] : undefined;
}
