// Criterion kind: coverage of a segment cut into equal bins, e.g. how much of a seam the bead
// reached. Marking is O(1); a bin counts once however often it is hit.

export class BinCoverage {
  private readonly covered: Uint8Array;
  private coveredCount = 0;

  /** Bins of width (max - min) / binCount over [min, max): min is inside, max outside. */
  constructor(
    readonly min: number,
    readonly max: number,
    readonly binCount: number,
  ) {
    if (!(max > min) || !Number.isInteger(binCount) || binCount < 1) throw new RangeError('BinCoverage needs min < max and binCount >= 1');
    this.covered = new Uint8Array(binCount);
  }

  /** The bin holding x, or -1 outside [min, max) (and for NaN). */
  binOf(x: number): number {
    if (!(x >= this.min && x < this.max)) return -1;
    const index = Math.floor(((x - this.min) / (this.max - this.min)) * this.binCount);
    // x < max can still round up to binCount in floating point; it belongs to the last bin.
    return index < this.binCount ? index : this.binCount - 1;
  }

  mark(x: number): void {
    const index = this.binOf(x);
    if (index < 0 || this.covered[index] === 1) return;
    this.covered[index] = 1;
    this.coveredCount += 1;
  }

  isCovered(index: number): boolean {
    return this.covered[index] === 1;
  }

  get coveredBins(): number {
    return this.coveredCount;
  }

  /** covered bins / all bins. */
  score(): number {
    return this.coveredCount / this.binCount;
  }
}
