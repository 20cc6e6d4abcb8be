// Class average and pass rate per criterion: paired bars (uPlot), 0..100 %.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type uPlot from 'uplot';
import type { ClassAnalytics } from '../../../scenes/protocol/review';
import { UPlotChart } from '../../components/charts/UPlotChart';
import { criteriaChartData, wrapLabel } from './analyticsSeries';
import { seriesColour } from '../../components/charts/seriesColours';
import { categoryAxis, categoryScale, hexWithAlpha, pairedBars, percentAxis } from '../../components/charts/chartStyle';
import { formatPercent, uiLanguage } from '../../i18n/format';

export function CriteriaChart({ analytics, names }: { analytics: ClassAnalytics; names: readonly string[] }) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const data = useMemo(() => criteriaChartData(analytics), [analytics]);
  const namesKey = names.join('\u0000');
  const options = useMemo<Omit<uPlot.Options, 'width'>>(() => {
    const labels = namesKey.split('\u0000');
    const percent = (_u: uPlot, v: number | null) => (v === null || v === undefined ? '–' : formatPercent(v / 100, language, 1));
    return {
      height: 300,
      scales: { x: categoryScale(labels.length), y: { range: [0, 100] } },
      axes: [categoryAxis((i) => wrapLabel(labels[i] ?? ''), 56, 96), percentAxis()],
      series: [
        { label: t('analytics.criterion'), value: (_u, i) => (i === null ? '–' : (labels[i] ?? '')) },
        { label: t('analytics.average'), stroke: seriesColour(0), fill: hexWithAlpha(seriesColour(0), 0.85), paths: pairedBars(-1), points: { show: false }, value: percent },
        { label: t('analytics.passRate'), stroke: seriesColour(1), fill: hexWithAlpha(seriesColour(1), 0.85), paths: pairedBars(1), points: { show: false }, value: percent },
      ],
      cursor: { points: { show: false }, drag: { x: false, y: false } },
      legend: { live: true },
    };
  }, [namesKey, language, t]);
  const summary = analytics.criteria
    .map((c, i) => t('analytics.criterionSummary', { name: names[i] ?? c.id, average: formatPercent(c.average, language), passRate: formatPercent(c.passRate, language) }))
    .join('; ');
  return <UPlotChart options={options} data={data} label={t('analytics.criteriaChart')} summary={summary} testId="criteria-chart" />;
}
