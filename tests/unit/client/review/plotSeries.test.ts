// The review plot draws the fold's own series: the plotted values are the judged values, the
// band lines are the standard's band, and the stored-log parser reads NDJSON split anywhere.
import { describe, expect, it } from 'vitest';
import { reviewLog } from '../../../../scenes/rubric/scoreLog';
import { weldingBeadRules } from '../../../../scenes/welding-bead';
import { simulateWeld } from '../../../../scenes/welding-bead/simulatedWelder';
import { parameterPlotData, sharedTimeRange, statePlotData } from '../../../../client/pages/review/plotSeries';
import { parseEventLines } from '../../../../client/pages/review/useSessionLog';
import type { AttemptEvent } from '../../../../scenes/rubric/events';

describe('review plot data', () => {
  const events = simulateWeld({ seed: 7, sampleRateHz: 30, unsteadiness: 1.5 });
  const { series } = reviewLog(weldingBeadRules, events);

  it('plots exactly the fold\'s values against the band, time in seconds', () => {
    for (const s of series) {
      const plot = parameterPlotData(s);
      const [xs, values, lower, upper, ideal] = plot.data;
      expect(values).toBe(s.value);
      expect(xs).toEqual(s.t.map((t) => t / 1000));
      expect(new Set(lower)).toEqual(new Set([s.band.min ?? 0]));
      expect(ideal![0]).toBe(s.band.ideal);
      if (s.band.max !== null) expect(upper![0]).toBe(s.band.max);
      expect(plot.assessed).toBe(s.value.filter((v) => v !== null).length);
    }
  });

  it('counts the share of assessed samples inside the band', () => {
    const ctwd = parameterPlotData(series.find((s) => s.id === 'ctwd')!);
    expect(ctwd.insideShare).toBeGreaterThan(0);
    expect(ctwd.insideShare).toBeLessThanOrEqual(1);
    const empty = parameterPlotData({ id: 'aim', band: { min: null, max: 2, ideal: 0, unit: 'mm' }, t: [0, 10], value: [null, null] });
    expect(empty.insideShare).toBeNull();
  });
});

describe('state plot data', () => {
  const series = { id: 'fire-intensity', label: { vi: 'Cường độ', en: 'Intensity' }, unit: '%', t: [0, 1500, 4000], value: [100, 40, 0], markers: [{ t: 4000, label: { vi: 'Lửa đã tắt', en: 'Fire out' } }] };

  it('plots the series\' own values, time in seconds, its markers labelled in the UI language', () => {
    const plot = statePlotData({ ...series, range: { min: 0, max: 100 } }, 'en');
    expect(plot.data).toEqual([[0, 1.5, 4], [100, 40, 0]]);
    expect(plot.data[1]).toBe(series.value);
    expect(plot.markers).toEqual([{ x: 4, label: 'Fire out' }]);
    expect(statePlotData(series, 'vi').markers).toEqual([{ x: 4, label: 'Lửa đã tắt' }]);
    expect(plot).toMatchObject({ min: 0, max: 100, last: 0 });
  });

  it('scales to the data without a range, and reads an empty series', () => {
    expect(statePlotData(series, 'en')).toMatchObject({ min: 0, max: 100 });
    expect(statePlotData({ ...series, value: [3, 7, 5] }, 'en')).toMatchObject({ min: 3, max: 7, last: 5 });
    expect(statePlotData({ ...series, t: [], value: [], markers: [] }, 'en')).toMatchObject({ min: 0, max: 1, last: null, markers: [] });
  });
});

describe('the plots\' shared time axis', () => {
  it('runs from the earliest to the latest moment of any series, marker or critical error, in seconds', () => {
    const intensity = { t: [0, 1500, 4000], markers: [{ t: 4000 }] };
    const distance = { t: [2200, 2300, 3900] };
    expect(sharedTimeRange([intensity, distance])).toEqual([0, 4]);
    expect(sharedTimeRange([distance])).toEqual([2.2, 3.9]);
    expect(sharedTimeRange([distance], [6000])).toEqual([2.2, 6]);
    expect(sharedTimeRange([{ t: [], markers: [{ t: 9000 }] }, distance])).toEqual([2.2, 9]);
  });

  it('gives a lone moment a second around it, and nothing without a time', () => {
    expect(sharedTimeRange([{ t: [3000] }])).toEqual([2.5, 3.5]);
    expect(sharedTimeRange([{ t: [] }])).toBe(null);
    expect(sharedTimeRange([])).toBe(null);
  });
});

describe('stored log parsing', () => {
  it('reads NDJSON however the stream splits it', () => {
    const text = events().map((e) => JSON.stringify(e)).join('\n') + '\n';
    for (const cut of [1, 7, 33, 100]) {
      const out: AttemptEvent[] = [];
      let rest = '';
      for (let i = 0; i < text.length; i += cut) rest = parseEventLines(rest + text.slice(i, i + cut), out);
      parseEventLines(`${rest}\n`, out);
      expect(out).toEqual(events());
    }
  });
});

function events(): AttemptEvent[] {
  return simulateWeld({ seed: 2, sampleRateHz: 10, torchSampleCount: 20 });
}
