// Marking and sign-off under /api/exams (docs/protocol.md §7, docs/api.md "Marking"): each of an
// exam's assessors marks every judgement aspect of an ended attempt 0..3; the lead signs off,
// which locks the marks and, for a pass, asks the certificate issuer for a certificate.
import { Router } from 'express';
import type { Logger } from 'pino';
import { putMarksSchema, type ExamResultRow, type MarkHistoryResponse, type MarkingResponse, type SignOffResponse } from '../../scenes/protocol/marking';
import { everyJudgeHasMarked, signOffBlockers } from '../../scenes/rubric/marking';
import { visibleExam } from '../auth/access';
import { authOf } from '../auth/middleware';
import type { CertificateIssuer } from '../exams/certificateIssuer';
import { requestOrigin } from './certificates';
import { candidateStatusOf } from '../exams/examView';
import { candidateMarks, endedAttempt, examCandidate, examRules, requireEndedAttempt } from '../exams/markedCandidate';
import { fullMarking, markingSeenBy } from '../exams/markingView';
import { ApiError } from '../http/errors';
import { parseInput } from '../http/validate';
import type { Store } from '../storage/store';

export interface MarkingRouteOptions {
  logger: Logger;
  now: () => number;
  /** The sign-off hook; without it a pass is signed off without a certificate. */
  certificateIssuer?: CertificateIssuer | undefined;
}

