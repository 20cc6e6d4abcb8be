// Class and institution directory for teachers' and admins' landing pages (docs/api.md).
import { Router } from 'express';
import type { ClassListItem, InstitutionOverviewResponse } from '../../scenes/protocol/rest';
import { toPublicUser } from '../auth/routes';
import { visibleClass } from '../auth/access';
import { authOf, requireRole } from '../auth/middleware';
import { ApiError } from '../http/errors';
import type { Store } from '../storage/store';

export function classRoutes(store: Store): Router {
  const router = Router();

  router.get('/classes', requireRole('teacher', 'admin'), async (_req, res) => {
    const auth = authOf(res);
    const classes = await store.directory.listClasses(auth.role === 'teacher' ? { teacherId: auth.userId } : { institutionId: auth.institutionId });
    const body: ClassListItem[] = classes.map(({ id, code, name, studentCount, teacherNames }) => ({ id, code, name, studentCount, teacherNames }));
    res.json(body);
  });

  router.get('/classes/:classId/students', requireRole('teacher', 'admin'), async (req, res) => {
    const schoolClass = await visibleClass(store, authOf(res), String(req.params.classId));
    const students = await store.directory.listClassStudents(schoolClass.id);
    res.json(students.map(toPublicUser));
  });

  router.get('/institution', requireRole('admin'), async (_req, res) => {
    const overview = await store.directory.getInstitutionOverview(authOf(res).institutionId);
    if (!overview) throw new ApiError('not_found', 'your institution no longer exists');
    const body: InstitutionOverviewResponse = overview;
    res.json(body);
  });

  return router;
}
