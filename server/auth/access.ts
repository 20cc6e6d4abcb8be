// Who may see whose records (docs/protocol.md §2): a student their own; a teacher the learners
// of their classes; an assessor their exams' candidates; an admin their institution's.
import { ApiError } from '../http/errors';
import type { ClassSummary, Store, User } from '../storage/store';
import type { TokenClaims } from './tokens';

export async function canViewLearner(store: Store, viewer: TokenClaims, learnerId: string): Promise<boolean> {
  switch (viewer.role) {
    case 'student':
      return viewer.userId === learnerId;
    case 'teacher':
      return store.directory.teachesLearner(viewer.userId, learnerId);
    case 'admin': {
      const learner = await store.directory.findUserById(learnerId);
      return learner?.institutionId === viewer.institutionId;
    }
    case 'assessor':
      // Exams (and so candidates) arrive with the exam issue; until then an assessor has none.
      return false;
  }
}

// The same rules as a lookup for routes: the class or learner, or the refusal (a class not
// among the caller's is "not found").

/** Callers reach this behind requireRole('teacher', 'admin'). */
export async function visibleClass(store: Store, viewer: TokenClaims, classId: string): Promise<ClassSummary> {
  const classes = await store.directory.listClasses(viewer.role === 'teacher' ? { teacherId: viewer.userId } : { institutionId: viewer.institutionId });
  const found = classes.find((c) => c.id === classId);
  if (!found) throw new ApiError('not_found', 'no such class among yours');
  return found;
}

export async function visibleLearner(store: Store, viewer: TokenClaims, learnerId: string): Promise<User> {
  const learner = await store.directory.findUserById(learnerId);
  if (!learner) throw new ApiError('not_found', `no learner "${learnerId}"`);
  if (!(await canViewLearner(store, viewer, learnerId))) throw new ApiError('forbidden', 'this learner is not one you may see');
  return learner;
}
