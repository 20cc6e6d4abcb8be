// One measured parameter over the attempt against its tolerance band (min–max shaded, ideal
// dashed), as welding simulators show it. Critical errors are red vertical lines; all plots of a
// session share a cursor, so a moment lines up across them.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type uPlot from 'uplot';
import type { ParameterSeries } from '../../../scenes/rubric/trace';
import { UPlotChart } from '../../components/charts/UPlotChart';
import { parameterPlotData } from './plotSeries';

const ink = '#52606d';
const grid = { stroke: '#e4e9ef', width: 1 };
const font = '12px system-ui, sans-serif';

function criticalMarkers(times: readonly number[]): uPlot.Plugin {
  return {
    hooks: {
      draw: (u) => {
        const { ctx, bbox } = u;
        ctx.save();
        ctx.strokeStyle = '#d92d20';
        ctx.lineWidth = 2 * devicePixelRatio;
        for (const t of times) {
          const x = u.valToPos(t / 1000, 'x', true);
          if (x < bbox.left || x > bbox.left + bbox.width) continue;
          ctx.beginPath();
          ctx.moveTo(x, bbox.top);
          ctx.lineTo(x, bbox.top + bbox.height);
          ctx.stroke();
        }
        ctx.restore();
      },
    },
  };
}

export function ParameterPlot({ series, name, syncKey, criticalTimes }: { series: ParameterSeries; name: string; syncKey: string; criticalTimes: readonly number[] }) {
  const { t } = useTranslation();
  const plot = useMemo(() => parameterPlotData(series), [series]);
  const unit = series.band.unit;
  const options = useMemo((): Omit<uPlot.Options, 'width'> => ({
    height: 190,
    cursor: { sync: { key: syncKey }, drag: { x: true, y: false } },
    legend: { show: true, live: true },
    scales: { x: { time: false } },
    axes: [
      { stroke: ink, font, grid, label: t('review.seconds'), labelFont: font, values: (_u, splits) => splits.map((v) => `${v}`) },
      { stroke: ink, font, grid, label: unit, labelFont: font, size: 56 },
    ],
    series: [
      { label: t('review.time'), value: (_u, v) => (v === null ? '–' : `${v.toFixed(2)} s`) },
      { label: name, stroke: '#1f5fa8', width: 1.5, spanGaps: false, value: (_u, v) => (v === null ? '–' : `${v.toFixed(1)} ${unit}`) },
      { label: t('review.bandMin'), stroke: '#12b76a', width: 1, value: (_u, v) => (v === null ? '–' : `${v.toFixed(1)}`) },
      { label: t('review.bandMax'), stroke: '#12b76a', width: 1, value: (_u, v) => (v === null ? '–' : `${v.toFixed(1)}`) },
      { label: t('review.ideal'), stroke: '#7a8794', width: 1, dash: [6, 4], value: (_u, v) => (v === null ? '–' : `${v.toFixed(1)}`) },
    ],
    bands: [{ series: [3, 2], fill: 'rgba(18, 183, 106, 0.12)' }],
    plugins: [criticalMarkers(criticalTimes)],
  }), [name, unit, syncKey, criticalTimes, t]);
  const { min, max } = series.band;
  const band = min === null ? `≤ ${max} ${unit}` : max === null ? `≥ ${min} ${unit}` : `${min} … ${max} ${unit}`;
  const summary =
    plot.insideShare === null
      ? t('review.plotEmpty', { name })
      : t('review.plotSummary', { name, band, inside: Math.round(plot.insideShare * 100), samples: plot.assessed });
  return (
    <div className="parameter-plot" data-testid={`plot-${series.id}`} data-samples={plot.assessed}>
      <h3>
        {name} <span className="muted small">({t('review.band')}: {band}; {t('review.ideal')}: {series.band.ideal} {unit})</span>
      </h3>
      <UPlotChart options={options} data={plot.data} label={name} summary={summary} />
      <p className="muted small">{summary}</p>
    </div>
  );
}
