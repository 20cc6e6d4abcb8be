// The hashing queue: a few slots, waiting sign-ins served round-robin across addresses, bounded.
import { describe, expect, it } from 'vitest';
import { FairHashQueue, type Release, type Ticket } from '../../../../../server/auth/login/fairHashQueue';

/** Joins and records the order in which tickets are granted. */
const recorder = (queue: FairHashQueue) => {
  const order: string[] = [];
  const releases = new Map<string, Release>();
  const join = (address: string, name: string): Ticket => {
    const ticket = queue.join(address)!;
    void ticket.granted.then((release) => {
      order.push(name);
      releases.set(name, release);
    });
    return ticket;
  };
  const settle = () => new Promise((resolve) => setImmediate(resolve));
  return { order, releases, join, settle };
};

describe('FairHashQueue', () => {
  it('runs at most `concurrency` at once and grants the next when one is released', async () => {
    const queue = new FairHashQueue({ concurrency: 2, maxWaitingPerAddress: 5, maxWaitingTotal: 10 });
    const r = recorder(queue);
    r.join('a', 'a1');
    r.join('a', 'a2');
    r.join('a', 'a3');
    await r.settle();
    expect(r.order).toEqual(['a1', 'a2']);
    expect(queue.load).toEqual({ running: 2, waiting: 1 });
    r.releases.get('a1')!();
    r.releases.get('a1')!(); // a second release changes nothing
    await r.settle();
    expect(r.order).toEqual(['a1', 'a2', 'a3']);
    expect(queue.load).toEqual({ running: 2, waiting: 0 });
  });

  it('serves waiting addresses round-robin: a late address is not stuck behind a busy one', async () => {
    const queue = new FairHashQueue({ concurrency: 1, maxWaitingPerAddress: 5, maxWaitingTotal: 10 });
    const r = recorder(queue);
    for (let i = 1; i <= 5; i++) r.join('a', `a${i}`);
    r.join('b', 'b1');
    r.join('b', 'b2');
    for (let i = 0; i < 7; i++) {
      await r.settle();
      r.releases.get(r.order.at(-1)!)!();
    }
    await r.settle();
    expect(r.order).toEqual(['a1', 'a2', 'b1', 'a3', 'b2', 'a4', 'a5']);
  });

  it('bounds the waiting per address and in all, and says which bound is reached', () => {
    const queue = new FairHashQueue({ concurrency: 1, maxWaitingPerAddress: 2, maxWaitingTotal: 3 });
    expect(queue.room('a')).toBe('free');
    queue.join('a');
    expect(queue.room('a')).toBe('wait');
    queue.join('a');
    queue.join('a');
    expect(queue.room('a')).toBe('address_full');
    expect(queue.join('a')).toBeUndefined();
    queue.join('b');
    expect(queue.room('c')).toBe('full');
    expect(queue.join('c')).toBeUndefined();
    expect(queue.load).toEqual({ running: 1, waiting: 3 });
  });

  it('lets a waiting sign-in leave the queue, and a granted one free its slot by leaving', async () => {
    const queue = new FairHashQueue({ concurrency: 1, maxWaitingPerAddress: 5, maxWaitingTotal: 10 });
    const r = recorder(queue);
    const first = r.join('a', 'a1');
    const gone = r.join('b', 'b1');
    r.join('c', 'c1');
    gone.leave();
    expect(queue.load).toEqual({ running: 1, waiting: 1 });
    await r.settle();
    first.leave();
    first.leave();
    await r.settle();
    expect(r.order).toEqual(['a1', 'c1']);
    expect(queue.load).toEqual({ running: 1, waiting: 0 });
  });
});
