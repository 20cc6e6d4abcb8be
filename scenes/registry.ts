// The catalogue of scenes (occupation tasks). Adding a trade = adding its folder under
// scenes/ and one entry here. Pure data: imported by the server and the client alike.
import type { SceneRules } from './types';
import { weldingBeadRules } from './welding-bead';
import { electricalIsolationRules } from './electrical-isolation';
import { fireExtinguisherRules } from './fire-extinguisher';

/** Every registered scene, in catalogue order. */
export const sceneRegistry: readonly SceneRules[] = [weldingBeadRules, electricalIsolationRules, fireExtinguisherRules];

export function findScene(sceneId: string): SceneRules | undefined {
  return sceneRegistry.find((scene) => scene.summary.id === sceneId);
}
