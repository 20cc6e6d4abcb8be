// The measured values a fold scores, as the fold sees them: for review plots of each parameter
// against its tolerance band. The fold reports every value it judges, at the moment it judges
// it, so a plot and the report's score come from the very same numbers.
import type { ToleranceBand } from './tolerance';

/** A measured parameter a scene plots: its id (a criterion id) and tolerance band. */
export interface MeasuredParameter {
  readonly id: string;
  readonly band: ToleranceBand;
}

/** Where a fold reports what it measured; `undefined` = not assessed at this sample. */
export interface ParameterTrace {
  sample(parameterId: string, t: number, value: number | undefined): void;
}

/** One parameter over the attempt: parallel arrays, `null` where the sample was not assessed. */
export interface ParameterSeries {
  readonly id: string;
  readonly band: ToleranceBand;
  readonly t: number[];
  readonly value: (number | null)[];
}

/** Records every sample of the given parameters; samples of other ids are ignored. */
export function createSeriesRecorder(parameters: readonly MeasuredParameter[]): ParameterTrace & { series(): ParameterSeries[] } {
  const byId = new Map(parameters.map((p) => [p.id, { id: p.id, band: p.band, t: [] as number[], value: [] as (number | null)[] }]));
  return {
    sample(parameterId, t, value) {
      const series = byId.get(parameterId);
      if (!series) return;
      series.t.push(t);
      series.value.push(value ?? null);
    },
    series: () => [...byId.values()],
  };
}
