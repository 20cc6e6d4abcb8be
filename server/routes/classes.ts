// /api/classes (teachers and admins, docs/api.md): GET / lists the caller's classes; under /:classId
// its students, its sessions, its learners with their attempts and its analytics per scene.
// Assessors may list the institution's classes and their students (to pick exam candidates), no more.
import { Router } from 'express';
import { analyticsQuerySchema, sessionListQuerySchema } from '../../scenes/protocol/review';
import type { ClassListItem } from '../../scenes/protocol/rest';
import { findScene } from '../../scenes/registry';
import { visibleClass } from '../auth/access';
import { authOf, requireRole } from '../auth/middleware';
import { toPublicUser } from '../auth/publicUser';
import { filenamePart, sendCsv } from '../http/csv';
import { ApiError } from '../http/errors';
import { parseInput } from '../http/validate';
import { buildClassAnalytics, heatmapCsvRows, metScoreOf } from '../review/analytics';
import { answerSessionList } from '../review/answerSessionList';
import { heatmapCsvHeader, learnerCsvHeader } from '../review/csvHeaders';
import { classLearnersQuerySchema } from '../review/queries';
import { startedRangeOfDays, vietnamDate } from '../review/vietnamTime';
import type { Store } from '../storage/store';

const today = () => vietnamDate(Date.now());

export function classRoutes(store: Store): Router {
  const router = Router();
  const teacherOrAdmin = requireRole('teacher', 'admin');
  const rosterReaders = requireRole('teacher', 'assessor', 'admin');

  router.get('/', rosterReaders, async (_req, res) => {
    const auth = authOf(res);
    const classes = await store.directory.listClasses(auth.role === 'teacher' ? { teacherId: auth.userId } : { institutionId: auth.institutionId });
    const body: ClassListItem[] = classes.map(({ id, code, name, studentCount, teacherNames }) => ({ id, code, name, studentCount, teacherNames }));
    res.json(body);
  });

  router.get('/:classId/students', rosterReaders, async (req, res) => {
    const schoolClass = await visibleClass(store, authOf(res), String(req.params.classId));
    const students = await store.directory.listClassStudents(schoolClass.id);
    res.json(students.map(toPublicUser));
  });

  router.get('/:classId/sessions', teacherOrAdmin, async (req, res) => {
    const schoolClass = await visibleClass(store, authOf(res), String(req.params.classId));
    const query = parseInput(sessionListQuerySchema, req.query);
    await answerSessionList(store, res, query, { classId: schoolClass.id }, schoolClass.code);
  });

  router.get('/:classId/learners', teacherOrAdmin, async (req, res) => {
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

  router.get('/:classId/analytics', teacherOrAdmin, async (req, res) => {
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

  return router;
}
