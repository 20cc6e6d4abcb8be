// An event's t comes from its input's own time on the page's clock, converted to ms since the
// attempt started on the wall clock; never ahead of now, never before the start, never backwards.
import { describe, expect, it } from 'vitest';
import { attemptTime } from '../../../../../client/workshop/telemetry/eventTime';
import { Outbox } from '../../../../../client/workshop/telemetry/outbox';

// The page loaded at wall time 1_000_000; the attempt started 2 s later (or on an earlier page).
const timeOrigin = 1_000_000;
const start = 1_002_000;

describe('attempt time', () => {
  it('converts a page-clock time stamp to ms since the attempt started', () => {
    expect(attemptTime(2_500, timeOrigin, start, 1_010_000)).toBe(500);
    // Resumed after a reload: the attempt started before this page, t carries on.
    expect(attemptTime(2_500, timeOrigin, 900_000, 1_010_000)).toBe(102_500);
  });

  it('stamps now when no time is given', () => {
    expect(attemptTime(undefined, timeOrigin, start, 1_010_000)).toBe(8_000);
  });

  it('never stamps ahead of now nor before the start', () => {
    expect(attemptTime(50_000, timeOrigin, start, 1_010_000)).toBe(8_000);
    expect(attemptTime(1_000, timeOrigin, start, 1_010_000)).toBe(0);
    expect(attemptTime(Number.NaN, timeOrigin, start, 1_010_000)).toBe(8_000);
  });

  it('keeps t non-decreasing in seq when events are recorded out of time order', () => {
    const outbox = new Outbox();
    // A torch sample stamped with its input's time, then a click stamped at the frame, then a late sample.
    outbox.record('torch', {}, attemptTime(2_400, timeOrigin, start, 1_010_000));
    outbox.record('grab', {}, attemptTime(2_600, timeOrigin, start, 1_010_000));
    outbox.record('torch', {}, attemptTime(2_500, timeOrigin, start, 1_010_000));
    expect(outbox.nextBatch(10).map((e) => e.t)).toEqual([400, 600, 600]);
  });
});
