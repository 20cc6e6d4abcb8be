// PUT /api/sessions/:id/comment: a teacher of the learner, or an admin of their institution,
// writes the comment the learner sees with the session; an empty text removes it.
import { Router } from 'express';
import { sessionCommentRequestSchema, type SessionComment } from '../../scenes/protocol/review';
import { authOf } from '../auth/middleware';
import { ApiError } from '../http/errors';
import { parseInput } from '../http/validate';
import { visibleSession } from '../auth/access';
import type { Store } from '../storage/store';

export function commentRoutes(store: Store): Router {
  const router = Router();

  router.put('/sessions/:id/comment', async (req, res) => {
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
