// Growing delays after wrong passwords: free mistakes, then doubling waits up to a cap; a success clears.
import { describe, expect, it } from 'vitest';
import { delayAfterFailures, FailureDelays, defaultFailureDelaySchedule } from '../../../../../server/auth/login/failureDelays';

const clock = () => {
  let t = 1_000_000;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
};
const schedule = { freeFailures: 3, firstDelayMs: 1_000, maxDelayMs: 60_000 };

const fail = (delays: FailureDelays, username: string, times = 1) => {
  for (let i = 0; i < times; i++) delays.begin(username)('failure');
};

describe('delayAfterFailures', () => {
  it('is free for the first failures, then doubles up to the cap', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 8, 9, 10, 100].map((n) => delayAfterFailures(n, schedule))).toEqual([
      0, 0, 0, 1_000, 2_000, 4_000, 8_000, 32_000, 60_000, 60_000, 60_000,
    ]);
  });

  it('caps the default schedule at a minute, far short of the old 15-minute lockout', () => {
    expect(delayAfterFailures(1_000, defaultFailureDelaySchedule)).toBe(60_000);
  });
});

describe('FailureDelays', () => {
  it('asks the username to wait after the free failures, and lets it try once the delay has run', () => {
    const time = clock();
    const delays = new FailureDelays(schedule, time.now);
    fail(delays, 'student3', 2);
    expect(delays.waitMs('student3')).toBe(0);
    fail(delays, 'student3');
    expect(delays.waitMs('student3')).toBe(1_000);
    time.advance(400);
    expect(delays.waitMs('student3')).toBe(600);
    time.advance(600);
    expect(delays.waitMs('student3')).toBe(0);
    fail(delays, 'student3');
    expect(delays.waitMs('student3')).toBe(2_000);
  });

  it('counts the username as typed in any case and spacing', () => {
    const delays = new FailureDelays(schedule, clock().now);
    fail(delays, ' Student3', 3);
    expect(delays.waitMs('STUDENT3 ')).toBe(1_000);
    expect(delays.waitMs('student1')).toBe(0);
  });

  it('clears the record on a right password', () => {
    const time = clock();
    const delays = new FailureDelays(schedule, time.now);
    fail(delays, 'student3', 5);
    time.advance(4_000);
    delays.begin('student3')('success');
    fail(delays, 'student3');
    expect(delays.waitMs('student3')).toBe(0);
  });

  it('does not count an attempt that ended neither way (e.g. an invalid request)', () => {
    const delays = new FailureDelays(schedule, clock().now);
    fail(delays, 'student3', 2);
    delays.begin('student3')('neither');
    fail(delays, 'student3');
    expect(delays.waitMs('student3')).toBe(1_000);
  });

  it('past the free failures, holds a second attempt while one for the same username is being checked', () => {
    const time = clock();
    const delays = new FailureDelays(schedule, time.now);
    fail(delays, 'student3', 3);
    time.advance(1_000);
    const settle = delays.begin('student3');
    expect(delays.waitMs('student3')).toBeGreaterThan(0);
    settle('failure');
    expect(delays.waitMs('student3')).toBe(2_000);
  });

  it('forgets a username an hour after its last failure', () => {
    const time = clock();
    const delays = new FailureDelays(schedule, time.now);
    fail(delays, 'student3', 10);
    time.advance(60 * 60_000);
    expect(delays.waitMs('student3')).toBe(0);
    fail(delays, 'student3');
    expect(delays.waitMs('student3')).toBe(0);
  });

  it('stays bounded, forgetting the username that failed longest ago', () => {
    const time = clock();
    const delays = new FailureDelays(schedule, time.now, 100);
    fail(delays, 'target', 3);
    for (let i = 0; i < 99; i++) fail(delays, `other-${i}`);
    fail(delays, 'target');
    for (let i = 0; i < 50; i++) fail(delays, `more-${i}`);
    expect(delays.size).toBe(100);
    expect(delays.waitMs('target')).toBe(2_000);
    expect(delays.waitMs('other-0')).toBe(0);
  });
});
