// Keys that adjust a setting act per press, on the keys' own event times: a tap is one step, a
// key held longer repeats at a steady rate after a short delay, as a text field's keys do. How
// far a setting moved depends only on when the key went down and up, never on how many frames
// were drawn in between.

/** A scene's key action (keyActions.ts) going down or up, at its event's time (performance.now() timebase). */
export interface TimedKey {
  action: string;
  down: boolean;
  t: number;
}

/** One step at the press; held past `delayMs`, one more step, then one every `intervalMs`. */
export interface KeyRepeat {
  delayMs: number;
  intervalMs: number;
}

export interface KeySteps {
  /** keys down now, with the time they went down and the steps already handed out */
  readonly held: Map<string, { since: number; handedOut: number }>;
}

export function createKeySteps(): KeySteps {
  return { held: new Map() };
}

/** Steps a press has earned after being held `heldMs` (1 for a tap). */
export function stepsForHold(repeat: KeyRepeat, heldMs: number): number {
  if (heldMs < repeat.delayMs) return 1;
  return 2 + Math.floor((heldMs - repeat.delayMs) / repeat.intervalMs);
}

/**
 * Brings the keys up to time `t`: applies the queued key events at or before `t` (consuming them;
 * later ones stay queued) and the repeats due by `t`. `onSteps(action, n)` hears every step earned
 * by a key that `repeatOf` gives a repeat for; with `apply` false the steps are dropped instead
 * (nothing to adjust), so a key held meanwhile does not fire a burst later.
 */
export function advanceKeys(
  keys: KeySteps,
  queue: TimedKey[],
  t: number,
  repeatOf: (action: string) => KeyRepeat | undefined,
  onSteps: (action: string, steps: number) => void,
  apply = true,
): void {
  queue.sort((a, b) => a.t - b.t);
  let used = 0;
  for (; used < queue.length && queue[used]!.t <= t; used += 1) {
    const event = queue[used]!;
    const press = keys.held.get(event.action);
    if (event.down && !press) {
      keys.held.set(event.action, { since: event.t, handedOut: 0 });
      settle(keys, event.action, event.t, repeatOf, onSteps, apply);
    } else if (!event.down && press) {
      settle(keys, event.action, event.t, repeatOf, onSteps, apply);
      keys.held.delete(event.action);
    }
  }
  queue.splice(0, used);
  for (const action of keys.held.keys()) settle(keys, action, t, repeatOf, onSteps, apply);
}

/** Whether the action is down at the time the keys were last advanced to. */
export function isKeyHeld(keys: KeySteps, action: string): boolean {
  return keys.held.has(action);
}

function settle(keys: KeySteps, action: string, t: number, repeatOf: (action: string) => KeyRepeat | undefined, onSteps: (action: string, steps: number) => void, apply: boolean): void {
  const press = keys.held.get(action);
  const repeat = repeatOf(action);
  if (!press || !repeat) return;
  const earned = stepsForHold(repeat, t - press.since);
  if (earned <= press.handedOut) return;
  if (apply) onSteps(action, earned - press.handedOut);
  press.handedOut = earned;
}
