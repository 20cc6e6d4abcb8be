// The exam countdown runs on the server's clock: anchored on the server's session time from its
// answer (mid round trip) and the page's monotonic clock, never the PC's wall clock; the last
// minute is a warning, 0:00 only when the time is really over.
import { describe, expect, it } from 'vitest';
import { countdownTone, examClockFromAnswer, examRemainingMs, examSessionTime, formatCountdown } from '../../../../../client/workshop/exam/examClock';

const timing = { startedAt: '2026-11-30T08:00:00.000Z', deadlineAt: '2026-11-30T08:20:00.000Z', timeLimitMs: 20 * 60_000 };

describe('exam clock', () => {
  it('counts the limit as session time from the first start to the deadline', () => {
    const clock = examClockFromAnswer(timing, 0, 1_000, 1_000);
    expect(clock.limitT).toBe(20 * 60_000);
    expect(examRemainingMs(clock, 1_000)).toBe(20 * 60_000);
    expect(examRemainingMs(clock, 61_000)).toBe(19 * 60_000);
  });

  it('anchors on the server\'s session time at the middle of the round trip', () => {
    // The server said 3 min had gone; the answer took 400 ms there and back.
    const clock = examClockFromAnswer(timing, 3 * 60_000, 10_000, 10_400);
    expect(clock.anchorPageMs).toBe(10_200);
    expect(examSessionTime(clock, 10_400)).toBe(3 * 60_000 + 200);
    expect(examRemainingMs(clock, 10_200)).toBe(17 * 60_000);
  });

  it('gives the same deadline after a reload, whatever the page\'s clocks read', () => {
    // First load: started just now. Reload 5 min later on a page whose monotonic clock restarted at 0.
    const first = examClockFromAnswer(timing, 0, 50_000, 50_000);
    const reload = examClockFromAnswer(timing, 5 * 60_000, 0, 0);
    expect(examRemainingMs(first, 50_000 + 5 * 60_000)).toBe(examRemainingMs(reload, 0));
  });

  it('takes a deadline capped by the window\'s close (shorter than the time limit)', () => {
    const capped = examClockFromAnswer({ ...timing, deadlineAt: '2026-11-30T08:05:00.000Z' }, 0, 0, 0);
    expect(capped.limitT).toBe(5 * 60_000);
  });

  it('never goes below zero', () => {
    const clock = examClockFromAnswer(timing, 25 * 60_000, 0, 0);
    expect(examRemainingMs(clock, 0)).toBe(0);
  });

  it('warns in the last minute and is over at zero', () => {
    expect(countdownTone(60_001)).toBe('normal');
    expect(countdownTone(60_000)).toBe('warning');
    expect(countdownTone(1)).toBe('warning');
    expect(countdownTone(0)).toBe('over');
  });

  it('rounds the shown seconds up, so 0:00 means over', () => {
    expect(formatCountdown(20 * 60_000)).toBe('20:00');
    expect(formatCountdown(59_001)).toBe('1:00');
    expect(formatCountdown(1)).toBe('0:01');
    expect(formatCountdown(0)).toBe('0:00');
    expect(formatCountdown(3_600_000 + 65_000)).toBe('1:01:05');
  });
});
