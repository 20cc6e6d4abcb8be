// A measured parameter's review plot as uPlot data: time in seconds, the value (gaps where the
// fold did not assess it), and the band's lower, upper and ideal lines; and a scene's state
// series (no band) with its marked moments. Pure, so a unit test can hold the plotted numbers to
// the fold's.
import type uPlot from 'uplot';
import type { ParameterSeries } from '../../../scenes/rubric/trace';
import type { StateSeries } from '../../../scenes/rubric/stateSeries';
import type { UiLanguage } from '../../i18n/format';
import { isWithinTolerance } from '../../../scenes/rubric/tolerance';

export interface PlotData {
  data: uPlot.AlignedData;
  /** The drawn band: min (or 0 for a band bounded only above), max (or the largest value). */
  lower: number;
  upper: number;
  /** Fraction of assessed samples inside the band (a plain count, for the text summary). */
  insideShare: number | null;
  assessed: number;
}

export function parameterPlotData(series: ParameterSeries): PlotData {
  const { band } = series;
  const xs = series.t.map((t) => t / 1000);
  let largest = band.ideal;
  let assessed = 0;
  let inside = 0;
  for (const value of series.value) {
    if (value === null) continue;
    assessed += 1;
    if (isWithinTolerance(band, value)) inside += 1;
    if (value > largest) largest = value;
  }
  const lower = band.min ?? Math.min(0, band.ideal);
  const upper = band.max ?? largest;
  const constant = (v: number) => xs.map(() => v);
  return {
    data: [xs, series.value, constant(lower), constant(upper), constant(band.ideal)],
    lower,
    upper,
    insideShare: assessed > 0 ? inside / assessed : null,
    assessed,
  };
}

/** A scene's state series (no band) as uPlot data, with its markers' x in seconds. */
export interface StatePlotData {
  data: uPlot.AlignedData;
  markers: { x: number; label: string }[];
  /** The value axis: the series' own range, else the data's extent. */
  min: number;
  max: number;
  /** The last value, for the text summary (null for an empty series). */
  last: number | null;
}

export function statePlotData(series: StateSeries, language: UiLanguage): StatePlotData {
  const xs = series.t.map((t) => t / 1000);
  let min = series.range?.min ?? Number.POSITIVE_INFINITY;
  let max = series.range?.max ?? Number.NEGATIVE_INFINITY;
  if (!series.range) {
    for (const v of series.value) {
      if (v < min) min = v;
      if (v > max) max = v;
    }
    if (!(min <= max)) [min, max] = [0, 1];
  }
  return {
    data: [xs, series.value],
    markers: series.markers.map((m) => ({ x: m.t / 1000, label: m.label[language] })),
    min,
    max,
    last: series.value.at(-1) ?? null,
  };
}

/**
 * One time axis for every plot of a session, seconds: from the earliest to the latest moment any
 * series, marker or critical error has, so a moment sits at the same x on each plot (the fire's
 * intensity runs from the start, its distance and aim only while the nozzle is out). Null when
 * nothing has a time.
 */
export function sharedTimeRange(
  series: readonly { t: readonly number[]; markers?: readonly { t: number }[] }[],
  criticalTimes: readonly number[] = [],
): [number, number] | null {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  const take = (t: number) => {
    if (t < min) min = t;
    if (t > max) max = t;
  };
  for (const s of series) {
    if (s.t.length > 0) {
      take(s.t[0]!);
      take(s.t[s.t.length - 1]!);
    }
    for (const m of s.markers ?? []) take(m.t);
  }
  for (const t of criticalTimes) take(t);
  if (!(min <= max)) return null;
  // a single moment still gets a visible second around it
  if (max - min < 1) return [min / 1000 - 0.5, max / 1000 + 0.5];
  return [min / 1000, max / 1000];
}

/** The x scale of a review plot: seconds, on the session's shared range when there is one. */
export function timeScale(timeRange: [number, number] | null): uPlot.Scale {
  return timeRange ? { time: false, range: timeRange } : { time: false };
}
