// ClassAnalytics -> the arrays uPlot draws (x first, one array per series, null = gap).
// Pure data: no uPlot import, so it is tested in Node.
import type { ClassAnalytics } from '../../../scenes/protocol/review';

const asPercent = (fraction: number | null) => (fraction === null ? null : Math.round(fraction * 1000) / 10);

/** Per criterion (x = 0..n-1 in rubric order): class average and pass rate, both in % (0..100). */
export function criteriaChartData(analytics: ClassAnalytics): [number[], (number | null)[], (number | null)[]] {
  return [analytics.criteria.map((_, i) => i), analytics.criteria.map((c) => asPercent(c.average)), analytics.criteria.map((c) => asPercent(c.passRate))];
}

/**
 * Per day with attempts, oldest first: the days (YYYY-MM-DD, Vietnam) and the chart data with
 * x = 0..n-1 (a bar per day that had attempts; the axis labels name the days), attempts, passed.
 */
export function attemptsChartData(analytics: ClassAnalytics): { days: string[]; data: [number[], number[], number[]] } {
  const days = [...analytics.attemptsOverTime].sort((a, b) => a.date.localeCompare(b.date));
  return { days: days.map((d) => d.date), data: [days.map((_, i) => i), days.map((d) => d.attempts), days.map((d) => d.passed)] };
}

/** Splits a label into lines of about `width` characters at spaces (uPlot draws "\n" as a new line). */
export function wrapLabel(label: string, width = 14): string {
  const lines: string[] = [];
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.join('\n');
}
