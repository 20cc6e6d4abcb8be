// The rules of an exam attempt's clock and start (docs/protocol.md §5), pure: who may start,
// when, and how far session time may run before events are refused with time_over.
import type { ErrorValue } from '../../scenes/protocol/errors';
import type { ExamRecord } from '../storage/exams';
import type { SessionRecord } from '../storage/store';

/** The largest event t an exam attempt takes: the time from its first start to its deadline. */
export function examTimeLimitT(record: Pick<SessionRecord, 'deadlineMs' | 'startedAtMs'>): number | undefined {
  return record.deadlineMs === undefined ? undefined : record.deadlineMs - record.startedAtMs;
}

/** Whether an exam attempt is past its deadline plus the grace: the server ends it then. */
export function pastGrace(record: Pick<SessionRecord, 'deadlineMs'>, nowMs: number, graceMs: number): boolean {
  return record.deadlineMs !== undefined && nowMs >= record.deadlineMs + graceMs;
}

/**
 * Why `user` may not start (or restart) their attempt at `exam` in scene `sceneId` now, if so.
 * A candidate who started before gets their attempt back whatever the clock says (a reload).
 */
export function examStartRefusal(exam: ExamRecord | undefined, user: { userId: string; institutionId: string }, sceneId: string, nowMs: number): ErrorValue | undefined {
  if (!exam || exam.institutionId !== user.institutionId) return { code: 'not_found', message: 'no such exam; check the exam on your home page' };
  const candidate = exam.candidates.find((c) => c.learnerId === user.userId);
  if (!candidate) return { code: 'forbidden', message: 'you are not a candidate of this exam' };
  if (exam.sceneId !== sceneId) return { code: 'invalid', message: `this exam is taken in scene "${exam.sceneId}", not "${sceneId}"` };
  if (candidate.attempt) return undefined;
  if (nowMs < exam.opensAtMs) return { code: 'conflict', message: `this exam opens at ${new Date(exam.opensAtMs).toISOString()}; start it then` };
  if (nowMs >= exam.closesAtMs) return { code: 'conflict', message: `this exam closed at ${new Date(exam.closesAtMs).toISOString()}; it can no longer be started` };
  return undefined;
}
