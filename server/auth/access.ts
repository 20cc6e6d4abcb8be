// Who may see whose records (PROTOCOL.md §2): a student their own; a teacher the learners
// of their classes; an assessor their exams' candidates; an admin their institution's.
import type { Store } from '../storage/store';
import type { TokenClaims } from './tokens';

export async function canViewLearner(store: Store, viewer: TokenClaims, learnerId: string): Promise<boolean> {
  switch (viewer.role) {
    case 'student':
      return viewer.userId === learnerId;
    case 'teacher':
      return store.teachesLearner(viewer.userId, learnerId);
    case 'admin': {
      const learner = await store.findUserById(learnerId);
      return learner?.institutionId === viewer.institutionId;
    }
    case 'assessor':
      // Exams (and so candidates) arrive with the exam issue; until then an assessor has none.
      return false;
  }
}
