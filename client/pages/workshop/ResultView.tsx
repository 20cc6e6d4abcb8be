// The server's ScoreReport as a learner reads it: pass/fail, total, a bar per criterion
// against its weight, critical errors explained, and advice for the weakest criterion.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ScoreReport } from '../../../scenes/rubric/report';
import type { SceneRules } from '../../../scenes/types';
import { ReportBreakdown } from '../review/ReportBreakdown';

export function ResultView({ report, rules, sessionId, onTryAgain }: { report: ScoreReport; rules: SceneRules | undefined; sessionId?: string; onTryAgain: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const name = (id: string) => rules?.names[id]?.[lang] ?? id;
  const weakest = [...report.criteria].sort((a, b) => a.score - b.score)[0];
  return (
    <section className="card result" aria-labelledby="result-title" data-testid="result">
      <header className="result-head">
        <h1 id="result-title">{t('result.title')}</h1>
      </header>
      <ReportBreakdown report={report} rules={rules} />

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
        {sessionId && (
          <Link className="button ghost" to={`/sessions/${encodeURIComponent(sessionId)}`} data-testid="open-review">
            {t('result.review')}
          </Link>
        )}
        <Link className="button ghost" to="/">
          {t('workshop.back')}
        </Link>
      </div>
    </section>
  );
}
