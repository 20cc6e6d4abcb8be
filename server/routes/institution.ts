// /api/institution: GET / is the admin's overview of their institution (people by role, classes);
// GET /assessors its assessors, from whom an exam's co-assessors are picked.
import { Router } from 'express';
import type { InstitutionOverviewResponse, PublicUser } from '../../scenes/protocol/rest';
import { authOf, requireRole } from '../auth/middleware';
import { toPublicUser } from '../auth/publicUser';
import { ApiError } from '../http/errors';
import type { Store } from '../storage/store';

export function institutionRoutes(store: Store): Router {
  const router = Router();

  router.get('/', requireRole('admin'), async (_req, res) => {
    const overview = await store.directory.getInstitutionOverview(authOf(res).institutionId);
    if (!overview) throw new ApiError('not_found', 'your institution no longer exists');
    const body: InstitutionOverviewResponse = overview;
    res.json(body);
  });

  router.get('/assessors', requireRole('assessor', 'admin'), async (_req, res) => {
    const assessors = await store.directory.listUsersByRole(authOf(res).institutionId, 'assessor');
    const body: PublicUser[] = assessors.map(toPublicUser);
    res.json(body);
  });

  return router;
}
