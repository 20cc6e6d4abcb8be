// The weakness map: learners x criteria, each learner's latest finished attempt, the score in
// the cell (%) on a red -> amber -> green background; an empty cell where there is no score.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ClassAnalytics } from '../../../scenes/protocol/review';
import { ColumnHeader, DataTable } from '../../components/DataTable';
import { formatPercent, uiLanguage } from '../../i18n/format';
import { heatColour, heatLegend } from '../../components/charts/heatColour';

export function WeaknessMap({ analytics, names }: { analytics: ClassAnalytics; names: readonly string[] }) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const caption = t('analytics.heatmapCaption');
  return (
    <>
      <DataTable
        caption={caption}
        className="heatmap"
        testId="weakness-map"
        header={
          <>
            <ColumnHeader>{t('tables.learner')}</ColumnHeader>
            {analytics.criteria.map((c, i) => (
              <ColumnHeader key={c.id} numeric>
                {names[i] ?? c.id}
              </ColumnHeader>
            ))}
          </>
        }
      >
        {analytics.heatmap.map((row) => (
          <tr key={row.learnerId}>
            <th scope="row">
              {row.sessionId ? (
                <Link to={`/sessions/${encodeURIComponent(row.sessionId)}`} aria-label={t('analytics.openLatest', { name: row.learnerName })}>
                  {row.learnerName}
                </Link>
              ) : (
                row.learnerName
              )}
            </th>
            {analytics.criteria.map((c, i) => {
              const score = row.scores[i] ?? null;
              return (
                <td key={c.id} className="num heat-cell" style={{ background: heatColour(score) }}>
                  {score === null ? <span className="visually-hidden">{t('analytics.noScore')}</span> : formatPercent(score, language)}
                </td>
              );
            })}
          </tr>
        ))}
      </DataTable>
      <div className="heat-legend" aria-hidden="true">
        <span>{t('analytics.legendWeak')}</span>
        {heatLegend.map((score) => (
          <span key={score} className="heat-swatch" style={{ background: heatColour(score) }}>
            {formatPercent(score, language)}
          </span>
        ))}
        <span>{t('analytics.legendStrong')}</span>
      </div>
      <p className="muted small">{t('analytics.heatmapHint')}</p>
    </>
  );
}
