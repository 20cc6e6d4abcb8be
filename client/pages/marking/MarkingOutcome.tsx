// The candidate's result as the server derives it from measurement and judgement (PROTOCOL §7):
// measurement total, judgement points, final and pass; "so far" until sign-off, then locked.
import { useTranslation } from 'react-i18next';
import type { ScoreReport } from '../../../scenes/rubric/report';
import { formatNumber, uiLanguage } from '../../i18n/format';
import type { Marking } from '../../../scenes/protocol/marking';

export function MarkingOutcome({ marking, report, ownOnly }: { marking: Marking; report: ScoreReport | undefined; ownOnly: boolean }) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  return (
    <>
      <dl className="stats compact marking-outcome" data-testid="marking-outcome">
        <div className="stat">
          <dt>{t('examMarking.outcome.measurement')}</dt>
          <dd data-testid="outcome-measurement">{report ? formatNumber(report.total, language, 1, 1) : '–'}</dd>
        </div>
        <div className="stat">
          <dt>{t('examMarking.outcome.judgement')}</dt>
          <dd data-testid="outcome-judgement">{formatNumber(marking.judgementPoints, language, 1, 1)}</dd>
        </div>
        <div className="stat">
          <dt>{t('examMarking.outcome.final')}</dt>
          <dd data-testid="outcome-final">{formatNumber(marking.final, language, 1, 1)}</dd>
        </div>
        <div className="stat">
          <dt>{t('examMarking.learner.result')}</dt>
          <dd>
            <span className={`chip ${marking.passed ? 'pass' : 'fail'}`} data-testid="outcome-passed" data-passed={marking.passed}>
              {marking.passed ? t('examMarking.outcome.passed') : t('examMarking.outcome.failed')}
            </span>
          </dd>
        </div>
      </dl>
      {ownOnly && <p className="muted small">{t('examMarking.outcome.ownOnlyNote')}</p>}
      {report && report.critical.length > 0 && <p className="notice error">{t('examMarking.outcome.critical')}</p>}
    </>
  );
}
