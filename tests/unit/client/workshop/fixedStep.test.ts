import { describe, expect, it } from 'vitest';
import { advanceFixedStepper, createFixedStepper, physicsStepSeconds } from '../../../../client/workshop/runtime/fixedStep';

describe('fixed-step accumulator', () => {
  it('steps at 1/90 s whatever the frame rate, carrying the remainder as alpha', () => {
    const stepper = createFixedStepper();
    let simulated = 0;
    for (let frame = 0; frame < 60; frame += 1) advanceFixedStepper(stepper, 1 / 60, (step) => (simulated += step));
    expect(stepper.totalSteps).toBe(90);
    expect(simulated).toBeCloseTo(1, 9);
    const result = advanceFixedStepper(stepper, physicsStepSeconds / 2, () => undefined);
    expect(result.steps).toBe(0);
    expect(result.alpha).toBeCloseTo(0.5, 6);
  });

  it('caps the catch-up after a stall and forgets the rest', () => {
    const stepper = createFixedStepper(physicsStepSeconds, 5);
    const result = advanceFixedStepper(stepper, 2, () => undefined);
    expect(result.steps).toBe(5);
    expect(stepper.accumulator).toBeLessThan(physicsStepSeconds);
  });

  it('ignores negative or NaN frame times', () => {
    const stepper = createFixedStepper();
    expect(advanceFixedStepper(stepper, Number.NaN, () => undefined).steps).toBe(0);
    expect(advanceFixedStepper(stepper, -1, () => undefined).steps).toBe(0);
  });
});
