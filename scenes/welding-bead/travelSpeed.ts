// Travel speed along the seam: the work point's x over the last half second of arc time, per
// the standard (500 ms window, at least 200 ms of span, undefined across an arc-off).
import { SlidingSampleWindow } from '../rubric/slidingWindow';

export const travelSpeedWindowMs = 500;
export const travelSpeedMinimumSpanMs = 200;

/**
 * Feed it every torch sample in order. j is the earliest sample in the window that has the arc
 * on AND a work point (d.y < 0): the speed needs w_j, and an arc-on sample pointing up has none.
 */
export class TravelSpeedMeter {
  private readonly window = new SlidingSampleWindow();
  private order = 0;
  private lastArcOffOrder = 0;

  /**
   * Returns the speed at this sample in mm/s (positive along +X), or undefined: arc off, no work
   * point, less than 200 ms since j, or the arc went off between j and this sample.
   */
  sample(t: number, arcOn: boolean, workPointX: number | undefined): number | undefined {
    this.order += 1;
    if (!arcOn) {
      this.lastArcOffOrder = this.order;
      return undefined;
    }
    if (workPointX === undefined) return undefined;
    this.window.push(t, workPointX, this.order);
    this.window.dropBefore(t - travelSpeedWindowMs);
    const span = t - this.window.frontTime;
    if (span < travelSpeedMinimumSpanMs || this.lastArcOffOrder > this.window.frontOrder) return undefined;
    // metres per millisecond -> millimetres per second
    return ((workPointX - this.window.frontValue) / span) * 1e6;
  }
}
