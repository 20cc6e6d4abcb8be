// One scene in a learner's progress: head figures, what to practise next, the trend chart
// (with the same numbers as a table behind "show as table").
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SceneProgress } from '../../../scenes/protocol/review';
import { ColumnHeader, DataTable } from '../../components/DataTable';
import { formatDateTime, formatNumber, formatPercent, formatScore, uiLanguage } from '../../i18n/format';
import { criterionName, rubricCriterionIds } from '../../components/sceneText';
import { Recommendation } from './Recommendation';
import { TrendChart } from './TrendChart';
import { trendCriterionIds } from './trendSeries';

export function SceneProgressCard({ scene, title }: { scene: SceneProgress; title: string }) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const criterionIds = useMemo(() => trendCriterionIds(scene, rubricCriterionIds(scene.sceneId)), [scene]);
  const names = criterionIds.map((id) => criterionName(scene.sceneId, id, language));
  const headingId = `scene-${scene.sceneId}-title`;
  return (
    <section className="card scene-progress" aria-labelledby={headingId} data-testid={`scene-progress-${scene.sceneId}`}>
      <h3 id={headingId}>{title}</h3>
      <dl className="stats compact">
        <div className="stat">
          <dt>{t('tables.attempts')}</dt>
          <dd>{formatNumber(scene.attempts, language, 0)}</dd>
        </div>
        <div className="stat">
          <dt>{t('tables.passedCount')}</dt>
          <dd>
            {formatNumber(scene.passedCount, language, 0)}
            <span className="stat-of"> / {formatNumber(scene.finished, language, 0)}</span>
          </dd>
        </div>
        <div className="stat">
          <dt>{t('tables.best')}</dt>
          <dd>
            {scene.best ? (
              <Link to={`/sessions/${encodeURIComponent(scene.best.sessionId)}`}>
                {formatScore(scene.best.total, language)}
                <span className="visually-hidden"> {t('a11y.openBest')}</span>
              </Link>
            ) : (
              '–'
            )}
          </dd>
        </div>
        <div className="stat">
          <dt>{t('tables.last')}</dt>
          <dd>
            {scene.last ? (
              <>
                <Link to={`/sessions/${encodeURIComponent(scene.last.sessionId)}`}>
                  {formatScore(scene.last.total, language)}
                  <span className="visually-hidden"> {t('a11y.openLast')}</span>
                </Link>
                <span className={`chip ${scene.last.passed ? 'pass' : 'fail'}`}>{scene.last.passed ? t('tables.passed') : t('tables.failed')}</span>
              </>
            ) : (
              '–'
            )}
          </dd>
          {scene.last && <dd className="stat-note">{formatDateTime(scene.last.finishedAt, language)}</dd>}
        </div>
      </dl>

      {scene.recommendation && <Recommendation recommendation={scene.recommendation} />}

      <h4 className="subhead">{t('progress.trendTitle')}</h4>
      {scene.trend.length === 0 ? (
        <p className="empty">{t('progress.noTrend')}</p>
      ) : (
        <>
          <TrendChart scene={scene} criterionIds={criterionIds} names={names} sceneName={title} />
          <details className="as-table">
            <summary>{t('tables.showTable')}</summary>
            <DataTable
              caption={t('progress.trendCaption', { scene: title })}
              header={
                <>
                  <ColumnHeader>{t('progress.attemptAxis')}</ColumnHeader>
                  <ColumnHeader>{t('tables.finishedAt')}</ColumnHeader>
                  <ColumnHeader numeric>{t('tables.total')}</ColumnHeader>
                  {names.map((name, i) => (
                    <ColumnHeader numeric key={criterionIds[i]}>
                      {name}
                    </ColumnHeader>
                  ))}
                </>
              }
            >
              {scene.trend.map((attempt, n) => (
                <tr key={attempt.sessionId}>
                  <th scope="row">{t('progress.attemptNo', { n: n + 1 })}</th>
                  <td>{formatDateTime(attempt.finishedAt, language)}</td>
                  <td className="num">
                    {formatScore(attempt.total, language)} {attempt.passed ? `(${t('tables.passed')})` : ''}
                  </td>
                  {criterionIds.map((id) => (
                    <td className="num" key={id}>
                      {formatPercent(attempt.criteria[id], language)}
                    </td>
                  ))}
                </tr>
              ))}
            </DataTable>
          </details>
        </>
      )}
    </section>
  );
}
