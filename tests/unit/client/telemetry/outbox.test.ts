import { describe, expect, it } from 'vitest';
import { Outbox } from '../../../../client/workshop/telemetry/outbox';

describe('Outbox', () => {
  it('numbers events from 1 and keeps them until acknowledged', () => {
    const outbox = new Outbox();
    outbox.record('ppe', { item: 'helmet', worn: true }, 10);
    outbox.record('torch', { arc: false }, 20);
    outbox.record('torch', { arc: true }, 30);
    expect(outbox.nextBatch(10).map((e) => e.seq)).toEqual([1, 2, 3]);
    outbox.acknowledge(2);
    expect(outbox.pendingCount).toBe(1);
    expect(outbox.nextBatch(10)).toEqual([{ seq: 3, t: 30, type: 'torch', data: { arc: true } }]);
  });

  it('never lets t go backwards, whatever the clock does', () => {
    const outbox = new Outbox();
    outbox.record('a', {}, 500);
    expect(outbox.record('b', {}, 400).t).toBe(500);
    expect(outbox.record('c', {}, 600.12345).t).toBe(600.123);
  });

  it('limits a batch and ignores stale acknowledgements', () => {
    const outbox = new Outbox();
    for (let i = 0; i < 1200; i++) outbox.record('torch', {}, i);
    expect(outbox.nextBatch(500)).toHaveLength(500);
    outbox.acknowledge(500);
    outbox.acknowledge(100);
    expect(outbox.ackedSeq).toBe(500);
    expect(outbox.nextBatch(500)[0]!.seq).toBe(501);
  });

  it('hands each event to the persistent store once', () => {
    const outbox = new Outbox();
    outbox.record('a', {}, 1);
    outbox.record('b', {}, 2);
    expect(outbox.takeUnpersisted().map((e) => e.seq)).toEqual([1, 2]);
    outbox.record('c', {}, 3);
    outbox.acknowledge(2);
    expect(outbox.takeUnpersisted().map((e) => e.seq)).toEqual([3]);
    expect(outbox.takeUnpersisted()).toEqual([]);
  });

  it('restores after a reload: drops what the server holds and numbers on from the last kept event', () => {
    const kept = [1, 2, 3, 4, 5].map((seq) => ({ seq, t: seq * 10, type: 'torch', data: {} }));
    const outbox = new Outbox(3, kept);
    expect(outbox.nextBatch(10).map((e) => e.seq)).toEqual([4, 5]);
    expect(outbox.takeUnpersisted()).toEqual([]);
    expect(outbox.record('torch', {}, 1).seq).toBe(6);
    expect(outbox.lastSeq).toBe(6);
    expect(outbox.nextBatch(10).at(-1)!.t).toBe(50);
  });

  it('numbers on from the server when the device kept nothing', () => {
    const outbox = new Outbox(40, []);
    expect(outbox.record('torch', {}, 1).seq).toBe(41);
  });
});
