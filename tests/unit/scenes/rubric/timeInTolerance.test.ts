import { describe, expect, it } from 'vitest';
import { TimeInTolerance } from '../../../../scenes/rubric/criteria/timeInTolerance';

describe('TimeInTolerance', () => {
  it('scores 0 when nothing was assessed', () => {
    const criterion = new TimeInTolerance();
    expect(criterion.score()).toBe(0);
    criterion.sample(0, undefined);
    criterion.sample(100, undefined);
    expect(criterion.score()).toBe(0);
  });

  it('weights each sample by the gap to the next one, irregular gaps included', () => {
    const criterion = new TimeInTolerance();
    criterion.sample(0, true); // carries 10
    criterion.sample(10, false); // carries 30
    criterion.sample(40, true); // carries 60
    criterion.sample(100, false); // last: carries nothing
    expect(criterion.assessedMs).toBe(100);
    expect(criterion.withinMs).toBe(70);
    expect(criterion.score()).toBe(0.7);
  });

  it('gives the last sample no weight, so a single sample assesses nothing', () => {
    const criterion = new TimeInTolerance();
    criterion.sample(5, true);
    expect(criterion.score()).toBe(0);
  });

  it('lets unassessed samples end the previous interval without being counted', () => {
    const criterion = new TimeInTolerance();
    criterion.sample(0, true); // carries 20 (up to the unassessed sample)
    criterion.sample(20, undefined); // carries nothing
    criterion.sample(1000, false); // carries 10
    criterion.sample(1010, true);
    expect(criterion.assessedMs).toBe(30);
    expect(criterion.score()).toBeCloseTo(20 / 30, 15);
  });

  it('caps one sample at maxIntervalMs when asked to', () => {
    const criterion = new TimeInTolerance(200);
    criterion.sample(0, true); // 5000 ms gap counts 200
    criterion.sample(5000, false); // carries 100
    criterion.sample(5100, false);
    expect(criterion.assessedMs).toBe(300);
    expect(criterion.score()).toBeCloseTo(2 / 3, 15);
  });

  it('gives zero weight to samples sharing a time', () => {
    const criterion = new TimeInTolerance();
    criterion.sample(0, false);
    criterion.sample(0, true);
    criterion.sample(50, true);
    expect(criterion.score()).toBe(1);
  });
});
