// "What to practise next": a critical error of the latest attempt (a warning) or the weakest
// criterion of the recent attempts, with the standard's advice in the UI language.
import { useTranslation } from 'react-i18next';
import type { SceneProgress } from '../../../scenes/protocol/review';
import { formatPercent, uiLanguage } from '../../i18n/format';

export function Recommendation({ recommendation }: { recommendation: NonNullable<SceneProgress['recommendation']> }) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const critical = recommendation.kind === 'critical';
  return (
    <aside className={`notice recommendation ${critical ? 'critical-advice' : 'advice'}`} aria-label={t('progress.recommendation')} data-testid="recommendation">
      <h4>
        {critical && <span aria-hidden="true">⚠ </span>}
        {critical ? t('progress.criticalWarning') : t('progress.recommendation')}: {recommendation.name[language]}
      </h4>
      <p>{recommendation.advice[language]}</p>
      {recommendation.score !== null && <p className="small muted">{t('progress.recentScore', { score: formatPercent(recommendation.score, language) })}</p>}
    </aside>
  );
}