export function markingRoutes(store: Store, { logger, now, certificateIssuer }: MarkingRouteOptions): Router {
  const router = Router();

  /** The exam as its assessors (judges) or an admin see it; `judgeId` is set for a judge. */
  async function markingAccess(req: { params: Record<string, string | string[]> }, res: Parameters<typeof authOf>[0], doing: string) {
    const caller = authOf(res);
    const { exam, viewer } = await visibleExam(store, caller, String(req.params.id));
    if (viewer === 'candidate') throw new ApiError('forbidden', `only the exam's assessors and an admin may ${doing}`);
    return { caller, exam, judgeId: viewer === 'assessor' ? caller.userId : undefined };
  }

  router.put('/:id/candidates/:learnerId/marks', async (req, res) => {
    const caller = authOf(res);
    const { exam, viewer } = await visibleExam(store, caller, String(req.params.id));
    if (viewer !== 'assessor') throw new ApiError('forbidden', "only the exam's assessors may mark, each their own marks");
    const candidate = examCandidate(exam, String(req.params.learnerId));
    const input = parseInput(putMarksSchema, req.body);
    const rules = examRules(exam);
    const known = rules.judgementAspects.map((a) => a.id);
    if (Object.keys(input.marks).length === 0) throw new ApiError('invalid', `marks: give at least one aspect's mark (${known.join(', ')})`);
    for (const aspectId of Object.keys(input.marks)) {
      if (!known.includes(aspectId)) throw new ApiError('invalid', `marks.${aspectId}: no judgement aspect "${aspectId}" in ${exam.sceneId}; its aspects are ${known.join(', ')}`);
    }
    const { report } = await requireEndedAttempt(store, candidate, 'mark');
    const written = await store.marking.putMarks({ examId: exam.id, learnerId: candidate.learnerId, assessorId: caller.userId, marks: input.marks, note: input.note || undefined, atMs: now() });
    if (written === 'signed_off') throw new ApiError('conflict', 'this result is signed off: its marks are locked');
    const body: MarkingResponse = { marking: markingSeenBy(await candidateMarks(store, exam, candidate.learnerId, report), caller.userId) };
    res.json(body);
  });

  router.get('/:id/candidates/:learnerId/marking', async (req, res) => {
    const { exam, judgeId } = await markingAccess(req, res, "read a candidate's marking");
    const candidate = examCandidate(exam, String(req.params.learnerId));
    const { report } = await requireEndedAttempt(store, candidate, 'read the marking');
    const body: MarkingResponse = { marking: markingSeenBy(await candidateMarks(store, exam, candidate.learnerId, report), judgeId) };
    res.json(body);
  });

  router.get('/:id/candidates/:learnerId/marks/history', async (req, res) => {
    const { exam, judgeId } = await markingAccess(req, res, 'read the history of marks');
    const candidate = examCandidate(exam, String(req.params.learnerId));
    const ended = await endedAttempt(store, candidate);
    const seesAll = judgeId === undefined || (ended !== undefined && everyJudgeHasMarked(fullMarking(await candidateMarks(store, exam, candidate.learnerId, ended.report)), exam.judges));
    const changes = await store.marking.listMarkChanges(exam.id, candidate.learnerId);
    const body: MarkHistoryResponse = {
      changes: changes
        .filter((c) => seesAll || c.assessorId === judgeId)
        .map((c) => ({
          assessorId: c.assessorId,
          assessorName: c.assessorName,
          aspectId: c.aspectId,
          from: c.from ?? null,
          to: c.to,
          ...(c.note !== undefined ? { note: c.note } : {}),
          at: new Date(c.atMs).toISOString(),
        })),
    };
    res.json(body);
  });

  router.get('/:id/results', async (req, res) => {
    const { exam, judgeId } = await markingAccess(req, res, "read an exam's results");
    const rules = examRules(exam);
    const [marksByLearner, signOffs] = await Promise.all([store.marking.listExamMarks(exam.id), store.marking.listSignOffs(exam.id)]);
    const rows: ExamResultRow[] = [];
    for (const candidate of exam.candidates) {
      const row: ExamResultRow = { learnerId: candidate.learnerId, name: candidate.name, status: candidate.attempt ? candidateStatusOf[candidate.attempt.status] : 'not_started' };
      if (candidate.attempt) row.sessionId = candidate.attempt.sessionId;
      const ended = await endedAttempt(store, candidate);
      if (ended) {
        const signOff = signOffs.find((s) => s.learnerId === candidate.learnerId);
        row.report = ended.report;
        row.marking = markingSeenBy({ exam, rules, report: ended.report, marks: marksByLearner.get(candidate.learnerId) ?? [], signOff }, judgeId);
        if (signOff) {
          Object.assign(row, { final: signOff.final, passed: signOff.passed, signedOffAt: new Date(signOff.signedMs).toISOString() });
          if (signOff.certificateId !== undefined) row.certificateId = signOff.certificateId;
        }
      }
      rows.push(row);
    }
    res.json(rows);
  });

  router.post('/:id/candidates/:learnerId/signoff', async (req, res) => {
    const caller = authOf(res);
    const { exam, viewer } = await visibleExam(store, caller, String(req.params.id));
    if (viewer !== 'assessor' || caller.userId !== exam.leadAssessorId) throw new ApiError('forbidden', "only the exam's lead assessor may sign off a result");
    const candidate = examCandidate(exam, String(req.params.learnerId));
    const { session, report } = await requireEndedAttempt(store, candidate, 'sign off');
    const rules = examRules(exam);
    const outcome = await store.marking.signOff({ examId: exam.id, learnerId: candidate.learnerId, signedBy: caller.userId, signedMs: now() }, (marks) => {
      const marking = fullMarking({ exam, rules, report, marks, signOff: undefined });
      const missing = signOffBlockers(marking, exam.judges);
      return missing.length > 0 ? { ok: false, reason: `cannot sign off yet: ${missing.join('; ')}` } : { ok: true, final: marking.final, passed: marking.passed };
    });
    if (!outcome.ok && 'reason' in outcome) throw new ApiError('conflict', outcome.reason);
    const signOff = outcome.ok ? outcome.signOff : outcome.already;
    // A repeated sign-off only retries a certificate that failed to issue; anything else is a conflict.
    const retry = !outcome.ok && signOff.passed && signOff.certificateId === undefined && certificateIssuer !== undefined;
    if (!outcome.ok && !retry) throw new ApiError('conflict', `this result was signed off already, at ${new Date(signOff.signedMs).toISOString()}`);
    const signedOffAt = new Date(signOff.signedMs).toISOString();
    let certificateId = signOff.certificateId;
    if (signOff.passed && certificateId === undefined && certificateIssuer) {
      const marking = fullMarking(await candidateMarks(store, exam, candidate.learnerId, report));
      try {
        ({ certificateId } = await certificateIssuer.issueFor({
          exam,
          learner: { id: candidate.learnerId, name: candidate.name },
          sessionId: session.id,
          report,
          marking,
          final: signOff.final,
          passed: signOff.passed,
          signedOffAt,
          signedOffBy: signOff.signedBy,
          sealedHead: session.sealedHead,
          origin: requestOrigin(req),
        }));
      } catch (error) {
        logger.error({ err: error, examId: exam.id, learnerId: candidate.learnerId }, 'certificate issuing failed after sign-off');
        throw new ApiError('internal', 'the result is signed off, but its certificate could not be issued; sign off again to retry issuing it');
      }
      await store.marking.setCertificateId(exam.id, candidate.learnerId, certificateId);
    }
    const body: SignOffResponse = { final: signOff.final, passed: signOff.passed, signedOffAt, ...(certificateId !== undefined ? { certificateId } : {}) };
    res.json(body);
  });

  return router;
}
