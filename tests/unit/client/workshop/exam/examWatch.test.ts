// An exam attempt's watch: time up by its clock or by the server's time_over refusal; the first
// end heard is kept; listeners hear each change once.
import { describe, expect, it } from 'vitest';
import { examClockFromAnswer } from '../../../../../client/workshop/exam/examClock';
import { ExamWatch } from '../../../../../client/workshop/exam/examWatch';

const clock = examClockFromAnswer({ startedAt: '2026-11-30T08:00:00Z', deadlineAt: '2026-11-30T08:00:30Z', timeLimitMs: 30_000 }, 0, 0, 0);

describe('ExamWatch', () => {
  it('is up when its clock reaches the deadline', () => {
    let now = 0;
    const watch = new ExamWatch('e1', clock, () => now);
    expect(watch.timeUp).toBe(false);
    now = 29_999;
    expect(watch.remainingMs()).toBe(1);
    now = 30_000;
    expect(watch.timeUp).toBe(true);
  });

  it('is up at once when the server refused events as time_over, whatever it counted', () => {
    const watch = new ExamWatch('e1', clock, () => 1_000);
    let heard = 0;
    watch.subscribe(() => heard++);
    watch.markTimeOver();
    watch.markTimeOver();
    expect(watch.timeUp).toBe(true);
    expect(watch.remainingMs()).toBe(0);
    expect(heard).toBe(1);
  });

  it('keeps the first end it hears', () => {
    const watch = new ExamWatch('e1', clock, () => 0);
    const heard: (string | undefined)[] = [];
    const unsubscribe = watch.subscribe(() => heard.push(watch.ended));
    watch.end('stopped');
    watch.end('time_over');
    unsubscribe();
    expect(watch.ended).toBe('stopped');
    expect(heard).toEqual(['stopped']);
  });
});
