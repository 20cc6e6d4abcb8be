// The per-address sign-in budget: a burst, then a steady refill, on a clock the test moves.
import { describe, expect, it } from 'vitest';
import { AddressBudget, defaultAddressBudget } from '../../../../../server/auth/login/addressBudget';

const clock = () => {
  let t = 1_000_000;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
};

describe('AddressBudget', () => {
  it('lets a burst through, then one attempt per refill interval, with the seconds to wait', () => {
    const time = clock();
    const budget = new AddressBudget({ burst: 3, perSecond: 0.5 }, time.now);
    expect([1, 2, 3, 4].map(() => budget.tryTake('a'))).toEqual([true, true, true, false]);
    expect(budget.retryAfterSeconds('a')).toBe(2);
    time.advance(1_000);
    expect(budget.tryTake('a')).toBe(false);
    expect(budget.retryAfterSeconds('a')).toBe(1);
    time.advance(1_000);
    expect(budget.tryTake('a')).toBe(true);
    expect(budget.tryTake('a')).toBe(false);
  });

  it('keeps each address to its own budget', () => {
    const budget = new AddressBudget({ burst: 1, perSecond: 1 }, clock().now);
    expect(budget.tryTake('a')).toBe(true);
    expect(budget.tryTake('a')).toBe(false);
    expect(budget.tryTake('b')).toBe(true);
  });

  it('lets a class of 40 behind one address sign in within a minute, with 20 mistyped passwords', () => {
    const time = clock();
    const budget = new AddressBudget(defaultAddressBudget, time.now);
    let admitted = 0;
    for (let second = 0; second < 60 && admitted < 60; second++, time.advance(1_000)) {
      while (admitted < 60 && budget.tryTake('nat')) admitted += 1;
    }
    expect(admitted).toBe(60);
  });

  it('never refills above the burst', () => {
    const time = clock();
    const budget = new AddressBudget({ burst: 2, perSecond: 1 }, time.now);
    budget.tryTake('a');
    time.advance(3_600_000);
    expect([1, 2, 3].map(() => budget.tryTake('a'))).toEqual([true, true, false]);
  });

  it('stays bounded: refilled buckets are forgotten first, a drained one is kept', () => {
    const time = clock();
    const budget = new AddressBudget({ burst: 2, perSecond: 1 }, time.now, 100);
    for (let i = 0; i < 99; i++) budget.tryTake(`old-${i}`);
    time.advance(2_000);
    budget.tryTake('attacker');
    budget.tryTake('attacker');
    for (let i = 0; i < 50; i++) budget.tryTake(`new-${i}`);
    expect(budget.size).toBe(51);
    expect(budget.tryTake('attacker')).toBe(false);
    expect(budget.retryAfterSeconds('attacker')).toBe(1);
  });
});
