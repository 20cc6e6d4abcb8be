// One learner's token cannot take the server for itself: sockets, messages and attempt starts
// are budgeted per user across all their sockets (server/realtime/userBudgets.ts), beyond the
// per-socket bucket; the refused answer `rate_limited` (or `conflict` for a 4th open attempt).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defaultUserBudgets } from '../../../server/realtime/userBudgets';
import { loginAs, startTestServer, type TestServer } from '../../support/testServer';
import { tryConnect } from '../../support/ingestAbuse';
import { connectTraining, emitAck, startPractice, type TrainingSocket } from '../../support/trainingClient';

describe('per-user budgets on /training', () => {
  let server: TestServer;
  let opened: TrainingSocket[] = [];
  const { socketsPerUser, activeAttemptsPerScene, messagesPerUser, sessionStartsPerUser } = defaultUserBudgets;
  /** `count` sockets of one token, as many as the server admits. */
  const openSockets = async (token: string, count: number) => {
    const results = await Promise.all(Array.from({ length: count }, () => tryConnect(server.url, token)));
    opened.push(...results.map((r) => r.socket));
    return results;
  };

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterEach(() => {
    for (const socket of opened) socket.close();
    opened = [];
  });
  afterAll(async () => {
    await server?.dispose();
  });

  it(`admits ${socketsPerUser} sockets per user and refuses the handshake of the rest with rate_limited; a closed one frees its slot`, async () => {
    const token = await loginAs(server.url, 'student1');
    const results = await openSockets(token, 300);
    const admitted = results.filter((r) => r.error === undefined);
    expect(admitted).toHaveLength(socketsPerUser);
    expect(results.filter((r) => r.error === 'rate_limited')).toHaveLength(300 - socketsPerUser);
    // Another learner is not affected.
    expect((await openSockets(await loginAs(server.url, 'student2'), 1))[0]!.error).toBeUndefined();

    admitted[0]!.socket.close();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await openSockets(token, 1))[0]!.error).toBeUndefined();
    expect((await openSockets(token, 1))[0]!.error).toBe('rate_limited');
  });

  it('shares one message budget among all of a user\'s sockets: 30,000 messages, the excess refused', async () => {
    const token = await loginAs(server.url, 'student2');
    const sockets = (await openSockets(token, socketsPerUser)).map((r) => r.socket);
    const started = performance.now();
    // A cheap message: resuming an unknown session answers not_found once past the budgets.
    const answers = await Promise.all(
      Array.from({ length: 30_000 }, (_, i) => emitAck(sockets[i % sockets.length]!, 'session:resume', { sessionId: `none-${i}` }, 60_000)),
    );
    const seconds = (performance.now() - started) / 1000;
    const passed = answers.filter((a) => a.error?.code === 'not_found').length;
    const refused = answers.filter((a) => a.error?.code === 'rate_limited').length;
    expect(passed + refused).toBe(30_000);
    // The per-socket buckets alone would pass 10 × 120 at once; the user's bucket holds it to its own.
    expect(passed).toBeLessThanOrEqual(messagesPerUser.burst + Math.ceil(seconds * messagesPerUser.perSecond) + 1);
    expect(refused).toBeGreaterThan(25_000);
  }, 60_000);

  it(`lets 2,000 starts open at most ${activeAttemptsPerScene} attempts; the class list holds no more`, async () => {
    const token = await loginAs(server.url, 'student3');
    const sockets = (await openSockets(token, socketsPerUser)).map((r) => r.socket);
    const answers = await Promise.all(
      Array.from({ length: 2_000 }, (_, i) => emitAck(sockets[i % sockets.length]!, 'session:start', { sceneId: 'welding-bead', mode: 'practice' }, 60_000)),
    );
    const codes = answers.map((a) => (a.ok ? 'ok' : a.error!.code));
    expect(codes.filter((c) => c === 'ok')).toHaveLength(activeAttemptsPerScene);
    expect(codes.filter((c) => c === 'conflict').length).toBeGreaterThan(0);
    expect(codes.filter((c) => c !== 'ok' && c !== 'conflict' && c !== 'rate_limited')).toEqual([]);
    expect(answers.find((a) => a.error?.code === 'conflict')!.error!.message).toMatch(/continue or discard/);

    const teacher = await loginAs(server.url, 'teacher1');
    const auth = { headers: { Authorization: `Bearer ${teacher}` } };
    const classes = (await (await fetch(`${server.url}/api/classes`, auth)).json()) as { id: string }[];
    const { user } = (await (await fetch(`${server.url}/api/auth/me`, { headers: { Authorization: `Bearer ${token}` } })).json()) as { user: { id: string } };
    let listed = 0;
    for (const { id } of classes) {
      const page = (await (await fetch(`${server.url}/api/classes/${id}/sessions?pageSize=100`, auth)).json()) as { items: { learnerId: string }[] };
      listed += page.items.filter((item) => item.learnerId === user.id).length;
    }
    expect(listed).toBe(activeAttemptsPerScene);
  }, 60_000);

  it('frees a slot when an attempt is discarded or finished', async () => {
    const socket = await connectTraining(server.url, await loginAs(server.url, 'student1'));
    opened.push(socket);
    const ids = [];
    for (let i = 0; i < activeAttemptsPerScene; i++) ids.push(await startPractice(socket));
    expect(await emitAck(socket, 'session:start', { sceneId: 'welding-bead', mode: 'practice' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await emitAck(socket, 'session:discard', { sessionId: ids[0] })).toMatchObject({ ok: true, status: 'abandoned' });
    ids[0] = await startPractice(socket);
    expect(await emitAck(socket, 'session:finish', { sessionId: ids[1], lastSeq: 0 })).toMatchObject({ ok: true });
    await startPractice(socket);
  });

  it(`limits session starts per user to a burst of ${sessionStartsPerUser.burst}, whatever the attempts cap`, async () => {
    const local = await startTestServer({}, { userBudgets: { activeAttemptsPerScene: 10_000 } });
    try {
      const socket = await connectTraining(local.url, await loginAs(local.url, 'student1'));
      opened.push(socket);
      const answers = await Promise.all(Array.from({ length: 200 }, () => emitAck(socket, 'session:start', { sceneId: 'welding-bead', mode: 'practice' })));
      const ok = answers.filter((a) => a.ok).length;
      expect(ok).toBeGreaterThanOrEqual(sessionStartsPerUser.burst);
      expect(ok).toBeLessThanOrEqual(sessionStartsPerUser.burst + 1);
      expect(answers.filter((a) => a.error?.code === 'rate_limited')).toHaveLength(200 - ok);
    } finally {
      for (const socket of opened) socket.close();
      await local.dispose();
    }
  });
});
