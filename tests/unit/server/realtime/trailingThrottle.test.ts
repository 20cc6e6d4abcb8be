// The tile throttle (server/realtime/trailingThrottle.ts): at most one send per interval per key,
// the first at once, the rest deferred to the interval's end and merged, none lost.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TrailingThrottle } from '../../../../server/realtime/trailingThrottle';

describe('TrailingThrottle', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('sends the first change at once, merges the rest of the interval into one trailing send', () => {
    const throttle = new TrailingThrottle(500, Date.now);
    const sent: number[] = [];
    let state = 0;
    const change = () => {
      state += 1;
      throttle.run('a', () => sent.push(state));
    };
    change();
    expect(sent).toEqual([1]);
    for (let i = 0; i < 9; i++) {
      vi.advanceTimersByTime(40);
      change();
    }
    expect(sent).toEqual([1]);
    vi.advanceTimersByTime(500);
    // The deferred send reads the state when it fires: the last change arrives.
    expect(sent).toEqual([1, 10]);
  });

  it('never sends a key more than twice in any second under a steady stream of changes', () => {
    const throttle = new TrailingThrottle(500, Date.now);
    const sentAt: number[] = [];
    for (let t = 0; t < 10_000; t += 16) {
      throttle.run('a', () => sentAt.push(Date.now()));
      vi.advanceTimersByTime(16);
    }
    vi.advanceTimersByTime(1_000);
    for (const [i, at] of sentAt.entries()) expect(sentAt.filter((other) => other >= at && other < at + 1_000).length, `window from send ${i}`).toBeLessThanOrEqual(2);
    expect(sentAt.length).toBeGreaterThanOrEqual(19);
  });

  it('keeps keys apart, and forgets a key with its deferred send', () => {
    const throttle = new TrailingThrottle(500, Date.now);
    const sent: string[] = [];
    throttle.run('exam1/a', () => sent.push('a1'));
    throttle.run('exam1/b', () => sent.push('b1'));
    throttle.run('exam1/a', () => sent.push('a2'));
    throttle.run('exam2/a', () => sent.push('x1'));
    throttle.run('exam2/a', () => sent.push('x2'));
    expect(sent).toEqual(['a1', 'b1', 'x1']);
    throttle.forgetWhere((key) => key.startsWith('exam2/'));
    vi.advanceTimersByTime(500);
    expect(sent).toEqual(['a1', 'b1', 'x1', 'a2']);
    // Forgotten: the next change goes out at once.
    throttle.run('exam2/a', () => sent.push('x3'));
    expect(sent.at(-1)).toBe('x3');
  });
});
