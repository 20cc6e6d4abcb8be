// Loads what marking needs about one candidate of an exam: the scene's rules, the attempt and its
// report (once ended), the current marks and any sign-off; refusals as ApiError values.
import type { ScoreReport } from '../../scenes/rubric/report';
import { findScene } from '../../scenes/registry';
import type { SceneRules } from '../../scenes/types';
import { ApiError } from '../http/errors';
import type { ExamCandidateRecord, ExamRecord } from '../storage/exams';
import type { SessionRecord, Store } from '../storage/store';
import { candidateStatusOf } from './examView';
import type { CandidateMarks } from './markingView';

export function examRules(exam: ExamRecord): SceneRules {
  const rules = findScene(exam.sceneId);
  // An exam is only created for a registered scene; a scene removed since is a server fault.
  if (!rules) throw new ApiError('internal', `the exam's scene "${exam.sceneId}" is not in this server's catalogue`);
  return rules;
}

export function examCandidate(exam: ExamRecord, learnerId: string): ExamCandidateRecord {
  const candidate = exam.candidates.find((c) => c.learnerId === learnerId);
  if (!candidate) throw new ApiError('not_found', `"${learnerId}" is not a candidate of this exam`);
  return candidate;
}

/** The attempt once it ended, with its report; undefined before (not started, or still running). */
export async function endedAttempt(store: Store, candidate: ExamCandidateRecord): Promise<{ session: SessionRecord; report: ScoreReport } | undefined> {
  if (!candidate.attempt || candidate.attempt.status === 'active') return undefined;
  const session = await store.attempts.getSession(candidate.attempt.sessionId);
  if (!session || session.status === 'active' || session.result === undefined) return undefined;
  return { session, report: session.result as ScoreReport };
}

/** The ended attempt, or a 409 conflict that says why there is nothing to mark yet. */
export async function requireEndedAttempt(store: Store, candidate: ExamCandidateRecord, doing: string): Promise<{ session: SessionRecord; report: ScoreReport }> {
  const ended = await endedAttempt(store, candidate);
  if (ended) return ended;
  const why = candidate.attempt ? `the attempt has not ended yet (${candidateStatusOf[candidate.attempt.status]})` : 'the candidate has not started the exam';
  throw new ApiError('conflict', `cannot ${doing}: ${why}; marking starts once the attempt has ended`);
}

export async function candidateMarks(store: Store, exam: ExamRecord, learnerId: string, report: ScoreReport): Promise<CandidateMarks> {
  const [marks, signOff] = await Promise.all([store.marking.listMarks(exam.id, learnerId), store.marking.getSignOff(exam.id, learnerId)]);
  return { exam, rules: examRules(exam), report, marks, signOff };
}
