// Attempts left behind (docs/api.md): a practice attempt with no socket holding it and no events
// committed for VOCAXR_ABANDON_AFTER_MINUTES ends as `abandoned`, scored from its stored log; the
// idle clock survives a restart; the learner may discard their own open attempt; an abandoned
// attempt takes no more events and cannot be finished. Exams are left alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scoreLog } from '../../../scenes/rubric/scoreLog';
import type { AttemptEvent } from '../../../scenes/rubric/events';
import { weldingBeadRules } from '../../../scenes/welding-bead';
import { simulateWeld } from '../../../scenes/welding-bead/simulatedWelder';
import { boot, type RunningServer } from '../../../server/boot';
import { createLogger } from '../../../server/logger';
import { loginAs, manualClock, startTestServer, type TestServer } from '../../support/testServer';
import { connectTraining, emitAck, startPractice, type TrainingSocket } from '../../support/trainingClient';

const minute = 60_000;
const weld = simulateWeld({ seed: 5, sampleRateHz: 10, travelSpeedMmPerS: 8 });
/** The first part of a weld: helmet, gloves, torch and a bit of the seam. */
const part = weld.slice(0, 120);

describe('attempts left behind', () => {
  const clock = manualClock();
  let server: TestServer;
  /** The server now answering (the test restarts it on the same database). */
  let running: RunningServer;
  let url: string;
  let token: string;
  let otherToken: string;
  let teacherToken: string;
  let learnerId: string;
  const options = { now: clock.now, abandonSweepMs: 50, socketRateLimit: { burst: 100_000, perSecond: 100_000 }, demoAttempts: false };

  beforeAll(async () => {
    server = await startTestServer({ VOCAXR_ABANDON_AFTER_MINUTES: '30' }, options);
    running = server;
    url = server.url;
    [token, otherToken, teacherToken] = await Promise.all([loginAs(url, 'student1'), loginAs(url, 'student2'), loginAs(url, 'teacher1')]);
    learnerId = ((await (await get('/api/auth/me')).json()) as { user: { id: string } }).user.id;
  });
  afterAll(async () => {
    await running?.stop();
    await server?.dispose();
  });

  const get = (path: string, as = token) => fetch(`${url}${path}`, { headers: { Authorization: `Bearer ${as}` } });
  const post = (path: string, as = token) => fetch(`${url}${path}`, { method: 'POST', headers: { Authorization: `Bearer ${as}` } });
  const sessionOf = async (sessionId: string) => (await (await get(`/api/sessions/${sessionId}`)).json()) as { status: string; result?: unknown; finishedAt?: string };
  /** Two sweeps, so the second surely started after the clock moved. */
  const sweepNow = async () => {
    await running.server.abandonSweeper.sweep();
    return running.server.abandonSweeper.sweep();
  };

  /** Starts an attempt and stores `events` through a socket that stays open. */
  async function record(events: readonly AttemptEvent[]): Promise<{ socket: TrainingSocket; sessionId: string }> {
    const socket = await connectTraining(url, token);
    const sessionId = await startPractice(socket);
    clock.advance(events.at(-1)!.t + 1_000);
    const answer = await emitAck(socket, 'session:events', { sessionId, events });
    expect(answer).toEqual({ ok: true, ackedSeq: events.at(-1)!.seq });
    return { socket, sessionId };
  }

  /** Closes the socket and waits until the server has let go of the session (its idle clock starts then). */
  async function leave(socket: TrainingSocket, sessionId: string): Promise<void> {
    socket.close();
    await expect.poll(() => running.server.sessions.presence.held(sessionId)).toBe(false);
    // The disconnect's write of the idle clock follows the release at once; give it its turn.
    await new Promise((resolve) => setTimeout(resolve, 20));
  }

  it('abandons an idle practice attempt on its own, scored from what it holds', async () => {
    const { socket, sessionId } = await record(part);
    await leave(socket, sessionId);
    clock.advance(31 * minute);
    // The periodic sweeper, not a call from the test, ends it.
    await expect.poll(async () => (await sessionOf(sessionId)).status, { timeout: 5_000 }).toBe('abandoned');
    const session = await sessionOf(sessionId);
    expect(session.result).toEqual(scoreLog(weldingBeadRules, part));
    expect(session.finishedAt).toBeDefined();

    const again = await connectTraining(url, token);
    const events = await emitAck(again, 'session:events', { sessionId, events: weld.slice(120, 130) });
    expect(events).toMatchObject({ ok: false, error: { code: 'conflict' }, ackedSeq: part.length });
    const finish = await emitAck(again, 'session:finish', { sessionId, lastSeq: part.length });
    expect(finish).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const resume = await emitAck(again, 'session:resume', { sessionId });
    expect(resume).toMatchObject({ ok: true, status: 'abandoned', ackedSeq: part.length });
    again.close();
  });

  it('leaves an attempt alone while a socket holds it, and counts from when the socket left', async () => {
    const { socket, sessionId } = await record(part);
    clock.advance(45 * minute);
    expect(await sweepNow()).toBe(0);
    expect((await sessionOf(sessionId)).status).toBe('active');

    await leave(socket, sessionId);
    clock.advance(29 * minute);
    await sweepNow();
    expect((await sessionOf(sessionId)).status).toBe('active');
    clock.advance(2 * minute);
    await sweepNow();
    expect((await sessionOf(sessionId)).status).toBe('abandoned');
  });

  it('counts idle time from the last committed events', async () => {
    const { socket, sessionId } = await record(part.slice(0, 60));
    await leave(socket, sessionId);
    clock.advance(20 * minute);
    const back = await connectTraining(url, token);
    const sentAt = clock.now();
    expect(await emitAck(back, 'session:events', { sessionId, events: part.slice(60) })).toMatchObject({ ok: true, ackedSeq: part.length });
    // Stored with the commit itself (it is what a crash leaves behind), not only at the disconnect.
    const stored = (await running.store.attempts.getSession(sessionId))!.lastActivityMs;
    expect(stored).toBeGreaterThanOrEqual(sentAt);
    expect(stored).toBeLessThanOrEqual(clock.now());
    await leave(back, sessionId);
    clock.advance(20 * minute);
    await sweepNow();
    expect((await sessionOf(sessionId)).status).toBe('active');
    clock.advance(11 * minute);
    await sweepNow();
    expect((await sessionOf(sessionId)).status).toBe('abandoned');
  });

  it('keeps the idle clock across a restart: neither extended nor lost', async () => {
    const { socket, sessionId } = await record(part);
    await leave(socket, sessionId);
    clock.advance(20 * minute);
    await running.stop();
    running = await boot(server.config, createLogger('silent'), options);
    url = `http://127.0.0.1:${running.address.port}`;
    await sweepNow();
    expect((await sessionOf(sessionId)).status).toBe('active');
    clock.advance(11 * minute);
    await sweepNow();
    expect((await sessionOf(sessionId)).status).toBe('abandoned');
  });

  it('leaves exam attempts alone', async () => {
    const exam = await running.store.attempts.createSession({
      learnerId,
      sceneId: 'welding-bead',
      mode: 'exam',
      examId: 'exam-1',
      params: {},
      startedAtMs: clock.now() - 5 * 60 * minute,
    });
    await sweepNow();
    expect((await running.store.attempts.getSession(exam.id))?.status).toBe('active');
  });

  it('lets only the learner discard their own open attempt', async () => {
    const { socket, sessionId } = await record(part);
    expect(await emitAck(await connectTraining(url, otherToken), 'session:discard', { sessionId })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const byTeacher = await post(`/api/sessions/${sessionId}/abandon`, teacherToken);
    expect([byTeacher.status, ((await byTeacher.json()) as { error: { code: string } }).error.code]).toEqual([403, 'forbidden']);
    const unknown = await post('/api/sessions/no-such-session/abandon');
    expect([unknown.status, ((await unknown.json()) as { error: { code: string } }).error.code]).toEqual([404, 'not_found']);
    expect((await sessionOf(sessionId)).status).toBe('active');

    const discarded = await emitAck(socket, 'session:discard', { sessionId });
    expect(discarded).toEqual({ ok: true, status: 'abandoned', result: scoreLog(weldingBeadRules, part) });
    expect((await sessionOf(sessionId)).status).toBe('abandoned');
    expect(await emitAck(socket, 'session:discard', { sessionId })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    socket.close();

    // Over REST as well; a finished attempt cannot be discarded.
    const second = await record(part);
    const rest = await post(`/api/sessions/${second.sessionId}/abandon`);
    expect(rest.status).toBe(200);
    expect(await rest.json()).toMatchObject({ status: 'abandoned', result: { total: scoreLog(weldingBeadRules, part).total } });
    const third = await record(part);
    expect(await emitAck(third.socket, 'session:finish', { sessionId: third.sessionId, lastSeq: part.length })).toMatchObject({ ok: true });
    const late = await post(`/api/sessions/${third.sessionId}/abandon`);
    expect([late.status, ((await late.json()) as { error: { code: string } }).error.code]).toEqual([409, 'conflict']);
    second.socket.close();
    third.socket.close();
  });
});
