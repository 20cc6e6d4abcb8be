// Who may see and act on an exam (docs/protocol.md §5): its assessors and an admin of its
// institution see it all; a candidate sees it with their own row; anyone else finds nothing.
import type { TokenClaims } from '../auth/tokens';
import { ApiError } from '../http/errors';
import type { ExamRecord } from '../storage/exams';
import type { Store } from '../storage/store';

export type ExamViewer = 'assessor' | 'admin' | 'candidate';

export function examViewerRole(exam: ExamRecord, caller: TokenClaims): ExamViewer | undefined {
  if (exam.institutionId !== caller.institutionId) return undefined;
  if (caller.role === 'assessor' && exam.assessorIds.includes(caller.userId)) return 'assessor';
  // An admin may be an exam's own assessor (the lead, when an admin created it).
  if (caller.role === 'admin') return exam.assessorIds.includes(caller.userId) ? 'assessor' : 'admin';
  if (caller.role === 'student' && exam.candidates.some((c) => c.learnerId === caller.userId)) return 'candidate';
  return undefined;
}

/** The exam and how the caller sees it; 404 `not_found` when they may not see it at all. */
export async function visibleExam(store: Store, caller: TokenClaims, examId: string): Promise<{ exam: ExamRecord; viewer: ExamViewer }> {
  const exam = await store.exams.getExam(examId);
  const viewer = exam && examViewerRole(exam, caller);
  if (!exam || !viewer) throw new ApiError('not_found', `no exam "${examId}" among yours`);
  return { exam, viewer };
}
