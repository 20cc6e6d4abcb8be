// The `sweep` criterion: the discharge time is cut into consecutive 1 s windows; a window is
// swept when the x of the aim points discharged in it spans at least 0.3 m. A last window shorter
// than 0.5 s is dropped. O(1) per sample, so the view can show the same count live.

export const sweepWindowMs = 1000;
/** A last, partial window counts only when at least this long. */
export const sweepMinLastWindowMs = 500;
/** The aim points' x must span at least this (m) for a window to be swept. */
export const sweepMinSpanM = 0.3;
const slack = 1e-9;

export class SweepWindows {
  /** Discharge time laid out so far, ms. */
  private dischargeMs = 0;
  /** Full windows closed so far, and how many of them were swept. */
  private closed = 0;
  private swept = 0;
  /** The open window's aim x range (Infinity/-Infinity: none yet). */
  private minX = Number.POSITIVE_INFINITY;
  private maxX = Number.NEGATIVE_INFINITY;

  /**
   * One discharging sample whose interval `dtMs` is known; `aimX` is its aim point's x (null:
   * no aim point). **Choice**: a sample counts in every window its interval overlaps (with
   * intervals of at most 200 ms, one or two).
   */
  add(dtMs: number, aimX: number | null): void {
    const end = this.dischargeMs + dtMs;
    // A sample starting exactly on a boundary opens the next window.
    while (this.dischargeMs >= (this.closed + 1) * sweepWindowMs) this.close();
    this.include(aimX);
    // The open window ends at (closed + 1) s of discharge time; an interval ending exactly there
    // does not reach into the next one.
    while (end > (this.closed + 1) * sweepWindowMs) {
      this.close();
      this.include(aimX);
    }
    this.dischargeMs = end;
  }

  private include(aimX: number | null): void {
    if (aimX === null) return;
    if (aimX < this.minX) this.minX = aimX;
    if (aimX > this.maxX) this.maxX = aimX;
  }

  private openWindowSwept(): boolean {
    return this.maxX - this.minX >= sweepMinSpanM - slack;
  }

  private close(): void {
    this.closed += 1;
    if (this.openWindowSwept()) this.swept += 1;
    this.minX = Number.POSITIVE_INFINITY;
    this.maxX = Number.NEGATIVE_INFINITY;
  }

  /** Windows counted and swept if the discharge ended now. Changes nothing. */
  counts(): { windows: number; swept: number } {
    const openMs = this.dischargeMs - this.closed * sweepWindowMs;
    // A full open window (an interval ended exactly on its boundary) counts as a whole one.
    if (openMs >= sweepMinLastWindowMs) return { windows: this.closed + 1, swept: this.swept + (this.openWindowSwept() ? 1 : 0) };
    return { windows: this.closed, swept: this.swept };
  }

  /** swept / windows; 0 with no window. */
  score(): number {
    const { windows, swept } = this.counts();
    return windows > 0 ? swept / windows : 0;
  }

  /** The open window's x span so far (m), for a live cue; 0 with fewer than one aim point. */
  get currentSpanM(): number {
    return this.maxX >= this.minX ? this.maxX - this.minX : 0;
  }
}
