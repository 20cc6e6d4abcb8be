// Criterion kind: the fraction of assessed time spent within tolerance, from a sampled stream
// where each sample stands for the interval up to the next one (the last stands for nothing).

/** A sample's verdict: within tolerance, outside it, or not assessed (it still ends the previous interval). */
export type SampleVerdict = boolean | undefined;

export class TimeInTolerance {
  private pendingT = 0;
  private pendingVerdict: SampleVerdict = undefined;
  private assessed = 0;
  private within = 0;

  /**
   * @param maxIntervalMs caps the weight of one sample, for standards that bound it
   * (e.g. a dropped-frame gap must not count as seconds of work). @default Infinity
   */
  constructor(private readonly maxIntervalMs = Number.POSITIVE_INFINITY) {}

  /**
   * Feed every sample of the stream, assessed or not: its time closes the previous sample's
   * interval, whose weight is added only now (so the sums grow in log order, live or batch).
   */
  sample(t: number, verdict: SampleVerdict): void {
    if (this.pendingVerdict !== undefined) {
      const weight = Math.min(t - this.pendingT, this.maxIntervalMs);
      this.assessed += weight;
      if (this.pendingVerdict) this.within += weight;
    }
    this.pendingT = t;
    this.pendingVerdict = verdict;
  }

  /** Milliseconds of assessed time so far (the last sample's interval is still open). */
  get assessedMs(): number {
    return this.assessed;
  }

  get withinMs(): number {
    return this.within;
  }

  /** within / assessed; 0 when nothing has been assessed. */
  score(): number {
    return this.assessed > 0 ? this.within / this.assessed : 0;
  }
}
