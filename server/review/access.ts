// Which classes and learners the review views may show (PROTOCOL.md §2): a teacher their own
// classes, an admin their institution's; a class not among the caller's is "not found".
import { canViewLearner } from '../auth/access';
import type { TokenClaims } from '../auth/tokens';
import { ApiError } from '../http/errors';
import type { ClassSummary, Store, User } from '../storage/store';

/** Callers reach this behind requireRole('teacher', 'admin'). */
export async function visibleClass(store: Store, viewer: TokenClaims, classId: string): Promise<ClassSummary> {
  const classes = await store.listClasses(viewer.role === 'teacher' ? { teacherId: viewer.userId } : { institutionId: viewer.institutionId });
  const found = classes.find((c) => c.id === classId);
  if (!found) throw new ApiError('not_found', 'no such class among yours');
  return found;
}

export async function visibleLearner(store: Store, viewer: TokenClaims, learnerId: string): Promise<User> {
  const learner = await store.findUserById(learnerId);
  if (!learner) throw new ApiError('not_found', `no learner "${learnerId}"`);
  if (!(await canViewLearner(store, viewer, learnerId))) throw new ApiError('forbidden', 'this learner is not one you may see');
  return learner;
}
