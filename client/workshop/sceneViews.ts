// Scene id -> its 3D view, each loaded as its own chunk when a workshop opens.
import { lazy } from 'react';
import type { ComponentType, LazyExoticComponent } from 'react';
import type { WorkshopSceneProps } from './contract';

export const sceneViews: Readonly<Record<string, LazyExoticComponent<ComponentType<WorkshopSceneProps>>>> = {
  'welding-bead': lazy(() => import('../../scenes/welding-bead/view')),
  'electrical-isolation': lazy(() => import('../../scenes/electrical-isolation/view')),
};
