import { describe, expect, it } from 'vitest';
import { UserBudgets } from '../../../../server/realtime/userBudgets';

const limits = { socketsPerUser: 2, messagesPerUser: { burst: 3, perSecond: 1 }, sessionStartsPerUser: { burst: 1, perSecond: 0.5 }, activeAttemptsPerScene: 3 };

describe('UserBudgets', () => {
  it('counts sockets per user and frees a slot on close', () => {
    const budgets = new UserBudgets(limits);
    expect([budgets.openSocket('a'), budgets.openSocket('a'), budgets.openSocket('a')]).toEqual([true, true, false]);
    expect(budgets.openSocket('b')).toBe(true);
    budgets.closeSocket('a');
    expect(budgets.openSocket('a')).toBe(true);
  });

  it('shares one message bucket per user that refills with time, also across reconnects', () => {
    let now = 0;
    const budgets = new UserBudgets(limits, () => now);
    expect([1, 2, 3, 4].map(() => budgets.allowMessage('a'))).toEqual([true, true, true, false]);
    expect(budgets.allowMessage('b')).toBe(true);
    budgets.openSocket('a');
    budgets.closeSocket('a');
    expect(budgets.allowMessage('a')).toBe(false);
    now += 1_000;
    expect([budgets.allowMessage('a'), budgets.allowMessage('a')]).toEqual([true, false]);
  });

  it('limits session starts on their own bucket', () => {
    let now = 0;
    const budgets = new UserBudgets(limits, () => now);
    expect([budgets.allowSessionStart('a'), budgets.allowSessionStart('a')]).toEqual([true, false]);
    expect(budgets.allowMessage('a')).toBe(true);
    now += 2_000;
    expect(budgets.allowSessionStart('a')).toBe(true);
  });
});
