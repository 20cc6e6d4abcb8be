// The fire's intensity series for the session review: the fold's own values at the end of each
// nozzle interval, and the moment the fire went out.
import { describe, expect, it } from 'vitest';
import { fireExtinguisherRules, fireStateSeries } from '../../../../scenes/fire-extinguisher';
import { reviewStateSeries } from '../../../../scenes/rubric/scoreLog';
import { electricalIsolationRules } from '../../../../scenes/electrical-isolation';
import { weldingBeadRules } from '../../../../scenes/welding-bead';
import { FireLog } from './support/fireLog';

describe('fire-extinguisher intensity series', () => {
  it('is 100 % at 0, then the fold\'s value at each interval\'s end, marked where it went out', () => {
    // Foam on B from t = 1000: 2.5 % per 100 ms interval, out at 1000 + 4000; then 1 s of
    // samples without squeezing (no regrowth once out) and a last event at 6500.
    const log = new FireLog(1000).pick('foam').pin().samples(41).samples(10, 100, { squeeze: false }).at(6500).event('ui', {});
    const [series] = fireStateSeries(log.events, { fireClass: 'B' });
    expect(series).toMatchObject({ id: 'fire-intensity', label: { vi: 'Cường độ đám cháy', en: 'Fire intensity' }, unit: '%', range: { min: 0, max: 100 } });
    expect(series!.markers).toEqual([{ t: 5000, label: { vi: 'Lửa đã tắt', en: 'Fire out' } }]);
    // 0, then 1100 … 6000 (the interval ends of the 50 settled samples), then 6500.
    expect(series!.t).toEqual([0, ...Array.from({ length: 50 }, (_, i) => 1100 + i * 100), 6500]);
    expect(series!.value.slice(0, 4)).toEqual([100, 97.5, 95, 92.5]);
    expect(series!.value[40]).toBe(0); // at 5000
    expect(series!.value.slice(40).every((v) => v === 0)).toBe(true);
  });

  it('has no marker for a fire that never went out, and ends at the last event', () => {
    const log = new FireLog().pick('water').pin().samples(11).at(3000).event('ui', {});
    const [series] = fireStateSeries(log.events, { fireClass: 'B' });
    expect(series!.markers).toEqual([]);
    expect(series!.t.at(-1)).toBe(3000);
    expect(new Set(series!.value)).toEqual(new Set([100])); // water on B: k = 0
  });

  it('keeps one point per ms when samples share a t', () => {
    const log = new FireLog().pick('foam').pin().nozzle().at(100).nozzle().nozzle().at(200).nozzle();
    const [series] = fireStateSeries(log.events, { fireClass: 'A' });
    // Intervals end at 100 (sample 0), 100 (the first sample at 100, dt 0), 200.
    expect(series!.t).toEqual([0, 100, 200]);
    expect(series!.value).toEqual([100, 97.5, 95]);
  });

  it('is what review reads through the rules, with the stored params; other scenes have none', () => {
    const events = fireExtinguisherRules.simulate({ seed: 3, params: { fireClass: 'electrical' }, hints: { skill: 'expert' } });
    const series = reviewStateSeries(fireExtinguisherRules, events, { fireClass: 'electrical' });
    expect(series).toEqual(fireStateSeries(events, { fireClass: 'electrical' }));
    expect(series[0]!.markers).toHaveLength(1);
    expect(() => reviewStateSeries(fireExtinguisherRules, events, {})).toThrow(/params\.fireClass/);
    expect(reviewStateSeries(weldingBeadRules, [], {})).toEqual([]);
    expect(reviewStateSeries(electricalIsolationRules, [], {})).toEqual([]);
  });
});
