import { describe, expect, it } from 'vitest';
import { createFinishGesture, finishHoldMs, updateFinishGesture } from '../../../../client/workshop/runtime/finishGesture';

describe('the in-headset finish gesture', () => {
  it('fires once, after the button is held for a second', () => {
    const g = createFinishGesture();
    expect(updateFinishGesture(g, true, 0)).toBe(false);
    expect(updateFinishGesture(g, true, finishHoldMs - 1)).toBe(false);
    expect(updateFinishGesture(g, true, finishHoldMs)).toBe(true);
    expect(updateFinishGesture(g, true, finishHoldMs + 500)).toBe(false);
  });

  it('does nothing for a brush of the button', () => {
    const g = createFinishGesture();
    updateFinishGesture(g, true, 0);
    updateFinishGesture(g, false, 400);
    expect(updateFinishGesture(g, true, 900)).toBe(false);
    expect(updateFinishGesture(g, true, 1_500)).toBe(false);
    expect(updateFinishGesture(g, true, 1_900)).toBe(true);
  });
});
