// One measured parameter over the attempt against its tolerance band (min–max shaded, ideal
// dashed), as welding simulators show it. Critical errors are red vertical lines; all plots of a
// session share a cursor, so a moment lines up across them.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type uPlot from 'uplot';
import type { ParameterSeries } from '../../../scenes/rubric/trace';
import { UPlotChart } from '../../components/charts/UPlotChart';
import { parameterPlotData, timeScale } from './plotSeries';
import { criticalLines, verticalLines } from './plotLines';
import { formatBand, formatMeasure, formatNumber, formatSeconds, uiLanguage, unitSymbol } from '../../i18n/format';

const ink = '#52606d';
const grid = { stroke: '#e4e9ef', width: 1 };
const font = '12px system-ui, sans-serif';

export function ParameterPlot({
  series,
  name,
  syncKey,
  criticalTimes,
  timeRange = null,
}: {
  series: ParameterSeries;
  name: string;
  syncKey: string;
  criticalTimes: readonly number[];
  /** the session's shared time axis, seconds (sharedTimeRange) */
  timeRange?: [number, number] | null;
}) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const plot = useMemo(() => parameterPlotData(series), [series]);
  const unit = series.band.unit;
  const measure = (v: number | null) => formatMeasure(v, unit, language);
  const options = useMemo((): Omit<uPlot.Options, 'width'> => ({
    height: 190,
    cursor: { sync: { key: syncKey }, drag: { x: true, y: false } },
    legend: { show: true, live: true },
    scales: { x: timeScale(timeRange) },
    axes: [
      { stroke: ink, font, grid, label: t('review.seconds'), labelFont: font, values: (_u, splits) => splits.map((v) => formatNumber(v, language, 2)) },
      { stroke: ink, font, grid, label: unitSymbol(unit), labelFont: font, size: 56, values: (_u, splits) => splits.map((v) => formatNumber(v, language, 2)) },
    ],
    series: [
      { label: t('review.time'), value: (_u, v) => (v === null ? '–' : formatSeconds(v * 1000, language, 2)) },
      { label: name, stroke: '#1f5fa8', width: 1.5, spanGaps: false, value: (_u, v) => measure(v) },
      { label: t('review.bandMin'), stroke: '#12b76a', width: 1, value: (_u, v) => measure(v) },
      { label: t('review.bandMax'), stroke: '#12b76a', width: 1, value: (_u, v) => measure(v) },
      { label: t('review.ideal'), stroke: '#7a8794', width: 1, dash: [6, 4], value: (_u, v) => measure(v) },
    ],
    bands: [{ series: [3, 2], fill: 'rgba(18, 183, 106, 0.12)' }],
    plugins: [verticalLines(criticalLines(criticalTimes))],
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `measure` is derived from unit and language
  }), [name, unit, language, syncKey, criticalTimes, t, timeRange]);
  const band = formatBand(series.band, language);
  const summary =
    plot.insideShare === null
      ? t('review.plotEmpty', { name })
      : t('formats.plotSummary', { name, band, inside: formatNumber(plot.insideShare * 100, language, 0), count: plot.assessed, samples: formatNumber(plot.assessed, language, 0) });
  return (
    <div className="parameter-plot" data-testid={`plot-${series.id}`} data-samples={plot.assessed}>
      <h3>
        {name} <span className="muted small">({t('review.band')}: {band}; {t('review.ideal')}: {formatMeasure(series.band.ideal, unit, language, 2)})</span>
      </h3>
      <UPlotChart options={options} data={plot.data} label={name} summary={summary} />
      <p className="muted small">{summary}</p>
    </div>
  );
}
