// The fixed-step clock: turns variable frame times into whole 1/90 s physics steps plus the
// fraction of a step left over, which interpolates rendered transforms between two states.

export const physicsStepSeconds = 1 / 90;

export interface FixedStepper {
  readonly step: number;
  /** Time not yet simulated, always below one step after `advance`. */
  accumulator: number;
  /** Steps taken since creation (for tests and the frame counter). */
  totalSteps: number;
}

export interface FixedStepResult {
  steps: number;
  /** accumulator / step, in [0, 1): how far the render time lies past the last simulated state. */
  alpha: number;
}

/**
 * @param maxStepsPerFrame caps the catch-up after a stall (a hidden tab, a GC pause) so one slow
 * frame cannot start a spiral of ever longer frames. @default 5
 */
export function createFixedStepper(step = physicsStepSeconds, maxStepsPerFrame = 5): FixedStepper & { maxStepsPerFrame: number } {
  return { step, accumulator: 0, totalSteps: 0, maxStepsPerFrame };
}

/** Adds one frame's time and calls `simulate` once per whole step due. */
export function advanceFixedStepper(
  stepper: FixedStepper & { maxStepsPerFrame: number },
  frameSeconds: number,
  simulate: (step: number) => void,
  out: FixedStepResult = { steps: 0, alpha: 0 },
): FixedStepResult {
  if (!(frameSeconds > 0)) frameSeconds = 0;
  stepper.accumulator += frameSeconds;
  let steps = 0;
  // The epsilon keeps 1/60 + 1/60 + 1/60 from falling short of 3/90 by a rounding error.
  const due = stepper.step - 1e-9;
  while (stepper.accumulator >= due && steps < stepper.maxStepsPerFrame) {
    simulate(stepper.step);
    stepper.accumulator = Math.max(0, stepper.accumulator - stepper.step);
    steps += 1;
  }
  // Dropped time after a stall is forgotten rather than simulated later.
  if (stepper.accumulator >= stepper.step) stepper.accumulator %= stepper.step;
  stepper.totalSteps += steps;
  out.steps = steps;
  out.alpha = stepper.accumulator / stepper.step;
  return out;
}
