// /api/sessions/:id (docs/api.md): GET the session (with the learner's name and the teacher's
// comment), GET /events (NDJSON, streamed page by page), GET /integrity (the log's hash chain,
// §9), POST /abandon (the learner discards their open practice attempt), PUT /comment (a teacher
// or admin); visibility by server/auth/access.ts.
import { once } from 'node:events';
import { Router } from 'express';
import { visibleSession } from '../auth/access';
import { authOf } from '../auth/middleware';
import type { SessionDiscardAck } from '../../scenes/protocol/training';
import { ApiError } from '../http/errors';
import type { SessionService } from '../ingest/sessionService';
import { chainHeadOfStoredLog, storedRunPages } from '../ingest/storedLog';
import type { Store } from '../storage/store';
import { sessionCommentRequestSchema, type SessionComment, type SessionDetailResponse, type SessionIntegrityResponse } from '../../scenes/protocol/review';
import { parseInput } from '../http/validate';

export function sessionRoutes(store: Store, sessions: SessionService): Router {
  const router = Router();

  router.get('/:id', async (req, res) => {
    const s = await visibleSession(store, authOf(res), String(req.params.id));
    const [learner, comment] = await Promise.all([store.directory.findUserById(s.learnerId), store.review.getSessionComment(s.no)]);
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

  // PROTOCOL §9: the chain head recomputed from the stored log against the head sealed at the end.
  // An ended attempt without a seal (ended before schema v6) cannot be vouched for: valid false.
  router.get('/:id/integrity', async (req, res) => {
    const s = await visibleSession(store, authOf(res), String(req.params.id));
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

  // The replay log: events 1..ackedSeq in seq order, one JSON object per line, copied from the
  // stored runs without re-parsing and written page by page with backpressure.
  router.get('/:id/events', async (req, res) => {
    const s = await visibleSession(store, authOf(res), String(req.params.id));
    res.status(200).type('application/x-ndjson; charset=utf-8');
    res.setHeader('Cache-Control', s.status === 'active' ? 'no-store' : 'private, max-age=3600');
    for await (const page of storedRunPages(store, s.no, 0, s.ackedSeq)) {
      if (!res.write(page.map((run) => run.lines).join(''))) await once(res, 'drain');
      if (res.destroyed) return;
    }
    res.end();
  });


  // Only the learner whose attempt it is may discard it; the same rules as session:discard.
  router.post('/:id/abandon', async (req, res) => {
    const outcome = await sessions.discard(authOf(res), String(req.params.id));
    if (!outcome.ok) throw new ApiError(outcome.error.code, outcome.error.message);
    const body: SessionDiscardAck = { status: outcome.status, result: outcome.result };
    res.json(body);
  });

  router.put('/:id/comment', async (req, res) => {
    const auth = authOf(res);
    // Visibility first (404 unknown, 403 not yours), as the other session routes answer.
    const session = await visibleSession(store, auth, String(req.params.id));
    if (auth.role !== 'teacher' && auth.role !== 'admin') throw new ApiError('forbidden', 'only a teacher or an admin may comment on a session');
    const { text } = parseInput(sessionCommentRequestSchema, req.body);
    const comment: SessionComment | undefined = await store.review.setSessionComment(
      session.no,
      text === '' ? undefined : { text, authorId: auth.userId, updatedAt: new Date().toISOString() },
    );
    res.json({ comment: comment ?? null });
  });

  return router;
}
