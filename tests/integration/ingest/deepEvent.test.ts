// An event whose data nests 500,000 levels deep is refused as `invalid` (not `internal`): the depth
// is measured without recursion before the scene's schema or JSON.stringify walk it. Sent as a
// raw Socket.IO packet, since the client's own encoder would overflow on such a value.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestLimits } from '../../../scenes/protocol/training';
import { loginAs, manualClock, startTestServer, type TestServer } from '../../support/testServer';
import { torchEvents } from '../../support/ingestAbuse';
import { connectTraining, emitAck, startPractice, type TrainingSocket } from '../../support/trainingClient';

const depth = 500_000;
const ackId = 987_654;

/** Sends a Socket.IO `packet` (engine.io adds its own "4") as is and resolves with the payload of the ack numbered `ackId`. */
function sendRaw(socket: TrainingSocket, packet: string): Promise<unknown> {
  const engine = socket.io.engine;
  return new Promise((resolve) => {
    const prefix = `3/training,${ackId}`;
    const onData = (data: unknown) => {
      if (typeof data !== 'string' || !data.startsWith(prefix)) return;
      engine.off('data', onData);
      resolve((JSON.parse(data.slice(prefix.length)) as unknown[])[0]);
    };
    engine.on('data', onData);
    engine.write(packet);
  });
}

describe('deeply nested event data', () => {
  const clock = manualClock();
  let server: TestServer;
  let socket: TrainingSocket;
  let sessionId: string;

  beforeAll(async () => {
    server = await startTestServer({}, { now: clock.now });
    socket = await connectTraining(server.url, await loginAs(server.url, 'student1'));
    sessionId = await startPractice(socket);
    clock.advance(60_000);
  });
  afterAll(async () => {
    socket?.close();
    await server?.dispose();
  });

  it(`refuses data ${depth.toLocaleString('en')} levels deep as invalid, stores nothing, and keeps the connection`, async () => {
    const deepData = `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
    const payload = `{"sessionId":${JSON.stringify(sessionId)},"events":[{"seq":1,"t":0,"type":"grab","data":${deepData}}]}`;
    const answer = await sendRaw(socket, `2/training,${ackId}["session:events",${payload}]`);
    expect(answer).toMatchObject({
      ok: false,
      ackedSeq: 0,
      error: { code: 'invalid', message: `events[0]: data is nested deeper than ${ingestLimits.maxEventDataDepth} levels` },
    });
    expect(socket.connected).toBe(true);
    expect(await emitAck(socket, 'session:events', { sessionId, events: torchEvents(1, 3) })).toEqual({ ok: true, ackedSeq: 3 });
  });

  it(`takes data up to ${ingestLimits.maxEventDataDepth} levels`, async () => {
    let data: Record<string, unknown> = { leaf: true };
    for (let level = 1; level < ingestLimits.maxEventDataDepth; level++) data = { next: data };
    expect(await emitAck(socket, 'session:events', { sessionId, events: [{ seq: 4, t: 4, type: 'grab', data }] })).toEqual({ ok: true, ackedSeq: 4 });
    expect(await emitAck(socket, 'session:events', { sessionId, events: [{ seq: 5, t: 5, type: 'grab', data: { over: data } }] })).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
  });
});
