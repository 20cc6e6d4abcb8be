// One scene's scores over the learner's finished attempts: the total and a line per criterion
// (uPlot), x = attempt number, y = 0..100 %.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type uPlot from 'uplot';
import type { SceneProgress } from '../../../scenes/protocol/review';
import { UPlotChart } from '../../components/charts/UPlotChart';
import { seriesColour } from '../../components/charts/seriesColours';
import { axisInk, percentAxis } from '../../components/charts/chartStyle';
import { formatPercent, formatScore, uiLanguage } from '../../i18n/format';
import { trendChartData } from './trendSeries';

export function TrendChart({ scene, criterionIds, names, sceneName }: { scene: SceneProgress; criterionIds: readonly string[]; names: readonly string[]; sceneName: string }) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const data = useMemo(() => trendChartData(scene, criterionIds), [scene, criterionIds]);
  const namesKey = names.join('\u0000');
  const options = useMemo<Omit<uPlot.Options, 'width'>>(() => {
    const labels = namesKey ? namesKey.split('\u0000') : [];
    const percent = (_u: uPlot, v: number | null) => (v === null || v === undefined ? '–' : formatPercent(v / 100, language, 1));
    return {
      height: 300,
      scales: { x: { time: false, range: (_u, min, max) => [Math.min(min, 1) - 0.25, Math.max(max, 2) + 0.25] }, y: { range: [0, 100] } },
      axes: [
        {
          stroke: axisInk,
          font: '12px system-ui, sans-serif',
          grid: { show: false },
          incrs: [1, 2, 5, 10, 20, 50, 100],
          values: (_u, splits) => splits.map((v) => (Number.isInteger(v) && v >= 1 ? t('progress.attemptNo', { n: v }) : '')),
          label: t('progress.attemptAxis'),
        },
        percentAxis(),
      ],
      series: [
        { label: t('progress.attemptAxis'), value: (_u, v) => (v === null ? '–' : t('progress.attemptNo', { n: v })) },
        { label: t('progress.totalSeries'), stroke: '#14212b', width: 3, dash: [8, 4], points: { show: true, size: 7 }, value: percent },
        ...labels.map((label, i) => ({ label, stroke: seriesColour(i), width: 2, points: { show: true, size: 6 }, spanGaps: true, value: percent })),
      ],
      cursor: { drag: { x: false, y: false } },
    };
  }, [namesKey, language, t]);
  const first = scene.trend[0];
  const last = scene.trend[scene.trend.length - 1];
  const summary = t('progress.trendSummary', {
    attempts: scene.trend.length,
    first: formatScore(first?.total, language),
    last: formatScore(last?.total, language),
  });
  return <UPlotChart options={options} data={data} label={t('progress.trendChart', { scene: sceneName })} summary={summary} testId={`trend-${scene.sceneId}`} />;
}
