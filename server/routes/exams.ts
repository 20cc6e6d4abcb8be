// /api/exams (docs/protocol.md §5, docs/api.md "Exams"): assessors and admins schedule exams for
// their institution's students; each side lists and reads the exams it takes part in; an exam's
// assessors stop a candidate's attempt. Taking the exam is session:start in exam mode.
import { Router } from 'express';
import { createExamSchema, stopCandidateSchema, type Exam, type ExamResponse } from '../../scenes/protocol/exams';
import type { SessionFinishAck } from '../../scenes/protocol/training';
import { findScene } from '../../scenes/registry';
import { authOf, requireRole } from '../auth/middleware';
import type { TokenClaims } from '../auth/tokens';
import { ApiError } from '../http/errors';
import { parseInput } from '../http/validate';
import type { SessionService } from '../ingest/sessionService';
import type { ExamListFilter } from '../storage/exams';
import type { Role, Store } from '../storage/store';
import { visibleExam } from '../auth/access';
import { toExam } from '../exams/examView';

/** Every id must name a user of the caller's institution with `role`; the first that does not is the 400. */
async function checkPeople(store: Store, caller: TokenClaims, ids: readonly string[], role: Role, field: string, exempt?: string): Promise<void> {
  for (const [i, id] of ids.entries()) {
    if (id === exempt) continue;
    const user = await store.directory.findAccountById(id);
    if (!user || user.institutionId !== caller.institutionId || user.role !== role) {
      throw new ApiError('invalid', `${field}[${i}]: "${id}" is not ${role === 'assessor' ? 'an assessor' : `a ${role}`} of your institution`);
    }
    // A disabled account can neither sign in to take the exam nor to assess it.
    if (user.disabled) throw new ApiError('invalid', `${field}[${i}]: "${id}" is a disabled account; enable it or pick someone else`);
  }
}

export function examRoutes(store: Store, sessions: SessionService): Router {
  const router = Router();

  router.post('/', requireRole('assessor', 'admin'), async (req, res) => {
    const caller = authOf(res);
    const input = parseInput(createExamSchema, req.body);
    if (!findScene(input.sceneId)) throw new ApiError('invalid', `sceneId: no scene "${input.sceneId}"`);
    const nowMs = sessions.now();
    const opensAtMs = Date.parse(input.opensAt);
    const closesAtMs = Date.parse(input.closesAt);
    if (closesAtMs <= nowMs) throw new ApiError('invalid', 'closesAt: the exam would be closed already; choose a window that ends in the future');
    // The creator leads, and is always one of the assessors (an admin who creates one assesses it).
    const assessorIds = [caller.userId, ...input.assessorIds.filter((id) => id !== caller.userId)];
    if (input.judges > assessorIds.length) {
      throw new ApiError('invalid', `judges: ${input.judges} judges need at least ${input.judges} assessors; add co-assessors or lower judges`);
    }
    await checkPeople(store, caller, input.candidateIds, 'student', 'candidateIds');
    await checkPeople(store, caller, assessorIds, 'assessor', 'assessorIds', caller.userId);
    const exam = await store.exams.createExam({
      institutionId: caller.institutionId,
      sceneId: input.sceneId,
      title: input.title,
      opensAtMs,
      closesAtMs,
      timeLimitMs: input.timeLimitMs,
      judges: input.judges,
      leadAssessorId: caller.userId,
      assessorIds,
      candidateIds: input.candidateIds,
      createdAtMs: nowMs,
    });
    const body: ExamResponse = { exam: toExam(exam, nowMs) };
    res.status(201).json(body);
  });

  router.get('/', requireRole('assessor', 'admin', 'student'), async (_req, res) => {
    const caller = authOf(res);
    const filter: ExamListFilter =
      caller.role === 'assessor' ? { assessorId: caller.userId } : caller.role === 'admin' ? { institutionId: caller.institutionId } : { candidateId: caller.userId };
    const nowMs = sessions.now();
    const exams = await store.exams.listExams(filter);
    const body: Exam[] = exams
      .filter((exam) => exam.institutionId === caller.institutionId)
      .map((exam) => toExam(exam, nowMs, caller.role === 'student' ? caller.userId : undefined));
    res.json(body);
  });

  router.get('/:id', async (req, res) => {
    const caller = authOf(res);
    const { exam, viewer } = await visibleExam(store, caller, String(req.params.id));
    const body: ExamResponse = { exam: toExam(exam, sessions.now(), viewer === 'candidate' ? caller.userId : undefined) };
    res.json(body);
  });

  router.post('/:id/candidates/:learnerId/stop', async (req, res) => {
    const caller = authOf(res);
    const { exam, viewer } = await visibleExam(store, caller, String(req.params.id));
    if (viewer !== 'assessor') throw new ApiError('forbidden', "only the exam's assessors may stop a candidate's attempt");
    const { reason } = parseInput(stopCandidateSchema, req.body);
    const learnerId = String(req.params.learnerId);
    const candidate = exam.candidates.find((c) => c.learnerId === learnerId);
    if (!candidate) throw new ApiError('not_found', `"${learnerId}" is not a candidate of this exam`);
    if (!candidate.attempt) throw new ApiError('conflict', 'this candidate has not started; there is no attempt to stop');
    const result = await sessions.stop(candidate.attempt.sessionId);
    if (!result) {
      const status = (await store.attempts.getSession(candidate.attempt.sessionId))?.status ?? candidate.attempt.status;
      throw new ApiError('conflict', `this attempt already ended (${status}); there is nothing to stop`);
    }
    await store.exams.recordStop(exam.id, learnerId, { reason, assessorId: caller.userId });
    const body: SessionFinishAck = { result };
    res.json(body);
  });

  return router;
}
