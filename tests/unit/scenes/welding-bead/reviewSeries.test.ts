// Review plots and the report come from one fold pass: the series hold exactly the values the
// fold judged, so recomputing each criterion from its plotted series gives the report's score.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ParameterSeries } from '../../../../scenes/rubric/trace';
import { TimeInTolerance } from '../../../../scenes/rubric/criteria/timeInTolerance';
import { isWithinTolerance } from '../../../../scenes/rubric/tolerance';
import { reviewLog, scoreLog } from '../../../../scenes/rubric/scoreLog';
import { weldingBeadRules, weldingParameterIds, weldingTolerances } from '../../../../scenes/welding-bead';
import { simulateWeld } from '../../../../scenes/welding-bead/simulatedWelder';

/** A criterion's score as a reader of the plot would compute it: time inside the band / time assessed. */
function scoreFromSeries(series: ParameterSeries): number {
  const criterion = new TimeInTolerance();
  series.t.forEach((t, i) => {
    const value = series.value[i];
    criterion.sample(t, value === null || value === undefined ? undefined : isWithinTolerance(series.band, value));
  });
  return criterion.score();
}

describe('welding-bead review series', () => {
  it('gives one series per measured parameter, with the standard\'s band', () => {
    const { series } = reviewLog(weldingBeadRules, simulateWeld({ seed: 3 }));
    expect(series.map((s) => s.id)).toEqual([...weldingParameterIds]);
    for (const s of series) {
      expect(s.band).toEqual(weldingTolerances[s.id as keyof typeof weldingTolerances]);
      expect(s.t.length).toBe(s.value.length);
      expect(s.t.length).toBeGreaterThan(100);
    }
  });

  it('recomputes each criterion\'s score exactly from its plotted values, for steady and shaky hands', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.double({ min: 0, max: 3, noNaN: true }),
        fc.double({ min: 2, max: 12, noNaN: true }),
        (seed, unsteadiness, travelSpeedMmPerS) => {
          const events = simulateWeld({ seed, unsteadiness, travelSpeedMmPerS, sampleRateHz: 30 });
          const { report, series } = reviewLog(weldingBeadRules, events);
          // The review pass is the scoring pass: its report is the authoritative one, to the bit.
          expect(report).toEqual(scoreLog(weldingBeadRules, events));
          for (const s of series) {
            const criterion = report.criteria.find((c) => c.id === s.id)!;
            // The report keeps 4 decimals (scenes/rubric/report.ts); the raw fraction rounds to it exactly.
            expect(Object.is(Math.round(scoreFromSeries(s) * 10_000) / 10_000, criterion.score)).toBe(true);
          }
        },
      ),
      { numRuns: 25 },
    );
  });

  it('leaves arc-off samples unassessed (null), so gaps show on the plot', () => {
    const events = simulateWeld({ seed: 5 });
    const { series } = reviewLog(weldingBeadRules, events);
    const torchSamples = events.filter((e) => e.type === 'torch');
    const arcOff = torchSamples.filter((e) => !(e.data as { arc: boolean }).arc).length;
    const ctwd = series.find((s) => s.id === 'ctwd')!;
    expect(ctwd.t.length).toBe(torchSamples.length);
    expect(ctwd.value.filter((v) => v === null).length).toBeGreaterThanOrEqual(arcOff);
  });
});
