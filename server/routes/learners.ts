// /api/learners/:learnerId (docs/api.md): a learner's profile (finished results), session list
// and progress, for whoever may see the learner (server/auth/access.ts).
import { Router } from 'express';
import { sessionListQuerySchema } from '../../scenes/protocol/review';
import { visibleLearner } from '../auth/access';
import { authOf } from '../auth/middleware';
import { parseInput } from '../http/validate';
import { answerSessionList } from '../review/answerSessionList';
import { buildLearnerProgress } from '../review/progress';
import { withExamOutcomes } from '../review/examOutcomes';
import type { Store } from '../storage/store';

export function learnerRoutes(store: Store): Router {
  const router = Router();

  router.get('/:learnerId/profile', async (req, res) => {
    const learner = await visibleLearner(store, authOf(res), String(req.params.learnerId));
    const [results, signOffs] = await Promise.all([store.attempts.listResults(learner.id), store.marking.learnerSignOffs(learner.id)]);
    res.json({ learner: { id: learner.id, name: learner.name }, results: withExamOutcomes(results, (r) => r.sessionId, signOffs) });
  });

  router.get('/:learnerId/sessions', async (req, res) => {
    const learner = await visibleLearner(store, authOf(res), String(req.params.learnerId));
    const query = parseInput(sessionListQuerySchema, req.query);
    await answerSessionList(store, res, query, { learnerId: learner.id }, learner.username);
  });

  router.get('/:learnerId/progress', async (req, res) => {
    const learner = await visibleLearner(store, authOf(res), String(req.params.learnerId));
    const [counts, attempts, signOffs] = await Promise.all([
      store.review.learnerSceneCounts(learner.id),
      store.review.learnerScoredAttempts(learner.id),
      store.marking.learnerSignOffs(learner.id),
    ]);
    const progress = buildLearnerProgress(learner, counts, attempts);
    res.json({ ...progress, scenes: progress.scenes.map((scene) => ({ ...scene, trend: withExamOutcomes(scene.trend, (t) => t.sessionId, signOffs) })) });
  });

  return router;
}
