// /api/learners/:learnerId (docs/api.md): a learner's profile (finished results), session list
// and progress, for whoever may see the learner (server/auth/access.ts).
import { Router } from 'express';
import { sessionListQuerySchema } from '../../scenes/protocol/review';
import { visibleLearner } from '../auth/access';
import { authOf } from '../auth/middleware';
import { parseInput } from '../http/validate';
import { answerSessionList } from '../review/answerSessionList';
import { buildLearnerProgress } from '../review/progress';
import type { Store } from '../storage/store';

export function learnerRoutes(store: Store): Router {
  const router = Router();

  router.get('/:learnerId/profile', async (req, res) => {
    const learner = await visibleLearner(store, authOf(res), String(req.params.learnerId));
    res.json({ learner: { id: learner.id, name: learner.name }, results: await store.attempts.listResults(learner.id) });
  });

  router.get('/:learnerId/sessions', async (req, res) => {
    const learner = await visibleLearner(store, authOf(res), String(req.params.learnerId));
    const query = parseInput(sessionListQuerySchema, req.query);
    await answerSessionList(store, res, query, { learnerId: learner.id }, learner.username);
  });

  router.get('/:learnerId/progress', async (req, res) => {
    const learner = await visibleLearner(store, authOf(res), String(req.params.learnerId));
    const [counts, attempts] = await Promise.all([store.review.learnerSceneCounts(learner.id), store.review.learnerScoredAttempts(learner.id)]);
    res.json(buildLearnerProgress(learner, counts, attempts));
  });

  return router;
}
