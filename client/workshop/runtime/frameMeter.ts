// Counts frames and the CPU time the workshop's own per-frame code takes (physics, scene logic,
// telemetry), for the frame-budget check. Plain numbers only: read by the test hook.

export interface FrameMeter {
  count: number;
  /** ms measured in the current frame so far */
  currentMs: number;
  /** rolling window of the last frames' totals */
  readonly window: Float64Array;
  windowFilled: number;
}

const windowSize = 120;

export function createFrameMeter(): FrameMeter {
  return { count: 0, currentMs: 0, window: new Float64Array(windowSize), windowFilled: 0 };
}

/** Called once per frame, first thing: closes the previous frame's total. */
export function beginMeteredFrame(meter: FrameMeter): void {
  if (meter.count > 0) {
    meter.window[(meter.count - 1) % windowSize] = meter.currentMs;
    meter.windowFilled = Math.min(windowSize, meter.windowFilled + 1);
  }
  meter.count += 1;
  meter.currentMs = 0;
}

export function addMeteredTime(meter: FrameMeter, ms: number): void {
  meter.currentMs += ms;
}

export function averageFrameMs(meter: FrameMeter): number {
  if (meter.windowFilled === 0) return meter.currentMs;
  let sum = 0;
  for (let i = 0; i < meter.windowFilled; i += 1) sum += meter.window[i] ?? 0;
  return sum / meter.windowFilled;
}
