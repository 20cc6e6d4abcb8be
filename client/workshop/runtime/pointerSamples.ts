// The pointer as a time series, independent of the frame rate: the input listeners queue every
// pointer event (coalesced ones included) with its own time stamp; once per frame the scene turns
// the queue into torch samples at a steady cadence. Real events are used where they are due;
// longer gaps between events are filled by interpolating the pointer, and a pointer held still
// is still sampled, up to shortly before the frame's time. So a learner at 3 fps and one at 60 fps are recorded
// alike: one sample every `intervalMs` or so, each at the time its input happened.

/** One pointer reading: NDC (-1..1, y up), time (performance.now() timebase), primary button. */
export interface PointerSample {
  t: number;
  x: number;
  y: number;
  down: boolean;
}

export interface PointerSampler {
  /** time of the last sample handed out (-Infinity before the first) */
  lastT: number;
  /** the pointer as last known (event or handed-out sample), and when */
  readonly latest: PointerSample;
}

export function createPointerSampler(): PointerSampler {
  return { lastT: -Infinity, latest: { t: -Infinity, x: 0, y: 0, down: false } };
}

/**
 * The rules of the cadence: at most one sample per interval; a frame hands out at most
 * `maxPerFrame`; a pointer held still is sampled up to `holdLagMs` before the frame's time, so a
 * reading still on its way (stamped earlier, delivered with the next frame) is not overtaken by
 * a sample that guessed the pointer had stopped.
 */
export interface SampleCadence {
  intervalMs: number;
  maxPerFrame: number;
  holdLagMs: number;
}

/** Slack on the interval: an event 0.5 ms early is still due (timestamps are rounded by browsers). */
const dueSlackMs = 0.5;

/**
 * Hands out the samples due up to `horizonMs` (the frame's time), in time order, into `out`
 * (cleared first). Consumes the queued events up to the horizon; later ones stay queued for the
 * next frame. An event behind the last sample (delivered late) only updates the pointer. A
 * button change is never skipped: if it is not due it is handed out one interval after the last
 * sample. A long stall (a frame of several seconds) hands out only the latest `maxPerFrame`
 * intervals' worth, the sampler jumping ahead, rather than a burst the frame cannot carry.
 */
export function takePointerSamples(sampler: PointerSampler, queue: PointerSample[], horizonMs: number, cadence: SampleCadence, out: PointerSample[]): PointerSample[] {
  out.length = 0;
  const { intervalMs } = cadence;
  queue.sort((a, b) => a.t - b.t);
  let used = 0;
  // Nothing sampled yet: sampling starts at the first reading, there is nothing to fill before it.
  const catchUpFrom = horizonMs - intervalMs * cadence.maxPerFrame;
  if (Number.isFinite(sampler.lastT) && sampler.lastT < catchUpFrom) sampler.lastT = catchUpFrom;
  const latest = sampler.latest;
  for (; used < queue.length; used += 1) {
    const event = queue[used]!;
    if (event.t > horizonMs) break;
    if (event.t <= sampler.lastT) {
      const buttonChanged = event.down !== latest.down;
      setSample(latest, sampler.lastT, event.x, event.y, event.down);
      if (buttonChanged) emit(sampler, out, sampler.lastT + intervalMs, latest);
      continue;
    }
    // Fill the gap since the last sample, moving the pointer in a straight line towards this event.
    while (Number.isFinite(sampler.lastT) && event.t - sampler.lastT >= 2 * intervalMs) {
      const t = sampler.lastT + intervalMs;
      const f = Number.isFinite(latest.t) && event.t > latest.t ? (t - latest.t) / (event.t - latest.t) : 1;
      const x = latest.x + (event.x - latest.x) * f;
      const y = latest.y + (event.y - latest.y) * f;
      setSample(latest, t, x, y, latest.down);
      emit(sampler, out, t, latest);
    }
    const buttonChanged = event.down !== latest.down;
    setSample(latest, event.t, event.x, event.y, event.down);
    if (event.t - sampler.lastT >= intervalMs - dueSlackMs) emit(sampler, out, event.t, latest);
    else if (buttonChanged) emit(sampler, out, sampler.lastT + intervalMs, latest);
  }
  queue.splice(0, used);
  // Held still since the last event: the pointer stays where it is, sampled all the same.
  while (Number.isFinite(sampler.lastT) && horizonMs - cadence.holdLagMs - sampler.lastT >= intervalMs) emit(sampler, out, sampler.lastT + intervalMs, latest);
  return out;
}

/** Skips to `horizonMs` without handing anything out (nothing is being sampled), keeping the pointer. */
export function skipPointerSamples(sampler: PointerSampler, queue: PointerSample[], horizonMs: number): void {
  queue.sort((a, b) => a.t - b.t);
  let used = 0;
  for (; used < queue.length && queue[used]!.t <= horizonMs; used += 1) {
    const event = queue[used]!;
    setSample(sampler.latest, event.t, event.x, event.y, event.down);
  }
  queue.splice(0, used);
  sampler.lastT = Math.max(sampler.lastT, horizonMs);
}

function setSample(sample: PointerSample, t: number, x: number, y: number, down: boolean): void {
  sample.t = t;
  sample.x = x;
  sample.y = y;
  sample.down = down;
}

function emit(sampler: PointerSampler, out: PointerSample[], t: number, from: PointerSample): void {
  sampler.lastT = t;
  out.push({ t, x: from.x, y: from.y, down: from.down });
}
