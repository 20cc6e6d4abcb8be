// Who may see what (docs/protocol.md §2), in one place: a student their own records; a teacher
// the learners of their classes; an assessor their exams' candidates; an admin their institution's.
// Every lookup has one shape, (store, viewer, id) => the record, or throws ApiError `not_found`
// (no such record, or a class/exam not among the viewer's) or `forbidden` (it exists, not yours).
import { ApiError } from '../http/errors';
import type { ClassSummary, SessionRecord, Store, User } from '../storage/store';
import type { ExamRecord } from '../storage/exams';
import { examViewerRole, type ExamViewer } from '../exams/examAccess';
import type { TokenClaims } from './tokens';

async function canViewLearner(store: Store, viewer: TokenClaims, learnerId: string): Promise<boolean> {
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
      // The candidates of the exams they assess (docs/protocol.md §2).
      return store.exams.assessesLearner(viewer.userId, learnerId);
  }
}

/** A teacher's own classes; any class of the institution for an admin, or an assessor picking exam candidates (routes guard the rest). */
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

/** A session (attempt) is visible to whoever may see its learner. */
export async function visibleSession(store: Store, viewer: TokenClaims, sessionId: string): Promise<SessionRecord> {
  const session = await store.attempts.getSession(sessionId);
  if (!session) throw new ApiError('not_found', `no session "${sessionId}"`);
  if (!(await canViewLearner(store, viewer, session.learnerId))) throw new ApiError('forbidden', 'this session is not one you may see');
  return session;
}

/** The exam and how the caller sees it (server/exams/examAccess.ts); `not_found` when they may not see it at all. */
export async function visibleExam(store: Store, viewer: TokenClaims, examId: string): Promise<{ exam: ExamRecord; viewer: ExamViewer }> {
  const exam = await store.exams.getExam(examId);
  const role = exam && examViewerRole(exam, viewer);
  if (!exam || !role) throw new ApiError('not_found', `no exam "${examId}" among yours`);
  return { exam, viewer: role };
}
