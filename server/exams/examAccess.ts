// How a caller stands to an exam (docs/protocol.md §5): its assessors and an admin of its
// institution see it all; a candidate sees it with their own row; anyone else finds nothing
// (the lookup is visibleExam in server/auth/access.ts).
import type { TokenClaims } from '../auth/tokens';
import type { ExamRecord } from '../storage/exams';

export type ExamViewer = 'assessor' | 'admin' | 'candidate';

export function examViewerRole(exam: ExamRecord, caller: TokenClaims): ExamViewer | undefined {
  if (exam.institutionId !== caller.institutionId) return undefined;
  if (caller.role === 'assessor' && exam.assessorIds.includes(caller.userId)) return 'assessor';
  // An admin may be an exam's own assessor (the lead, when an admin created it).
  if (caller.role === 'admin') return exam.assessorIds.includes(caller.userId) ? 'assessor' : 'admin';
  if (caller.role === 'student' && exam.candidates.some((c) => c.learnerId === caller.userId)) return 'candidate';
  return undefined;
}
