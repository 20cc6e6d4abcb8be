// Steering keys act per press on their own event times: a tap is one step however many frames
// it spans, a held key repeats at a steady rate, and how often the page advances the keys (its
// frame rate) changes nothing.
import { describe, expect, it } from 'vitest';
import type { KeyRepeat, TimedKey } from '../../../../client/workshop/runtime/keySteps';
import { advanceKeys, createKeySteps, isKeyHeld, stepsForHold } from '../../../../client/workshop/runtime/keySteps';

const repeat: KeyRepeat = { delayMs: 300, intervalMs: 50 };
const repeatOf = (action: string) => (action === 'KeyW' ? repeat : undefined);

/** Plays the key events, advancing the keys every `frameMs` up to `untilMs`; returns the steps and when they came. */
function play(events: TimedKey[], frameMs: number, untilMs: number): { total: number; at: number[] } {
  const keys = createKeySteps();
  const queue = events.map((e) => ({ ...e }));
  const at: number[] = [];
  let total = 0;
  for (let t = 0; t <= untilMs; t += frameMs) {
    advanceKeys(keys, queue, t, repeatOf, (action, steps) => {
      expect(action).toBe('KeyW');
      total += steps;
      at.push(t);
    });
  }
  return { total, at };
}

describe('key steps', () => {
  it('gives a tap one step, whether the page draws 60 frames a second or 2', () => {
    const tap = [
      { action: 'KeyW', down: true, t: 100 },
      { action: 'KeyW', down: false, t: 180 },
    ];
    expect(play(tap, 1000 / 60, 2000).total).toBe(1);
    expect(play(tap, 500, 2000).total).toBe(1);
    // Two taps inside one slow frame are two steps.
    const twoTaps = [...tap, { action: 'KeyW', down: true, t: 220 }, { action: 'KeyW', down: false, t: 260 }];
    expect(play(twoTaps, 500, 2000).total).toBe(2);
  });

  it('repeats a held key after the delay at a steady rate, on the key times', () => {
    const hold = [
      { action: 'KeyW', down: true, t: 100 },
      { action: 'KeyW', down: false, t: 1100 },
    ];
    // 1000 ms held: the press, the first repeat at 300 ms, then one every 50 ms up to 1000 ms.
    expect(stepsForHold(repeat, 1000)).toBe(16);
    expect(play(hold, 1000 / 60, 3000).total).toBe(16);
    expect(play(hold, 1000 / 3, 3000).total).toBe(16);
    expect(play(hold, 5000, 5000).total).toBe(16);
  });

  it('hands out nothing for a key before its event time, and keeps later events queued', () => {
    const keys = createKeySteps();
    const queue: TimedKey[] = [{ action: 'KeyW', down: true, t: 500 }];
    let total = 0;
    advanceKeys(keys, queue, 400, repeatOf, (_code, steps) => (total += steps));
    expect(total).toBe(0);
    expect(queue).toHaveLength(1);
    expect(isKeyHeld(keys, 'KeyW')).toBe(false);
    advanceKeys(keys, queue, 500, repeatOf, (_code, steps) => (total += steps));
    expect(total).toBe(1);
    expect(isKeyHeld(keys, 'KeyW')).toBe(true);
  });

  it('drops the steps of a key held while nothing can be steered, without a burst later', () => {
    const keys = createKeySteps();
    const queue: TimedKey[] = [{ action: 'KeyW', down: true, t: 0 }];
    let total = 0;
    advanceKeys(keys, queue, 1000, repeatOf, () => undefined, false);
    advanceKeys(keys, queue, 1010, repeatOf, (_code, steps) => (total += steps));
    expect(total).toBe(0);
    advanceKeys(keys, queue, 1050, repeatOf, (_code, steps) => (total += steps));
    expect(total).toBe(1);
  });

  it('tracks keys without a repeat (the trigger) as held or not', () => {
    const keys = createKeySteps();
    const queue: TimedKey[] = [
      { action: 'Space', down: true, t: 10 },
      { action: 'Space', down: false, t: 90 },
    ];
    advanceKeys(keys, queue, 50, repeatOf, () => expect.unreachable());
    expect(isKeyHeld(keys, 'Space')).toBe(true);
    advanceKeys(keys, queue, 100, repeatOf, () => expect.unreachable());
    expect(isKeyHeld(keys, 'Space')).toBe(false);
  });
});
