// The server's ScoreReport as a learner reads it: pass/fail, total, a bar per criterion
// against its weight, critical errors explained, and advice for the weakest criterion.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ScoreReport } from '../../../scenes/rubric/report';
import type { SceneRules } from '../../../scenes/types';

export function ResultView({ report, rules, onTryAgain }: { report: ScoreReport; rules: SceneRules | undefined; onTryAgain: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const name = (id: string) => rules?.names[id]?.[lang] ?? id;
  const weakest = [...report.criteria].sort((a, b) => a.score - b.score)[0];
  return (
    <section className="card result" aria-labelledby="result-title" data-testid="result">
      <header className="result-head">
        <h1 id="result-title">{t('result.title')}</h1>
        <span className={`verdict ${report.passed ? 'pass' : 'fail'}`} data-testid="verdict">
          {report.passed ? t('result.passed') : t('result.failed')}
        </span>
      </header>
      <p className="total">
        {t('result.total')}: <strong data-testid="total">{report.total.toFixed(1)}</strong> / 100
      </p>
      <p className="muted small">
        {rules && t('result.passRule', { mark: rules.rubric.passMark })} {t('result.duration', { seconds: (report.durationMs / 1000).toFixed(0) })}
      </p>

      {report.critical.length > 0 && (
        <section aria-labelledby="critical-title" className="critical">
          <h2 id="critical-title">{t('result.critical')}</h2>
          <ul>
            {report.critical.map((c) => (
              <li key={c.id}>
                <strong>{name(c.id)}</strong> <span className="muted">({t('result.at', { seconds: (c.t / 1000).toFixed(1) })})</span>
                {rules?.advice[c.id] && <p>{rules.advice[c.id]![lang]}</p>}
              </li>
            ))}
          </ul>
        </section>
      )}

      <h2>{t('result.criteria')}</h2>
      <ul className="criteria-bars">
        {report.criteria.map((c) => (
          <li key={c.id}>
            <div className="bar-label">
              <span>{name(c.id)}</span>
              <span>{t('result.points', { points: c.points.toFixed(1), weight: c.weight })}</span>
            </div>
            <div className="bar" role="meter" aria-valuemin={0} aria-valuemax={c.weight} aria-valuenow={c.points} aria-label={name(c.id)}>
              <div className={`fill ${c.score >= 0.8 ? 'good' : c.score >= 0.5 ? 'fair' : 'poor'}`} style={{ width: `${Math.round(c.score * 100)}%` }} />
            </div>
          </li>
        ))}
      </ul>

      {weakest && weakest.score < 1 && rules?.advice[weakest.id] && (
        <aside className="notice advice">
          <h3>
            {t('result.advice')}: {name(weakest.id)}
          </h3>
          <p>{rules.advice[weakest.id]![lang]}</p>
        </aside>
      )}

      <div className="actions">
        <button type="button" className="button primary" onClick={onTryAgain}>
          {t('result.tryAgain')}
        </button>
        <Link className="button ghost" to="/">
          {t('workshop.back')}
        </Link>
      </div>
    </section>
  );
}
