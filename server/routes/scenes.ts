// /api/scenes: GET / is the scene catalogue, from the scene registry.
import { Router } from 'express';
import { sceneRegistry } from '../../scenes/registry';
import type { SceneSummary } from '../../scenes/protocol/rest';

export function sceneRoutes(): Router {
  const router = Router();
  router.get('/', (_req, res) => {
    const body: SceneSummary[] = sceneRegistry.map((scene) => scene.summary);
    res.json(body);
  });
  return router;
}
