// GET /api/sessions/:id (with the learner's name and the teacher's comment), /api/sessions/:id/events
// (NDJSON, streamed page by page), /api/sessions/:id/integrity (the log's hash chain, §9), POST
// /api/sessions/:id/abandon (the learner discards their open practice attempt) and
// /api/learners/:id/profile, with the access rules of docs/protocol.md §2.
import { once } from 'node:events';
import { Router, type Response } from 'express';
import { canViewLearner, visibleLearner } from '../auth/access';
import { authOf } from '../auth/middleware';
import type { SessionDiscardAck } from '../../scenes/protocol/training';
import { ApiError } from '../http/errors';
import type { SessionService } from '../ingest/sessionService';
import { chainHeadOfStoredLog, storedRunPages } from '../ingest/storedLog';
import type { SessionRecord, Store } from '../storage/store';
import type { SessionDetailResponse, SessionIntegrityResponse } from '../../scenes/protocol/review';

export async function visibleSession(store: Store, res: Response, sessionId: string): Promise<SessionRecord> {
  const session = await store.getSession(sessionId);
  if (!session) throw new ApiError('not_found', `no session "${sessionId}"`);
  if (!(await canViewLearner(store, authOf(res), session.learnerId))) throw new ApiError('forbidden', 'this session is not one you may see');
  return session;
}

export function sessionRoutes(store: Store, sessions: SessionService): Router {
  const router = Router();

  router.get('/sessions/:id', async (req, res) => {
    const s = await visibleSession(store, res, String(req.params.id));
    const [learner, comment] = await Promise.all([store.findUserById(s.learnerId), store.getSessionComment(s.no)]);
    const detail: SessionDetailResponse = {
      id: s.id,
      learnerId: s.learnerId,
      learnerName: learner?.name ?? '',
      sceneId: s.sceneId,
      mode: s.mode,
      status: s.status,
      ackedSeq: s.ackedSeq,
      startedAt: s.startedAt,
      ...(s.finishedAt ? { finishedAt: s.finishedAt } : {}),
      ...(s.examId ? { examId: s.examId } : {}),
      params: s.params,
      ...(s.result !== undefined ? { result: s.result } : {}),
      ...(comment ? { comment } : {}),
    };
    res.json(detail);
  });

  // The replay log: events 1..ackedSeq in seq order, one JSON object per line, copied from the
  // stored runs without re-parsing and written page by page with backpressure.
  router.get('/sessions/:id/events', async (req, res) => {
    const s = await visibleSession(store, res, String(req.params.id));
    res.status(200).type('application/x-ndjson; charset=utf-8');
    res.setHeader('Cache-Control', s.status === 'active' ? 'no-store' : 'private, max-age=3600');
    for await (const page of storedRunPages(store, s.no, 0, s.ackedSeq)) {
      if (!res.write(page.map((run) => run.lines).join(''))) await once(res, 'drain');
      if (res.destroyed) return;
    }
    res.end();
  });

  // PROTOCOL §9: the chain head recomputed from the stored log against the head sealed at the end.
  // An ended attempt without a seal (ended before schema v6) cannot be vouched for: valid false.
  router.get('/sessions/:id/integrity', async (req, res) => {
    const s = await visibleSession(store, res, String(req.params.id));
    const chainHead = await chainHeadOfStoredLog(store, s, s.ackedSeq);
    const body: SessionIntegrityResponse = {
      sessionId: s.id,
      ackedSeq: s.ackedSeq,
      chainHead,
      ...(s.sealedHead ? { sealedHead: s.sealedHead } : {}),
      valid: s.status === 'active' ? true : s.sealedHead === chainHead,
    };
    res.setHeader('Cache-Control', 'no-store');
    res.json(body);
  });

  // Only the learner whose attempt it is may discard it; the same rules as session:discard.
  router.post('/sessions/:id/abandon', async (req, res) => {
    const outcome = await sessions.discard(authOf(res), String(req.params.id));
    if (!outcome.ok) throw new ApiError(outcome.error.code, outcome.error.message);
    const body: SessionDiscardAck = { status: outcome.status, result: outcome.result };
    res.json(body);
  });

  router.get('/learners/:id/profile', async (req, res) => {
    const learner = await visibleLearner(store, authOf(res), String(req.params.id));
    res.json({ learner: { id: learner.id, name: learner.name }, results: await store.listResults(learner.id) });
  });

  return router;
}
