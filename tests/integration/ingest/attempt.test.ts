// A welding attempt through the real /training namespace: exactly-once storage, the report
// from the stored log, and the REST views of it (docs/protocol.md §2–4).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scoreLog } from '../../../scenes/rubric/scoreLog';
import { weldingBeadRules } from '../../../scenes/welding-bead';
import { simulateWeld } from '../../../scenes/welding-bead/simulatedWelder';
import type { AttemptEvent } from '../../../scenes/rubric/events';
import { loginAs, manualClock, startTestServer, type TestServer } from '../../support/testServer';
import { batches, connectTraining, emitAck, parseNdjson, startPractice, type TrainingSocket } from '../../support/trainingClient';

describe('a practice attempt over /training', () => {
  const clock = manualClock();
  let server: TestServer;
  let token: string;
  let socket: TrainingSocket;
  const weld = simulateWeld({ seed: 7, unsteadiness: 0.5 });
  /** Starts an attempt and lets the server's clock run past the whole weld, so no t is "in the future". */
  const begin = async () => {
    const sessionId = await startPractice(socket);
    clock.advance(weld.at(-1)!.t + 1_000);
    return sessionId;
  };
  const get = (path: string, t = token) => fetch(`${server.url}${path}`, { headers: { Authorization: `Bearer ${t}` } });

  beforeAll(async () => {
    // Unthrottled: these tests send batches back to back and leave several attempts open.
    server = await startTestServer(
      {},
      {
        now: clock.now,
        socketRateLimit: { burst: 100_000, perSecond: 100_000 },
        userBudgets: { messagesPerUser: { burst: 100_000, perSecond: 100_000 }, activeAttemptsPerScene: 100 },
      },
    );
    token = await loginAs(server.url, 'student1');
    socket = await connectTraining(server.url, token);
  });
  afterAll(async () => {
    socket?.close();
    await server?.dispose();
  });

  it('stores every event once, acks in order, and scores the stored log', async () => {
    const sessionId = await begin();
    let acked = 0;
    for (const batch of batches(weld, 6)) {
      const answer = await emitAck(socket, 'session:events', { sessionId, events: batch });
      expect(answer).toEqual({ ok: true, ackedSeq: batch.at(-1)!.seq });
      acked = answer.ackedSeq as number;
    }
    expect(acked).toBe(weld.length);

    const finished = await emitAck(socket, 'session:finish', { sessionId, lastSeq: weld.length });
    expect(finished.ok).toBe(true);
    const expected = scoreLog(weldingBeadRules, weld);
    expect(finished.result).toEqual(expected);
    expect(expected.criteria.find((c) => c.id === 'coverage')!.score).toBeGreaterThan(0.9);

    const session = (await (await get(`/api/sessions/${sessionId}`)).json()) as Record<string, unknown>;
    expect(session).toMatchObject({ id: sessionId, sceneId: 'welding-bead', mode: 'practice', status: 'finished', ackedSeq: weld.length, result: expected });

    const log = await get(`/api/sessions/${sessionId}/events`);
    expect(log.headers.get('content-type')).toContain('application/x-ndjson');
    expect(parseNdjson(await log.text())).toEqual(weld);

    const me = (await (await get('/api/auth/me')).json()) as { user: { id: string } };
    const profile = (await (await get(`/api/learners/${me.user.id}/profile`)).json()) as { learner: unknown; results: unknown[] };
    expect(profile.learner).toEqual({ id: me.user.id, name: 'Nguyễn Văn An' });
    expect(profile.results).toContainEqual({
      sessionId,
      sceneId: 'welding-bead',
      mode: 'practice',
      total: expected.total,
      passed: expected.passed,
      finishedAt: expect.any(String),
    });
  });

  it('answers a second finish with the same result, and refuses later events with conflict', async () => {
    const sessionId = await begin();
    const short = weld.slice(0, 30);
    expect((await emitAck(socket, 'session:events', { sessionId, events: short })).ackedSeq).toBe(30);
    const first = await emitAck(socket, 'session:finish', { sessionId, lastSeq: 30 });
    const second = await emitAck(socket, 'session:finish', { sessionId, lastSeq: 30 });
    expect(second).toEqual(first);
    const late = await emitAck(socket, 'session:events', { sessionId, events: weld.slice(30, 31) });
    expect(late).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('ignores resent events, keeps events after a gap, and advances ackedSeq when it fills', async () => {
    const sessionId = await begin();
    const [b1, b2, b3] = batches(weld.slice(0, 30), 10) as [AttemptEvent[], AttemptEvent[], AttemptEvent[]];
    expect((await emitAck(socket, 'session:events', { sessionId, events: b1 })).ackedSeq).toBe(10);
    expect((await emitAck(socket, 'session:events', { sessionId, events: b3 })).ackedSeq).toBe(10); // gap: 11..20 missing
    expect((await emitAck(socket, 'session:events', { sessionId, events: b1 })).ackedSeq).toBe(10); // a plain resend
    const altered = b3.map((e) => ({ ...e, type: 'tampered', data: { x: 1 } }));
    expect((await emitAck(socket, 'session:events', { sessionId, events: altered })).ackedSeq).toBe(10); // same seqs, new content: ignored
    expect((await emitAck(socket, 'session:events', { sessionId, events: [...b2].reverse() })).ackedSeq).toBe(30); // fills the gap
    expect(parseNdjson(await (await get(`/api/sessions/${sessionId}/events`)).text())).toEqual([...b1, ...b2, ...b3]);
    const finished = await emitAck(socket, 'session:finish', { sessionId, lastSeq: 30 });
    expect(finished.result).toEqual(scoreLog(weldingBeadRules, [...b1, ...b2, ...b3]));
  });

  it('refuses to finish a log with holes: incomplete, with the ackedSeq', async () => {
    const sessionId = await begin();
    await emitAck(socket, 'session:events', { sessionId, events: weld.slice(0, 10) });
    await emitAck(socket, 'session:events', { sessionId, events: weld.slice(20, 30) });
    const early = await emitAck(socket, 'session:finish', { sessionId, lastSeq: 30 });
    expect(early).toMatchObject({ ok: false, error: { code: 'incomplete' }, ackedSeq: 10 });
    const session = (await (await get(`/api/sessions/${sessionId}`)).json()) as { status: string };
    expect(session.status).toBe('active');
  });

  it('resumes with the ackedSeq, status and params', async () => {
    const sessionId = await begin();
    await emitAck(socket, 'session:events', { sessionId, events: weld.slice(0, 12) });
    const other = await connectTraining(server.url, token);
    const resumed = await emitAck(other, 'session:resume', { sessionId });
    expect(resumed).toEqual({ ok: true, ackedSeq: 12, status: 'active', params: {}, elapsedMs: expect.any(Number) });
    // Session time on the server's clock: another device continues stamping t from there.
    expect(resumed.elapsedMs).toBeGreaterThanOrEqual(weld.at(-1)!.t + 1_000);
    other.close();
  });

  it('refuses exam mode without a scheduled exam, and unknown scenes, with not_found', async () => {
    expect(await emitAck(socket, 'session:start', { sceneId: 'welding-bead', mode: 'exam', examId: 'x' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    // Exam mode with no examId at all is a malformed start (tests/integration/exams/start.test.ts).
    expect(await emitAck(socket, 'session:start', { sceneId: 'welding-bead', mode: 'exam' })).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await emitAck(socket, 'session:start', { sceneId: 'pottery', mode: 'practice' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await emitAck(socket, 'session:start', { sceneId: 'welding-bead', mode: 'sandbox' })).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });

  it('sends live practice feedback computed by the same fold', async () => {
    const sessionId = await begin();
    const feedback = new Promise<{ sessionId: string; ackedSeq: number; report: unknown }>((resolve) => socket.once('session:feedback', resolve));
    await emitAck(socket, 'session:events', { sessionId, events: weld.slice(0, 60) });
    const received = await feedback;
    expect(received.sessionId).toBe(sessionId);
    expect(received.report).toEqual(scoreLog(weldingBeadRules, weld.slice(0, received.ackedSeq)));
  });
});
