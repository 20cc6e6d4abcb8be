// Revoking a certificate (admin): a modal dialog (the browser's <dialog>: focus kept inside, Esc
// closes, focus back on the button that opened it) asking for the required reason, then
// POST /api/certificates/:id/revoke. Verification reports it revoked from then on.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CertificateSummary } from '../../../scenes/protocol/certificates';
import { apiSend, asApiError, type ApiRequestError } from '../../app/api';
import { endpoints } from '../../app/endpoints';
import { errorText } from '../../app/problems';

// The server's limit (revokeCertificateSchema).
const reasonMax = 500;

export function RevokeDialog({ certificate, onClose, onRevoked }: { certificate: CertificateSummary; onClose(): void; onRevoked(): void }) {
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
      await apiSend(endpoints.revokeCertificate(certificate.id, text));
      onRevoked();
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
      className="certificate-dialog"
      aria-labelledby={`${ids}-title`}
      aria-describedby={`${ids}-explain`}
      onClose={onClose}
      // Esc while the revocation is on its way would hide its answer.
      onCancel={(event) => working && event.preventDefault()}
      data-testid="revoke-dialog"
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <h2 id={`${ids}-title`}>{t('certificates.revoke.title', { number: certificate.number })}</h2>
        <p id={`${ids}-explain`}>{t('certificates.revoke.explain', { holder: certificate.holder, achievement: certificate.achievement })}</p>
        <div className="field">
          <label htmlFor={`${ids}-reason`}>{t('certificates.revoke.reason')}</label>
          <textarea
            id={`${ids}-reason`}
            name="reason"
            rows={3}
            maxLength={reasonMax}
            required
            autoFocus
            value={reason}
            aria-invalid={showMissing ? true : undefined}
            aria-describedby={`${ids}-hint${showMissing ? ` ${ids}-missing` : ''}`}
            onChange={(event) => setReason(event.target.value)}
            data-testid="revoke-reason"
          />
          <span id={`${ids}-hint`} className="field-hint">
            {t('certificates.revoke.reasonHint')}
          </span>
          {showMissing && (
            <p id={`${ids}-missing`} className="field-error" role="alert">
              {t('certificates.revoke.reasonMissing')}
            </p>
          )}
        </div>
        {failure && (
          <p className="notice error" role="alert" data-testid="revoke-error">
            {t('certificates.revoke.failed', { problem: errorText(t, failure) })}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button ghost" onClick={() => dialog.current?.close()} disabled={working}>
            {t('certificates.revoke.cancel')}
          </button>
          <button type="submit" className="button danger" disabled={working} data-testid="revoke-confirm">
            {working ? t('certificates.revoke.working') : t('certificates.revoke.confirm')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
