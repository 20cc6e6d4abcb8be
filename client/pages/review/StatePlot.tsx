// A scene's own state over the attempt (no tolerance band), e.g. the fire's intensity: one line,
// its marked moments as labelled green dashed lines (the fire went out), critical errors as red
// lines as on the parameter plots, sharing their cursor.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type uPlot from 'uplot';
import type { StateSeries } from '../../../scenes/rubric/stateSeries';
import { UPlotChart } from '../../components/charts/UPlotChart';
import { statePlotData, timeScale } from './plotSeries';
import { criticalLines, verticalLines } from './plotLines';
import { formatNumber, formatSeconds, uiLanguage, unitSymbol } from '../../i18n/format';

const ink = '#52606d';
const grid = { stroke: '#e4e9ef', width: 1 };
const font = '12px system-ui, sans-serif';

export function StatePlot({ series, syncKey, criticalTimes, timeRange = null }: { series: StateSeries; syncKey: string; criticalTimes: readonly number[]; timeRange?: [number, number] | null }) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const plot = useMemo(() => statePlotData(series, language), [series, language]);
  const name = series.label[language];
  const unit = unitSymbol(series.unit);
  const measure = (v: number | null) => (v === null ? '–' : `${formatNumber(v, language, 1)}${unit === '%' ? ' %' : unit ? ` ${unit}` : ''}`);
  const options = useMemo((): Omit<uPlot.Options, 'width'> => ({
    height: 190,
    cursor: { sync: { key: syncKey }, drag: { x: true, y: false } },
    legend: { show: true, live: true },
    scales: { x: timeScale(timeRange), y: { range: [plot.min, plot.max] } },
    axes: [
      { stroke: ink, font, grid, label: t('review.seconds'), labelFont: font, values: (_u, splits) => splits.map((v) => formatNumber(v, language, 2)) },
      { stroke: ink, font, grid, label: unit, labelFont: font, size: 56, values: (_u, splits) => splits.map((v) => formatNumber(v, language, 2)) },
    ],
    series: [
      { label: t('review.time'), value: (_u, v) => (v === null ? '–' : formatSeconds(v * 1000, language, 2)) },
      { label: name, stroke: '#c2410c', width: 1.5, fill: 'rgba(194, 65, 12, 0.10)', value: (_u, v) => measure(v) },
    ],
    plugins: [
      verticalLines([
        ...plot.markers.map((m) => ({ x: m.x, colour: '#12b76a', dash: [6, 4], label: m.label })),
        ...criticalLines(criticalTimes),
      ]),
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `measure` is derived from unit and language
  }), [name, unit, language, syncKey, criticalTimes, plot, t, timeRange]);
  const moments = plot.markers.map((m) => t('review.stateMarker', { label: m.label, time: formatSeconds(m.x * 1000, language, 1) }));
  const summary = t('review.stateSummary', { name, last: measure(plot.last), moments: moments.length > 0 ? moments.join('; ') : t('review.stateNoMarker') });
  return (
    <div className="parameter-plot state-plot" data-testid={`state-plot-${series.id}`} data-markers={plot.markers.map((m) => m.x).join(' ')}>
      <h3>{name}</h3>
      <UPlotChart options={options} data={plot.data} label={name} summary={summary} />
      <p className="muted small">{summary}</p>
    </div>
  );
}
