// How delivery answers the server's refusals of a batch: `incomplete` (a seq beyond the server's
// window above its stored log) resyncs with session:resume and sends on from the server's
// ackedSeq, without showing the learner a problem; `unauthorized` (a token that ran out on the
// server a moment before its successor arrived; the server then closes the socket and it comes
// back with a fresh token) is asked again, for a batch and for the finish. Against a scripted socket.
import { afterEach, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import { TelemetryDelivery, type DeliveryStatus } from '../../../../../client/workshop/telemetry/delivery';
import { Outbox } from '../../../../../client/workshop/telemetry/outbox';

type Reply = (event: string, payload: { events?: { seq: number }[] }) => object;

/** Just what TelemetryDelivery uses of a socket.io-client Socket; every emit is logged. */
function scriptedSocket(reply: Reply) {
  const sent: { event: string; seqs: number[] }[] = [];
  const socket = {
    connected: true,
    active: true,
    on: () => socket,
    off: () => socket,
    timeout: () => ({
      emitWithAck: async (event: string, payload: { events?: { seq: number }[] }) => {
        sent.push({ event, seqs: payload.events?.map((e) => e.seq) ?? [] });
        return reply(event, payload);
      },
    }),
  };
  return { socket: socket as unknown as Socket, sent };
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10));
}

describe('telemetry delivery', () => {
  let delivery: TelemetryDelivery | undefined;
  afterEach(() => delivery?.stop());

  it('resyncs after an incomplete refusal and sends on from the server\'s ackedSeq', async () => {
    let serverAcked = 0;
    let refusedOnce = false;
    const { socket, sent } = scriptedSocket((event, payload) => {
      if (event === 'session:resume') return { ok: true, status: 'active', ackedSeq: serverAcked };
      if (!refusedOnce) {
        refusedOnce = true;
        return { ok: false, error: { code: 'incomplete', message: 'send from seq 1 first' }, ackedSeq: serverAcked };
      }
      serverAcked = Math.max(serverAcked, ...payload.events!.map((e) => e.seq));
      return { ok: true, ackedSeq: serverAcked };
    });
    const outbox = new Outbox();
    for (let i = 0; i < 3; i++) outbox.record('torch', { i }, i);
    const statuses: DeliveryStatus[] = [];
    delivery = new TelemetryDelivery(socket, 's1', outbox, undefined, (status) => statuses.push(status));
    delivery.start();
    await until(() => outbox.pendingCount === 0);

    expect(sent.map((s) => s.event)).toEqual(['session:events', 'session:resume', 'session:events']);
    expect(sent[2]!.seqs).toEqual([1, 2, 3]);
    expect(statuses.some((s) => s.problem !== undefined)).toBe(false);
  });

  it('reports other refusals to the learner', async () => {
    const { socket } = scriptedSocket(() => ({ ok: false, error: { code: 'conflict', message: 'this session is finished' }, ackedSeq: 0 }));
    const outbox = new Outbox();
    outbox.record('torch', {}, 0);
    const statuses: DeliveryStatus[] = [];
    delivery = new TelemetryDelivery(socket, 's1', outbox, undefined, (status) => statuses.push(status));
    delivery.start();
    await until(() => statuses.some((s) => s.problem !== undefined));
    expect(statuses.find((s) => s.problem)!.problem).toBe('this session is finished');
  });

  it('sends a batch again after an unauthorized refusal, without telling the learner', async () => {
    let refusedOnce = false;
    const { socket, sent } = scriptedSocket((event, payload) => {
      if (!refusedOnce) {
        refusedOnce = true;
        return { ok: false, error: { code: 'unauthorized', message: 'your sign-in has ended or your account changed; sign in again' } };
      }
      return { ok: true, ackedSeq: Math.max(...payload.events!.map((e) => e.seq)) };
    });
    const outbox = new Outbox();
    outbox.record('torch', {}, 0);
    const statuses: DeliveryStatus[] = [];
    delivery = new TelemetryDelivery(socket, 's1', outbox, undefined, (status) => statuses.push(status));
    delivery.start();
    await until(() => outbox.pendingCount === 0);
    expect(sent.map((s) => s.event)).toEqual(['session:events', 'session:events']);
    expect(statuses.some((s) => s.problem !== undefined)).toBe(false);
  });

  it('asks to finish again after an unauthorized refusal and resolves with the report', async () => {
    const result = { total: 80, passed: true };
    let finishes = 0;
    const { socket, sent } = scriptedSocket((event) => {
      if (event !== 'session:finish') return { ok: true, ackedSeq: 0 };
      finishes++;
      return finishes === 1 ? { ok: false, error: { code: 'unauthorized', message: 'your sign-in has ended' } } : { ok: true, result };
    });
    delivery = new TelemetryDelivery(socket, 's1', new Outbox(), undefined, () => undefined);
    delivery.start();
    await expect(delivery.finish()).resolves.toEqual(result);
    expect(sent.map((s) => s.event)).toEqual(['session:finish', 'session:finish']);
  });

  it('gives up finishing once stopped, instead of asking for ever', async () => {
    const { socket } = scriptedSocket(() => ({ ok: false, error: { code: 'unauthorized', message: 'your sign-in has ended' } }));
    delivery = new TelemetryDelivery(socket, 's1', new Outbox(), undefined, () => undefined);
    delivery.start();
    const finishing = delivery.finish();
    setTimeout(() => delivery?.stop(), 50);
    await expect(finishing).rejects.toMatchObject({ code: 'network' });
  });
});
