// The client's TelemetryDelivery on an exam attempt against a real server: when the server will
// take no more events it says why once and stops offering them, instead of resending a refused
// batch every 100 ms: a `time_over` refusal (an event past the time limit, inside the grace), and
// an attempt stopped while the page did not hear it (its events refused as `conflict`, then the
// resume finds it `stopped`).
import type { Socket } from 'socket.io-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TelemetryDelivery, type DeliveryClosed } from '../../../../client/workshop/telemetry/delivery';
import { Outbox } from '../../../../client/workshop/telemetry/outbox';
import { manualClock, startTestServer, type TestServer } from '../../../support/testServer';
import { connectTraining, emitAck, type TrainingSocket } from '../../../support/trainingClient';
import { examApi, examRequest, signInAll, type Cast } from '../../exams/support';

const minute = 60_000;

describe('delivering an exam attempt\'s events when the server takes no more', () => {
  const clock = manualClock();
  let server: TestServer;
  let cast: Cast;
  const api = examApi(() => server.url);
  const cleanup: (() => void)[] = [];

  beforeAll(async () => {
    server = await startTestServer({}, { now: clock.now, examSweepMs: 60_000 });
    cast = await signInAll(server.url);
  });
  afterAll(async () => {
    await server?.dispose();
  });
  afterEach(() => {
    for (const done of cleanup.splice(0)) done();
  });

  async function started(username: 'student1' | 'student2', timeLimitMs: number) {
    const exam = await api.create(cast.token.assessor1, examRequest(cast, clock.now(), { candidateIds: [cast.id[username]], timeLimitMs }));
    const socket = await connectTraining(server.url, cast.token[username]);
    const answer = await emitAck(socket, 'session:start', { sceneId: 'welding-bead', mode: 'exam', examId: exam.id });
    expect(answer.ok).toBe(true);
    return { exam, socket, sessionId: answer.sessionId as string };
  }

  function deliver(socket: TrainingSocket, sessionId: string, outbox: Outbox) {
    const closed: DeliveryClosed[] = [];
    let sent = 0;
    (socket as unknown as Socket).onAnyOutgoing((event: string) => event === 'session:events' && sent++);
    const delivery = new TelemetryDelivery(socket as unknown as Socket, sessionId, outbox, undefined, () => undefined, (c) => closed.push(c));
    delivery.start();
    cleanup.push(() => {
      delivery.stop();
      socket.close();
    });
    return { closed, sent: () => sent };
  }

  it('stops at a time_over refusal, keeping the in-time events it stored', async () => {
    const { socket, sessionId } = await started('student1', minute);
    // Past the deadline on the server's clock, inside the grace: one event in time, one after.
    clock.advance(minute + 2_000);
    const outbox = new Outbox();
    outbox.record('ppe', { item: 'helmet', worn: true }, 59_000);
    outbox.record('ppe', { item: 'gloves', worn: true }, 61_000);
    const seen = deliver(socket, sessionId, outbox);
    await expect.poll(() => seen.closed).toEqual([{ refused: 'time_over' }]);
    expect(outbox.ackedSeq).toBe(1);
    const sentThen = seen.sent();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(seen.sent()).toBe(sentThen);
  });

  it('learns from the resume that the attempt was stopped meanwhile, and stops', async () => {
    const { exam, socket, sessionId } = await started('student2', 20 * minute);
    const stop = await api.call('POST', `/api/exams/${exam.id}/candidates/${cast.id.student2}/stop`, cast.token.assessor1, { reason: 'left the room' });
    expect(stop.status).toBe(200);
    const outbox = new Outbox();
    outbox.record('ppe', { item: 'helmet', worn: true }, 1_000);
    const seen = deliver(socket, sessionId, outbox);
    await expect.poll(() => seen.closed).toEqual([{ status: 'stopped' }]);
    const sentThen = seen.sent();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(seen.sent()).toBe(sentThen);
  });
});
