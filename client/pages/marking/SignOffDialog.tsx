// Signing off one candidate (the lead assessor): a modal <dialog> that names the result being
// locked and calls POST .../signoff. A refusal reads as a sentence in the UI language, with what
// is missing as far as the row tells (attempt not ended, marks missing, aspects in disagreement).
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExamResultRow, JudgementAspect, SignOffResponse } from '../../../scenes/protocol/marking';
import { apiSend, asApiError, type ApiRequestError } from '../../app/api';
import { endpoints } from '../../app/endpoints';
import { errorText } from '../../app/problems';
import { useModalDialog } from '../../components/useModalDialog';
import { formatNumber, uiLanguage } from '../../i18n/format';
import { aspectTitle } from './aspectText';
import { signOffGap } from './markingView';

export function SignOffDialog({ examId, row, judges, aspects, onClose, onSignedOff, onRefused }: {
  examId: string;
  row: ExamResultRow;
  judges: number;
  aspects: readonly JudgementAspect[];
  onClose(): void;
  onSignedOff(answer: SignOffResponse): void;
  /** The table reloads, so the dialog's row (and what it says is missing) is the server's latest. */
  onRefused(): void;
}) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const dialog = useModalDialog();
  const ids = useId();
  const [working, setWorking] = useState(false);
  const [failure, setFailure] = useState<ApiRequestError | null>(null);

  const confirm = async () => {
    setWorking(true);
    setFailure(null);
    try {
      const answer = await apiSend(endpoints.signOff(examId, row.learnerId));
      onSignedOff(answer);
      dialog.current?.close();
    } catch (error) {
      const failed = asApiError(error);
      setFailure(failed);
      setWorking(false);
      if (failed.code === 'conflict') onRefused();
    }
  };

  const final = row.marking?.final ?? row.final;
  const passed = row.marking?.passed ?? row.passed;
  const name = (id: string) =>
    aspectTitle(
      aspects.find((a) => a.id === id),
      id,
      language,
    );
  const gap = failure?.code === 'conflict' ? signOffGap(row, judges) : undefined;
  return (
    <dialog
      ref={dialog}
      className="marking-dialog"
      aria-labelledby={`${ids}-title`}
      aria-describedby={`${ids}-explain`}
      onClose={onClose}
      onCancel={(event) => working && event.preventDefault()}
      data-testid="signoff-dialog"
    >
      <h2 id={`${ids}-title`}>{t('examMarking.signOff.title', { name: row.name })}</h2>
      <p id={`${ids}-explain`}>{t('examMarking.signOff.explain')}</p>
      {final !== undefined && passed !== undefined && (
        <p>
          <strong>{t('examMarking.signOff.summary', { final: formatNumber(final, language, 1, 1), verdict: passed ? t('examMarking.outcome.passed') : t('examMarking.outcome.failed') })}</strong>
        </p>
      )}
      {failure && (
        <div className="notice error" role="alert" data-testid="signoff-error">
          <p>{t('examMarking.signOff.refused', { name: row.name })}</p>
          {gap ? (
            <>
              <p>{t(`examMarking.signOff.gap.${gap.kind}`)}</p>
              {gap.kind === 'marks_missing' && gap.aspects.length > 0 && (
                <ul className="signoff-gap">
                  {gap.aspects.map((a) => (
                    <li key={a.id}>{t('examMarking.signOff.gap.missingAspect', { aspect: name(a.id), have: a.have, need: a.need })}</li>
                  ))}
                </ul>
              )}
              {gap.kind === 'disagreement' && gap.aspects.length > 0 && (
                <ul className="signoff-gap">
                  {gap.aspects.map((id) => (
                    <li key={id}>{name(id)}</li>
                  ))}
                </ul>
              )}
            </>
          ) : (
            <p>{errorText(t, failure)}</p>
          )}
        </div>
      )}
      <div className="marking-dialog-actions">
        <button type="button" className="button ghost" onClick={() => dialog.current?.close()} disabled={working}>
          {t('examMarking.signOff.cancel')}
        </button>
        {!failure && (
          <button type="button" className="button primary" onClick={() => void confirm()} disabled={working} autoFocus data-testid="signoff-confirm">
            {working ? t('examMarking.signOff.working') : t('examMarking.signOff.confirm')}
          </button>
        )}
      </div>
    </dialog>
  );
}
