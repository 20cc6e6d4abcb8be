// What a candidate's exam card says and offers, from the exam (as GET /api/exams answers it to a
// student: only their own candidate row) and the time now. Pure, so it is unit-tested.
import type { Exam } from '../../../scenes/protocol/exams';

export type ExamCardState =
  | { kind: 'start' }
  | { kind: 'continue'; deadlineAt: string | undefined }
  | { kind: 'opensLater'; opensAt: string }
  | { kind: 'closed'; closesAt: string }
  | { kind: 'done'; outcome: 'submitted' | 'timed_out' | 'stopped' };

/**
 * The server's word wins where it has one (the candidate's status, a closed exam); the window
 * is also checked against `nowMs`, so a card left open on screen enables Start when the exam
 * opens. The PC clock only enables the button: the server decides at session:start.
 */
export function examCardState(exam: Pick<Exam, 'status' | 'opensAt' | 'closesAt' | 'candidates'>, nowMs: number): ExamCardState {
  const mine = exam.candidates[0];
  const status = mine?.status ?? 'not_started';
  if (status === 'submitted' || status === 'timed_out' || status === 'stopped') return { kind: 'done', outcome: status };
  if (status === 'in_progress') return { kind: 'continue', deadlineAt: mine?.deadlineAt };
  if (exam.status === 'closed' || nowMs >= Date.parse(exam.closesAt)) return { kind: 'closed', closesAt: exam.closesAt };
  if (nowMs < Date.parse(exam.opensAt)) return { kind: 'opensLater', opensAt: exam.opensAt };
  return { kind: 'start' };
}

/** Cards in the order a candidate needs them: what can be taken now, then coming, then past. */
export function sortExamsForCandidate<T extends Pick<Exam, 'status' | 'opensAt' | 'closesAt' | 'candidates'>>(exams: readonly T[], nowMs: number): T[] {
  const rank = (exam: T) => ({ continue: 0, start: 1, opensLater: 2, done: 3, closed: 4 })[examCardState(exam, nowMs).kind];
  return [...exams].sort((a, b) => rank(a) - rank(b) || Date.parse(a.opensAt) - Date.parse(b.opensAt));
}

/** The page's link into the workshop in exam mode. */
export function examWorkshopPath(exam: Pick<Exam, 'id' | 'sceneId'>): string {
  return `/workshop/${encodeURIComponent(exam.sceneId)}?exam=${encodeURIComponent(exam.id)}`;
}
