// A ScoreReport read criterion by criterion: pass/fail, total, a bar per criterion against its
// weight, critical errors explained with the moment they happened. The learner's result screen
// and the teacher's session review both show it.
import { useTranslation } from 'react-i18next';
import type { ScoreReport } from '../../../scenes/rubric/report';
import type { SceneRules } from '../../../scenes/types';
import { formatDurationWords, formatNumber, formatSeconds, uiLanguage } from '../../i18n/format';

export function ReportBreakdown({ report, rules, headingLevel = 2 }: { report: ScoreReport; rules: SceneRules | undefined; headingLevel?: 2 | 3 }) {
  const { t, i18n } = useTranslation();
  const lang = uiLanguage(i18n.language);
  const name = (id: string) => rules?.names[id]?.[lang] ?? id;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <>
      <p className="total">
        <span className={`verdict ${report.passed ? 'pass' : 'fail'}`} data-testid="verdict">
          {report.passed ? t('result.passed') : t('result.failed')}
        </span>{' '}
        {t('result.total')}: <strong data-testid="total">{formatNumber(report.total, lang, 1, 1)}</strong> / 100
      </p>
      <p className="muted small">
        {rules && t('result.passRule', { mark: rules.rubric.passMark })} {t('formats.duration', { duration: formatDurationWords(report.durationMs, lang) })}
      </p>

      {report.critical.length > 0 && (
        <section aria-label={t('result.critical')} className="critical">
          <Heading>{t('result.critical')}</Heading>
          <ul>
            {report.critical.map((c) => (
              <li key={c.id} data-testid="critical-error">
                <strong>{name(c.id)}</strong> <span className="muted">({t('formats.at', { time: formatSeconds(c.t, lang) })})</span>
                {rules?.advice[c.id] && <p>{rules.advice[c.id]![lang]}</p>}
              </li>
            ))}
          </ul>
        </section>
      )}

      <Heading>{t('result.criteria')}</Heading>
      <ul className="criteria-bars" data-testid="criteria-bars">
        {report.criteria.map((c) => (
          <li key={c.id}>
            <div className="bar-label">
              <span>{name(c.id)}</span>
              <span>{t('formats.points', { points: formatNumber(c.points, lang, 1, 1), weight: formatNumber(c.weight, lang) })}</span>
            </div>
            <div className="bar" role="meter" aria-valuemin={0} aria-valuemax={c.weight} aria-valuenow={c.points} aria-label={name(c.id)}>
              <div className={`fill ${c.score >= 0.8 ? 'good' : c.score >= 0.5 ? 'fair' : 'poor'}`} style={{ width: `${Math.round(c.score * 100)}%` }} />
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
