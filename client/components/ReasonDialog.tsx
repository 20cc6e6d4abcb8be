// A modal dialog that asks why before an action nobody should take lightly (stopping a candidate,
// revoking a certificate): the reason is required and said so beside the field, the action's
// failure is shown as a sentence in the UI language, and Esc cannot hide an answer on its way.
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { asApiError, type ApiRequestError } from '../app/api';
import { useModalDialog } from './useModalDialog';

export interface ReasonDialogText {
  title: ReactNode;
  explain: ReactNode;
  reason: string;
  reasonHint: string;
  reasonMissing: string;
  cancel: string;
  confirm: string;
  working: string;
}

export function ReasonDialog({ text, maxLength, send, failureText, onClose, className, actionsClassName, testId }: {
  text: ReasonDialogText;
  maxLength: number;
  /** Carries out the action with the trimmed reason; a throw is shown through failureText. */
  send(reason: string): Promise<void>;
  failureText(failure: ApiRequestError): string;
  onClose(): void;
  className: string;
  actionsClassName: string;
  /** Prefix of the test ids: `<testId>-dialog`, `-reason`, `-error`, `-confirm`. */
  testId: string;
}) {
  const dialog = useModalDialog();
  const ids = useId();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [working, setWorking] = useState(false);
  const [failure, setFailure] = useState<ApiRequestError | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const given = reason.trim();
    if (!given) {
      setMissing(true);
      document.getElementById(`${ids}-reason`)?.focus();
      return;
    }
    setWorking(true);
    setFailure(null);
    try {
      await send(given);
      dialog.current?.close();
    } catch (error) {
      setFailure(asApiError(error));
      setWorking(false);
    }
  };

  const showMissing = missing && !reason.trim();
  return (
    <dialog
      ref={dialog}
      className={className}
      aria-labelledby={`${ids}-title`}
      aria-describedby={`${ids}-explain`}
      onClose={onClose}
      // Esc while the action is on its way would hide its answer.
      onCancel={(event) => working && event.preventDefault()}
      data-testid={`${testId}-dialog`}
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <h2 id={`${ids}-title`}>{text.title}</h2>
        <p id={`${ids}-explain`}>{text.explain}</p>
        <div className="field">
          <label htmlFor={`${ids}-reason`}>{text.reason}</label>
          <textarea
            id={`${ids}-reason`}
            name="reason"
            rows={3}
            maxLength={maxLength}
            required
            autoFocus
            value={reason}
            aria-invalid={showMissing ? true : undefined}
            aria-describedby={`${ids}-hint${showMissing ? ` ${ids}-missing` : ''}`}
            onChange={(event) => setReason(event.target.value)}
            data-testid={`${testId}-reason`}
          />
          <span id={`${ids}-hint`} className="field-hint">
            {text.reasonHint}
          </span>
          {showMissing && (
            <p id={`${ids}-missing`} className="field-error" role="alert">
              {text.reasonMissing}
            </p>
          )}
        </div>
        {failure && (
          <p className="notice error" role="alert" data-testid={`${testId}-error`}>
            {failureText(failure)}
          </p>
        )}
        <div className={actionsClassName}>
          <button type="button" className="button ghost" onClick={() => dialog.current?.close()} disabled={working}>
            {text.cancel}
          </button>
          <button type="submit" className="button danger" disabled={working} data-testid={`${testId}-confirm`}>
            {working ? text.working : text.confirm}
          </button>
        </div>
      </form>
    </dialog>
  );
}
