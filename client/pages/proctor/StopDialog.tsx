// Stopping a candidate: a modal dialog (the browser's own <dialog>: focus kept inside, Esc closes)
// that asks for the required reason and calls POST /api/exams/:id/candidates/:learnerId/stop.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScoreReport } from '../../../scenes/rubric/report';
import { apiSend, asApiError, type ApiRequestError } from '../../app/api';
import { endpoints } from '../../app/endpoints';
import { errorText } from '../../app/problems';

export interface StopTarget {
  learnerId: string;
  name: string;
}

export function StopDialog({ examId, target, onClose, onStopped }: { examId: string; target: StopTarget; onClose(): void; onStopped(result: ScoreReport): void }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const ids = useId();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [working, setWorking] = useState(false);
  const [failure, setFailure] = useState<ApiRequestError | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const text = reason.trim();
    if (!text) {
      setMissing(true);
      document.getElementById(`${ids}-reason`)?.focus();
      return;
    }
    setWorking(true);
    setFailure(null);
    try {
      const { result } = await apiSend(endpoints.stopCandidate(examId, target.learnerId, text));
      onStopped(result);
      dialog.current?.close();
    } catch (error) {
      setFailure(asApiError(error));
      setWorking(false);
    }
  };

  return (
    <dialog
      ref={dialog}
      className="proctor-dialog"
      aria-labelledby={`${ids}-title`}
      aria-describedby={`${ids}-explain`}
      onClose={onClose}
      // Esc while the stop is on its way would hide its answer.
      onCancel={(event) => working && event.preventDefault()}
      data-testid="stop-dialog"
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <h2 id={`${ids}-title`}>{t('examProctor.stop.title', { name: target.name })}</h2>
        <p id={`${ids}-explain`}>{t('examProctor.stop.explain')}</p>
        <div className="field">
          <label htmlFor={`${ids}-reason`}>{t('examProctor.stop.reason')}</label>
          <textarea
            id={`${ids}-reason`}
            name="reason"
            rows={3}
            maxLength={500}
            required
            autoFocus
            value={reason}
            aria-invalid={missing && !reason.trim() ? true : undefined}
            aria-describedby={`${ids}-hint${missing && !reason.trim() ? ` ${ids}-missing` : ''}`}
            onChange={(event) => setReason(event.target.value)}
            data-testid="stop-reason"
          />
          <span id={`${ids}-hint`} className="field-hint">
            {t('examProctor.stop.reasonHint')}
          </span>
          {missing && !reason.trim() && (
            <p id={`${ids}-missing`} className="field-error" role="alert">
              {t('examProctor.stop.reasonMissing')}
            </p>
          )}
        </div>
        {failure && (
          <p className="notice error" role="alert" data-testid="stop-error">
            {errorText(t, failure, 'session')}
          </p>
        )}
        <div className="proctor-dialog-actions">
          <button type="button" className="button ghost" onClick={() => dialog.current?.close()} disabled={working}>
            {t('examProctor.stop.cancel')}
          </button>
          <button type="submit" className="button danger" disabled={working} data-testid="stop-confirm">
            {working ? t('examProctor.stop.working') : t('examProctor.stop.confirm')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
