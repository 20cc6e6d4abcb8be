// The hashing queue: a few slots, none all taken by one address, waiting sign-ins served to the
// address served longest ago (newcomers first), and bounded.
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
  /** Releases the latest granted sign-in and lets the next grant land. */
  const releaseLatest = async () => {
    releases.get(order.at(-1)!)!();
    await settle();
  };
  return { order, releases, join, settle, releaseLatest };
};

describe('FairHashQueue', () => {
  it('runs at most `concurrency` at once and grants the next when one is released', async () => {
    const queue = new FairHashQueue({ concurrency: 2, maxWaitingPerAddress: 5, maxWaitingTotal: 10 });
    const r = recorder(queue);
    r.join('a', 'a1');
    r.join('b', 'b1');
    r.join('c', 'c1');
    await r.settle();
    expect(r.order).toEqual(['a1', 'b1']);
    expect(queue.load).toEqual({ running: 2, waiting: 1 });
    r.releases.get('a1')!();
    r.releases.get('a1')!(); // a second release changes nothing
    await r.settle();
    expect(r.order).toEqual(['a1', 'b1', 'c1']);
    expect(queue.load).toEqual({ running: 2, waiting: 0 });
  });

  it('keeps one slot for other addresses: a busy address never holds them all', async () => {
    const queue = new FairHashQueue({ concurrency: 2, maxWaitingPerAddress: 5, maxWaitingTotal: 10 });
    const r = recorder(queue);
    for (const name of ['a1', 'a2', 'a3']) r.join('a', name);
    await r.settle();
    expect(queue.load).toEqual({ running: 1, waiting: 2 });
    r.join('b', 'b1');
    await r.settle();
    expect(r.order).toEqual(['a1', 'b1']);
  });

  it('lets addresses with waiting sign-ins take turns', async () => {
    const queue = new FairHashQueue({ concurrency: 1, maxWaitingPerAddress: 5, maxWaitingTotal: 10 });
    const r = recorder(queue);
    for (let i = 1; i <= 5; i++) r.join('a', `a${i}`);
    r.join('b', 'b1');
    r.join('b', 'b2');
    await r.settle();
    for (let i = 0; i < 6; i++) await r.releaseLatest();
    expect(r.order).toEqual(['a1', 'b1', 'a2', 'b2', 'a3', 'a4', 'a5']);
  });

  it('serves an address that just arrived before the busy ones already taking turns', async () => {
    const queue = new FairHashQueue({ concurrency: 1, maxWaitingPerAddress: 5, maxWaitingTotal: 20 });
    const r = recorder(queue);
    for (const name of ['a1', 'a2', 'b1', 'c1', 'a3', 'b2', 'c2']) r.join(name[0]!, name);
    await r.settle();
    for (let i = 0; i < 2; i++) await r.releaseLatest();
    expect(r.order).toEqual(['a1', 'b1', 'c1']);
    r.join('late', 'late');
    await r.releaseLatest();
    expect(r.order.at(-1)).toBe('late');
  });

  it('bounds the waiting per address and in all, and says which bound is reached', () => {
    const queue = new FairHashQueue({ concurrency: 1, maxWaitingPerAddress: 2, maxWaitingTotal: 3 });
    expect(queue.room('a')).toBe('ok');
    queue.join('a');
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
