// The teacher's written comment on a session: teachers and admins write it, the learner reads it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionComment } from '../../../scenes/protocol/review';
import { inputLimits } from '../../../scenes/protocol/limits';
import { apiSend, asApiError } from '../../app/api';
import { endpoints } from '../../app/endpoints';
import { useSession } from '../../app/useSession';
import { errorText } from '../../components/Status';
import { formatDateTime, uiLanguage } from '../../i18n/format';

// The box holds what the server accepts (inputLimits, the limit of sessionCommentRequestSchema).
const commentMax = inputLimits.commentText;

export function CommentBox({ sessionId, initial }: { sessionId: string; initial: SessionComment | undefined }) {
  const { t, i18n } = useTranslation();
  const { session } = useSession();
  const canWrite = session?.user.role === 'teacher' || session?.user.role === 'admin';
  const [comment, setComment] = useState<SessionComment | null>(initial ?? null);
  const [draft, setDraft] = useState(initial?.text ?? '');
  const [state, setState] = useState<{ kind: 'idle' | 'saving' | 'saved' } | { kind: 'error'; message: string }>({ kind: 'idle' });
  const language = uiLanguage(i18n.language);

  const save = async () => {
    setState({ kind: 'saving' });
    try {
      const answer = await apiSend(endpoints.saveComment(sessionId, draft));
      setComment(answer.comment);
      setDraft(answer.comment?.text ?? '');
      setState({ kind: 'saved' });
    } catch (error) {
      setState({ kind: 'error', message: errorText(t, asApiError(error), 'session') });
    }
  };

  const byline = comment && (
    <p className="muted small">
      {t('review.commentBy', { name: comment.authorName, date: formatDateTime(comment.updatedAt, language) })}
    </p>
  );

  if (!canWrite) {
    return (
      <section className="card comment-box" aria-labelledby="comment-title" data-testid="comment">
        <h2 id="comment-title">{t('review.commentTitle')}</h2>
        {comment ? (
          <>
            <blockquote className="comment-text">{comment.text}</blockquote>
            {byline}
          </>
        ) : (
          <p className="empty">{t('review.noComment')}</p>
        )}
      </section>
    );
  }
  return (
    <section className="card comment-box" aria-labelledby="comment-title" data-testid="comment">
      <h2 id="comment-title">{t('review.commentTitle')}</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <label htmlFor="comment-text">{t('review.commentLabel')}</label>
        <textarea
          id="comment-text"
          name="comment"
          rows={4}
          maxLength={commentMax}
          value={draft}
          onChange={(event) => {
            setDraft(event.target.value);
            if (state.kind === 'saved') setState({ kind: 'idle' });
          }}
        />
        <div className="actions">
          <button type="submit" className="button primary" disabled={state.kind === 'saving' || draft.trim() === (comment?.text ?? '')}>
            {state.kind === 'saving' ? t('review.saving') : t('review.saveComment')}
          </button>
          <span role="status" aria-live="polite" className={state.kind === 'error' ? 'error-text' : 'muted small'}>
            {state.kind === 'saved' && t('review.commentSaved')}
            {state.kind === 'error' && state.message}
          </span>
        </div>
        {byline}
      </form>
    </section>
  );
}
