// What the ingest refuses: malformed, oversized, future-dated and out-of-order batches are
// refused whole with nothing stored and the connection left open; other learners are refused
// at every door; a flood is rate-limited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulateWeld } from '../../../scenes/welding-bead/simulatedWelder';
import { loginAs, manualClock, startTestServer, type TestServer } from '../../support/testServer';
import { connectTraining, emitAck, parseNdjson, startPractice, type TrainingSocket } from '../../support/trainingClient';

const weld = simulateWeld({ seed: 3 });
const torch = weld.find((e) => e.type === 'torch')!;

describe('ingest refusals', () => {
  const clock = manualClock();
  let server: TestServer;
  let token: string;
  let socket: TrainingSocket;
  let sessionId: string;
  const storedLog = async () =>
    parseNdjson(await (await fetch(`${server.url}/api/sessions/${sessionId}/events`, { headers: { Authorization: `Bearer ${token}` } })).text());

  beforeAll(async () => {
    server = await startTestServer({}, { now: clock.now, socketRateLimit: { burst: 100_000, perSecond: 100_000 } });
    token = await loginAs(server.url, 'student1');
    socket = await connectTraining(server.url, token);
    sessionId = await startPractice(socket);
    clock.advance(60_000);
    expect((await emitAck(socket, 'session:events', { sessionId, events: weld.slice(0, 10) })).ackedSeq).toBe(10);
  });
  afterAll(async () => {
    socket?.close();
    await server?.dispose();
  });

  const next = (overrides: Record<string, unknown>) => ({ ...torch, seq: 11, t: weld[10]!.t, ...overrides });

  it.each([
    ['a missing seq', { seq: undefined }],
    ['a seq of 0', { seq: 0 }],
    ['a fractional seq', { seq: 11.5 }],
    ['a negative t', { t: -1 }],
    ['a t that is not a number', { t: '5' }],
    ['an empty type', { type: '' }],
    ['data that is not an object', { data: [1, 2, 3] }],
    ['a torch sample without p', { data: { d: [0, -1, 0], arc: true } }],
    ['a torch direction that is not a unit vector', { data: { p: [0, 1, -0.45], d: [0, -2, 0], arc: true } }],
    ['a ppe event with an unknown item', { type: 'ppe', data: { item: 'boots', worn: true } }],
  ])('refuses a batch with %s as invalid, storing none of it', async (_label, overrides) => {
    const good = weld.slice(10, 15);
    const answer = await emitAck(socket, 'session:events', { sessionId, events: [...good, next(overrides)] });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid' }, ackedSeq: 10 });
    expect((answer.error as { message: string }).message).toMatch(/^events\[5\]/);
    expect(await storedLog()).toEqual(weld.slice(0, 10));
  });

  it.each([
    ['no events', { events: [] }],
    ['events that are not a list', { events: 'many' }],
    ['no sessionId', { events: weld.slice(10, 11), sessionId: undefined }],
  ])('refuses a batch with %s as invalid', async (_label, overrides) => {
    expect(await emitAck(socket, 'session:events', { sessionId, ...overrides })).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });

  it('refuses more than 500 events, data over 4 KB and a message over 1 MB with too_large', async () => {
    const many = Array.from({ length: 501 }, (_, i) => ({ seq: 11 + i, t: 100_000, type: 'note', data: {} }));
    expect(await emitAck(socket, 'session:events', { sessionId, events: many })).toMatchObject({ ok: false, error: { code: 'too_large' } });
    const fat = { seq: 11, t: weld[10]!.t, type: 'note', data: { text: 'x'.repeat(5000) } };
    expect(await emitAck(socket, 'session:events', { sessionId, events: [fat] })).toMatchObject({ ok: false, error: { code: 'too_large' } });
    const heavy = Array.from({ length: 300 }, (_, i) => ({ seq: 11 + i, t: weld[10]!.t, type: 'note', data: { text: 'y'.repeat(4000) } }));
    expect(await emitAck(socket, 'session:events', { sessionId, events: heavy }, 10_000)).toMatchObject({ ok: false, error: { code: 'too_large' } });
    expect(socket.connected).toBe(true);
    expect(await storedLog()).toEqual(weld.slice(0, 10));
  });

  it('refuses events whose t runs more than 5 s ahead of the server clock', async () => {
    // The server's clock for the session: the test's clock (advanced a minute) since the start,
    // real time included. What it allows only grows while the events travel, so the refused t
    // keeps a 3 s margin and the accepted one is taken before sending.
    const startedAtMs = (await server.store.attempts.getSession(sessionId))!.startedAtMs;
    const ahead = { ...torch, seq: 11, t: clock.now() - startedAtMs + 8_000 };
    expect(await emitAck(socket, 'session:events', { sessionId, events: [ahead] })).toMatchObject({ ok: false, error: { code: 'invalid' } });
    const withinLead = { ...torch, seq: 11, t: clock.now() - startedAtMs + 4_000 };
    expect((await emitAck(socket, 'session:events', { sessionId, events: [withinLead] })).ackedSeq).toBe(11);
  });

  it('refuses a t that decreases with seq, against the stored tail too', async () => {
    const before = { ...torch, seq: 12, t: 1 };
    expect(await emitAck(socket, 'session:events', { sessionId, events: [before] })).toMatchObject({ ok: false, error: { code: 'invalid' } });
    const swapped = [
      { ...torch, seq: 12, t: 64_500 },
      { ...torch, seq: 13, t: 64_100 },
    ];
    expect(await emitAck(socket, 'session:events', { sessionId, events: swapped })).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect((await storedLog()).length).toBe(11);
  });

  it('refuses another student at every door, and keeps the session intact', async () => {
    const otherToken = await loginAs(server.url, 'student2');
    const other = await connectTraining(server.url, otherToken);
    expect(await emitAck(other, 'session:resume', { sessionId })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await emitAck(other, 'session:events', { sessionId, events: [{ ...torch, seq: 12, t: 64_500 }] })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await emitAck(other, 'session:finish', { sessionId, lastSeq: 11 })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    other.close();
    const me = (await (await fetch(`${server.url}/api/auth/me`, { headers: { Authorization: `Bearer ${token}` } })).json()) as { user: { id: string } };
    for (const path of [`/api/sessions/${sessionId}`, `/api/sessions/${sessionId}/events`, `/api/learners/${me.user.id}/profile`]) {
      const response = await fetch(`${server.url}${path}`, { headers: { Authorization: `Bearer ${otherToken}` } });
      expect(response.status, path).toBe(403);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('forbidden');
    }
    expect((await storedLog()).length).toBe(11);
  });

  it('lets the learner\'s teacher and institution admin read it, but not an assessor without an exam', async () => {
    for (const [username, status] of [['teacher1', 200], ['admin1', 200], ['assessor1', 403]] as const) {
      const viewer = await loginAs(server.url, username);
      const response = await fetch(`${server.url}/api/sessions/${sessionId}`, { headers: { Authorization: `Bearer ${viewer}` } });
      expect(response.status, username).toBe(status);
    }
  });

  it('answers not_found for an unknown session', async () => {
    expect(await emitAck(socket, 'session:resume', { sessionId: 'no-such-session' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const response = await fetch(`${server.url}/api/sessions/no-such-session`, { headers: { Authorization: `Bearer ${token}` } });
    expect(response.status).toBe(404);
  });
});

describe('per-socket rate limit', () => {
  it('refuses a flood with rate_limited and recovers', async () => {
    const server = await startTestServer({}, { socketRateLimit: { burst: 5, perSecond: 20 } });
    const socket = await connectTraining(server.url, await loginAs(server.url, 'student1'));
    const answers = await Promise.all(Array.from({ length: 12 }, () => emitAck(socket, 'session:resume', { sessionId: 'x' })));
    const codes = answers.map((a) => a.error?.code);
    expect(codes.filter((c) => c === 'rate_limited').length).toBeGreaterThanOrEqual(5);
    expect(codes.slice(0, 5)).toEqual(Array(5).fill('not_found'));
    await new Promise((r) => setTimeout(r, 300));
    expect((await emitAck(socket, 'session:resume', { sessionId: 'x' })).error?.code).toBe('not_found');
    socket.close();
    await server.dispose();
  });
});
