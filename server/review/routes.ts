// Teacher review and learner progress (docs/api.md): session lists, class learners and
// analytics, "my progress". The work is in the store and the builders; this only wires them.
import { Router, type Response } from 'express';
import { analyticsQuerySchema, sessionListQuerySchema, type SessionListQuery } from '../../scenes/protocol/review';
import { findScene } from '../../scenes/registry';
import { authOf, requireRole } from '../auth/middleware';
import { filenamePart, sendCsv } from '../http/csv';
import { ApiError } from '../http/errors';
import { parseInput } from '../http/validate';
import type { SessionScope } from '../storage/review';
import type { Store } from '../storage/store';
import { visibleClass, visibleLearner } from '../auth/access';
import { buildClassAnalytics, heatmapCsvRows, metScoreOf } from './analytics';
import { heatmapCsvHeader, learnerCsvHeader, sessionCsvHeader } from './csvHeaders';
import { buildLearnerProgress } from './progress';
import { classLearnersQuerySchema } from './queries';
import { sessionCsvRow, sessionListRequest, toPage } from './sessionList';
import { startedRangeOfDays, vietnamDate } from './vietnamTime';

const today = () => vietnamDate(Date.now());

async function answerSessionList(store: Store, res: Response, query: SessionListQuery, scope: SessionScope, subject: string): Promise<void> {
  const { items, total } = await store.review.listSessions(sessionListRequest(query, scope));
  if (query.format === 'csv') {
    sendCsv(res, `sessions-${filenamePart(subject)}-${today()}.csv`, sessionCsvHeader(query.lang), items.map(sessionCsvRow));
    return;
  }
  res.json(toPage(query, items, total));
}

export function reviewRoutes(store: Store): Router {
  const router = Router();
  const teacherOrAdmin = requireRole('teacher', 'admin');

  router.get('/classes/:classId/sessions', teacherOrAdmin, async (req, res) => {
    const schoolClass = await visibleClass(store, authOf(res), String(req.params.classId));
    const query = parseInput(sessionListQuerySchema, req.query);
    await answerSessionList(store, res, query, { classId: schoolClass.id }, schoolClass.code);
  });

  router.get('/learners/:learnerId/sessions', async (req, res) => {
    const learner = await visibleLearner(store, authOf(res), String(req.params.learnerId));
    const query = parseInput(sessionListQuerySchema, req.query);
    await answerSessionList(store, res, query, { learnerId: learner.id }, learner.username);
  });

  router.get('/classes/:classId/learners', teacherOrAdmin, async (req, res) => {
    const schoolClass = await visibleClass(store, authOf(res), String(req.params.classId));
    const query = parseInput(classLearnersQuerySchema, req.query);
    const learners = await store.review.listClassLearnerSummaries(schoolClass.id, query.scene);
    if (query.format === 'csv') {
      const header = learnerCsvHeader(query.lang);
      const rows = learners.map((l) => [l.name, l.id, l.attempts, l.finished, l.passedCount, l.lastScore, l.bestScore, l.lastAttemptAt]);
      sendCsv(res, `learners-${filenamePart(schoolClass.code)}-${today()}.csv`, header, rows);
      return;
    }
    res.json(learners);
  });

  router.get('/classes/:classId/analytics', teacherOrAdmin, async (req, res) => {
    const schoolClass = await visibleClass(store, authOf(res), String(req.params.classId));
    const query = parseInput(analyticsQuerySchema, req.query);
    const scene = findScene(query.scene);
    if (!scene) throw new ApiError('not_found', `no scene "${query.scene}"`);
    const [students, aggregates] = await Promise.all([
      store.directory.listClassStudents(schoolClass.id),
      store.review.classSceneAggregates(schoolClass.id, query.scene, startedRangeOfDays(query.from, query.to), metScoreOf(scene.rubric)),
    ]);
    const analytics = buildClassAnalytics(scene.rubric, students, aggregates);
    if (query.format === 'csv') {
      const filename = `analytics-${filenamePart(schoolClass.code)}-${filenamePart(query.scene)}-${today()}.csv`;
      sendCsv(res, filename, heatmapCsvHeader(analytics.criteria, scene.names, query.lang), heatmapCsvRows(analytics));
      return;
    }
    res.json(analytics);
  });

  router.get('/learners/:learnerId/progress', async (req, res) => {
    const learner = await visibleLearner(store, authOf(res), String(req.params.learnerId));
    const [counts, attempts] = await Promise.all([store.review.learnerSceneCounts(learner.id), store.review.learnerScoredAttempts(learner.id)]);
    res.json(buildLearnerProgress(learner, counts, attempts));
  });

  return router;
}
