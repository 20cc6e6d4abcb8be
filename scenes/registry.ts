// The catalogue of scenes (occupation tasks). Adding a trade = adding its folder under
// scenes/ and one entry here. Pure data: imported by the server and the client alike.
import type { SceneSummary } from './protocol/rest';

export interface SceneDefinition {
  summary: SceneSummary;
}

/** Every registered scene, in catalogue order. */
export const sceneRegistry: readonly SceneDefinition[] = [];

export function findScene(sceneId: string): SceneDefinition | undefined {
  return sceneRegistry.find((scene) => scene.summary.id === sceneId);
}
