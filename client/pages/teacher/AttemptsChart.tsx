// Attempts and passed attempts per day (days with attempts only): paired bars (uPlot).
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type uPlot from 'uplot';
import type { ClassAnalytics } from '../../../scenes/protocol/review';
import { UPlotChart } from '../../components/charts/UPlotChart';
import { attemptsChartData } from './analyticsSeries';
import { seriesColour } from '../../components/charts/seriesColours';
import { categoryAxis, categoryScale, countAxis, hexWithAlpha, pairedBars } from '../../components/charts/chartStyle';
import { formatShortDay, uiLanguage } from '../../i18n/format';

export function AttemptsChart({ analytics }: { analytics: ClassAnalytics }) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const { days, data } = useMemo(() => attemptsChartData(analytics), [analytics]);
  const daysKey = days.join(',');
  const options = useMemo<Omit<uPlot.Options, 'width'>>(() => {
    const labels = daysKey ? daysKey.split(',').map((day) => formatShortDay(day, language)) : [];
    const count = (_u: uPlot, v: number | null) => (v === null || v === undefined ? '–' : String(v));
    return {
      height: 260,
      scales: { x: categoryScale(labels.length), y: { range: (_u, _min, max) => [0, Math.max(1, Math.ceil((max || 0) * 1.1))] } },
      axes: [categoryAxis((i) => labels[i] ?? '', 40, 72), countAxis()],
      series: [
        { label: t('analytics.date'), value: (_u, i) => (i === null ? '–' : (labels[i] ?? '')) },
        { label: t('analytics.attempts'), stroke: seriesColour(0), fill: hexWithAlpha(seriesColour(0), 0.85), paths: pairedBars(-1), points: { show: false }, value: count },
        { label: t('analytics.passed'), stroke: seriesColour(2), fill: hexWithAlpha(seriesColour(2), 0.85), paths: pairedBars(1), points: { show: false }, value: count },
      ],
      cursor: { points: { show: false }, drag: { x: false, y: false } },
    };
  }, [daysKey, language, t]);
  const attempts = data[1].reduce((a, b) => a + b, 0);
  const passed = data[2].reduce((a, b) => a + b, 0);
  return (
    <UPlotChart
      options={options}
      data={data}
      label={t('analytics.overTimeChart')}
      summary={t('analytics.overTimeSummary', { days: days.length, attempts, passed })}
      testId="attempts-chart"
    />
  );
}
