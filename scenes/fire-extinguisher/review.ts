// The fire's intensity over the attempt for the session review, from the very fold the scorer
// runs: 100 % at the start, a point at the end of every nozzle interval (when the fold updates
// it), the value at the last event, and a marker at the moment the fire went out.
import type { AttemptEvent } from '../rubric/events';
import type { StateSeries } from '../rubric/stateSeries';
import type { FireParams } from './params';
import { applyFireEvent, createFireState, type FireObserver } from './fire';

export const fireOutLabel = { vi: 'Lửa đã tắt', en: 'Fire out' } as const;
export const fireIntensityLabel = { vi: 'Cường độ đám cháy', en: 'Fire intensity' } as const;

/** Intensity in % rounded to 0.01 (plots need no more). */
const percent = (intensity: number): number => Math.round(intensity * 10_000) / 100;

export function fireStateSeries(events: readonly AttemptEvent[], params: FireParams): StateSeries[] {
  const state = createFireState(params.fireClass);
  const t: number[] = [0];
  const value: number[] = [100];
  const observer: FireObserver = {
    settle: (sample, dtMs) => {
      const end = sample.t + dtMs;
      // Several intervals can end at the same ms (samples with the same t): keep the last value.
      if (t.at(-1) === end) value[value.length - 1] = percent(state.intensity);
      else {
        t.push(end);
        value.push(percent(state.intensity));
      }
    },
  };
  for (const event of events) applyFireEvent(state, event, observer);
  const lastT = events.at(-1)?.t ?? 0;
  if (lastT > t.at(-1)!) {
    t.push(lastT);
    value.push(percent(state.intensity));
  }
  const markers = state.outAtMs === null ? [] : [{ t: state.outAtMs, label: fireOutLabel }];
  return [{ id: 'fire-intensity', label: fireIntensityLabel, unit: '%', range: { min: 0, max: 100 }, t, value, markers }];
}
