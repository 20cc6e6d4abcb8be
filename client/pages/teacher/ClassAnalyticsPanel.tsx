// Class analytics for one scene: head figures, per-criterion chart and table, the weakness
// map (the server's analytics CSV is that map), attempts per day (chart, and a table behind
// "show as table").
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SceneSummary } from '../../../scenes/protocol/rest';
import type { ClassAnalytics } from '../../../scenes/protocol/review';
import { endpoints } from '../../app/endpoints';
import { useApi } from '../../app/useApi';
import { DateField } from '../../components/DateField';
import { ErrorNotice, Loading } from '../../components/Status';
import { ColumnHeader, DataTable } from '../../components/DataTable';
import { AttemptsChart } from './AttemptsChart';
import type { ClassRef } from './ClassSessions';
import { CriteriaChart } from './CriteriaChart';
import { CsvButton } from '../../components/csv/CsvButton';
import { csvFileName } from '../../components/csv/csvDownload';
import { formatDay, formatNumber, formatPercent, formatScore, uiLanguage } from '../../i18n/format';
import { criterionName, sceneTitle } from '../../components/sceneText';
import { WeaknessMap } from './WeaknessMap';
import { useSessionFilters } from '../../components/tables/useSessionFilters';

export function ClassAnalyticsPanel({ classRef, sceneId, catalogue }: { classRef: ClassRef; sceneId: string; catalogue: readonly SceneSummary[] }) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  // The period is the sessions list's date filter (the same URL keys), so both tabs show one period.
  const { filters, change } = useSessionFilters();
  const period = `${filters.from ? `&from=${filters.from}` : ''}${filters.to ? `&to=${filters.to}` : ''}`;
  const endpoint = endpoints.classAnalytics(classRef.id, `?scene=${encodeURIComponent(sceneId)}${period}`);
  const analytics = useApi(endpoint);
  const scene = sceneTitle(sceneId, language, catalogue);

  return (
    <section aria-labelledby="analytics-title" className="panel" data-testid="class-analytics">
      <div className="panel-head">
        <h2 id="analytics-title">{t('analytics.title', { scene })}</h2>
      </div>
      <fieldset className="filters analytics-period">
        <legend>{t('analytics.period')}</legend>
        <DateField label={t('classPage.filters.from')} value={filters.from} onChange={(from) => change({ from })} />
        <DateField label={t('classPage.filters.to')} value={filters.to} onChange={(to) => change({ to })} />
      </fieldset>
      {analytics.state === 'loading' && <Loading />}
      {analytics.state === 'error' && <ErrorNotice error={analytics.error} subject="class" onRetry={analytics.retry} />}
      {analytics.state === 'ready' && (
        <AnalyticsBody
          analytics={analytics.data}
          heatmapCsv={<CsvButton path={`${endpoint.path}&format=csv`} fileName={csvFileName([classRef.code, 'weakness-map', sceneId])} what={t('analytics.heatmapCaption')} testId="analytics-csv" />}
        />
      )}
    </section>
  );
}

function AnalyticsBody({ analytics, heatmapCsv }: { analytics: ClassAnalytics; heatmapCsv: ReactNode }) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const names = analytics.criteria.map((c) => criterionName(analytics.sceneId, c.id, language));
  return (
    <>
      <dl className="stats compact">
        <div className="stat">
          <dt>{t('analytics.gradedAttempts')}</dt>
          <dd>{formatNumber(analytics.attempts, language, 0)}</dd>
        </div>
        <div className="stat">
          <dt>{t('analytics.passRate')}</dt>
          <dd>{formatPercent(analytics.passRate, language)}</dd>
        </div>
        <div className="stat">
          <dt>{t('analytics.passMark')}</dt>
          <dd>{formatNumber(analytics.passMark, language)}</dd>
        </div>
      </dl>
      {analytics.attempts === 0 ? (
        <p className="empty">{t('analytics.noAttempts')}</p>
      ) : (
        <>
          <h3 className="subhead">{t('analytics.criteriaTitle')}</h3>
          <CriteriaChart analytics={analytics} names={names} />
          <DataTable
            caption={t('analytics.criteriaCaption')}
            testId="criteria-table"
            header={
              <>
                <ColumnHeader>{t('analytics.criterion')}</ColumnHeader>
                <ColumnHeader numeric>{t('analytics.weight')}</ColumnHeader>
                <ColumnHeader numeric>{t('analytics.average')}</ColumnHeader>
                <ColumnHeader numeric>{t('analytics.passRate')}</ColumnHeader>
              </>
            }
          >
            {analytics.criteria.map((c, i) => (
              <tr key={c.id}>
                <th scope="row">{names[i]}</th>
                <td className="num">{formatNumber(c.weight, language)}</td>
                <td className="num">{formatPercent(c.average, language)}</td>
                <td className="num">{formatPercent(c.passRate, language)}</td>
              </tr>
            ))}
          </DataTable>

          <div className="panel-head subhead">
            <h3>{t('analytics.heatmapTitle')}</h3>
            {heatmapCsv}
          </div>
          <WeaknessMap analytics={analytics} names={names} />

          <h3 className="subhead">{t('analytics.overTimeTitle')}</h3>
          <AttemptsChart analytics={analytics} />
          <details className="as-table">
            <summary>{t('tables.showTable')}</summary>
            <DataTable
              caption={t('analytics.overTimeCaption')}
              header={
                <>
                  <ColumnHeader>{t('analytics.date')}</ColumnHeader>
                  <ColumnHeader numeric>{t('analytics.attempts')}</ColumnHeader>
                  <ColumnHeader numeric>{t('analytics.passed')}</ColumnHeader>
                  <ColumnHeader numeric>{t('analytics.averageTotal')}</ColumnHeader>
                </>
              }
            >
              {analytics.attemptsOverTime.map((day) => (
                <tr key={day.date}>
                  <th scope="row">{formatDay(day.date, language)}</th>
                  <td className="num">{formatNumber(day.attempts, language, 0)}</td>
                  <td className="num">{formatNumber(day.passed, language, 0)}</td>
                  <td className="num">{formatScore(day.averageTotal, language)}</td>
                </tr>
              ))}
            </DataTable>
          </details>
        </>
      )}
    </>
  );
}
