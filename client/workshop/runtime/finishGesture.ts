// The "finish" gesture inside a headset, where the page's Finish button cannot be seen:
// holding B (right controller) or Y (left) for a second, so a brush of the button does nothing.

export const finishHoldMs = 1_000;

export interface FinishGesture {
  heldSinceMs: number | undefined;
  fired: boolean;
}

export const createFinishGesture = (): FinishGesture => ({ heldSinceMs: undefined, fired: false });

/** Feeds one frame's button state; true exactly once, when the hold reaches finishHoldMs. */
export function updateFinishGesture(gesture: FinishGesture, pressed: boolean, nowMs: number): boolean {
  if (!pressed) {
    gesture.heldSinceMs = undefined;
    return false;
  }
  gesture.heldSinceMs ??= nowMs;
  if (gesture.fired || nowMs - gesture.heldSinceMs < finishHoldMs) return false;
  gesture.fired = true;
  return true;
}
