// Exam time is the server's (docs/protocol.md §5): an event past the time limit is refused with
// time_over (the in-time events before it in the batch are kept); in-time events are still taken
// in the 60 s grace after the deadline; at deadline + grace the server ends the attempt as
// timed_out from its stored log, with nobody connected, and tells the candidate's sockets; a
// server killed with SIGKILL and restarted on the same database keeps every deadline.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Exam } from '../../../scenes/protocol/exams';
import type { SessionIntegrityResponse } from '../../../scenes/protocol/review';
import { scoreLog } from '../../../scenes/rubric/scoreLog';
import { weldingBeadRules } from '../../../scenes/welding-bead';
import { simulateWeld } from '../../../scenes/welding-bead/simulatedWelder';
import { boot, type RunningServer } from '../../../server/boot';
import { loadConfig } from '../../../server/config';
import { createLogger } from '../../../server/logger';
import { loginAs, manualClock, startTestServer, type TestServer } from '../../support/testServer';
import { connectTraining, emitAck, parseNdjson, type TrainingSocket } from '../../support/trainingClient';
import { examApi, examRequest, signInAll, type Cast } from './support';

const second = 1_000;
const grace = 60 * second;
/** About 26 s of welding at 10 samples a second; the first 98 events have t <= 10 s. */
const weld = simulateWeld({ sampleRateHz: 10, travelSpeedMmPerS: 8 });
const inTime = weld.filter((e) => e.t <= 10 * second);

describe('server-enforced exam time', () => {
  const clock = manualClock();
  let server: TestServer;
  let cast: Cast;
  const api = examApi(() => server.url);
  const sockets: TrainingSocket[] = [];

  beforeAll(async () => {
    server = await startTestServer({}, { now: clock.now, examSweepMs: 50, socketRateLimit: { burst: 100_000, perSecond: 100_000 } });
    cast = await signInAll(server.url);
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    await server?.dispose();
  });

  /** A 10 s exam for one candidate, started on a fresh socket of theirs. */
  async function startTenSecondExam(who: 'student1' | 'student2' | 'student3'): Promise<{ exam: Exam; socket: TrainingSocket; sessionId: string; deadlineAt: string }> {
    const exam = await api.create(cast.token.assessor1, examRequest(cast, clock.now(), { candidateIds: [cast.id[who]], timeLimitMs: 10 * second }));
    const socket = await connectTraining(server.url, cast.token[who]);
    sockets.push(socket);
    const started = await emitAck(socket, 'session:start', { sceneId: 'welding-bead', mode: 'exam', examId: exam.id });
    expect(started).toMatchObject({ ok: true, timeLimitMs: 10 * second });
    return { exam, socket, sessionId: started.sessionId as string, deadlineAt: started.deadlineAt as string };
  }
  const sessionOf = async (sessionId: string) =>
    (await (await api.call('GET', `/api/sessions/${sessionId}`, cast.token.assessor1)).json()) as { status: string; result?: unknown; mode: string };

  it('refuses events past the time limit with time_over, keeping the in-time ones of the batch', async () => {
    const { socket, sessionId } = await startTenSecondExam('student1');
    clock.advance(12 * second); // past the deadline, within the grace
    const batch = weld.filter((e) => e.t <= 16 * second);
    const answer = await emitAck(socket, 'session:events', { sessionId, events: batch });
    expect(answer).toMatchObject({ ok: false, error: { code: 'time_over' }, ackedSeq: inTime.length });
    expect(answer.error!.message).toMatch(/past the exam's time limit/);
    expect(await emitAck(socket, 'session:events', { sessionId, events: batch.slice(inTime.length) })).toMatchObject({
      ok: false,
      error: { code: 'time_over' },
      ackedSeq: inTime.length,
    });
    const stored = parseNdjson(await (await api.call('GET', `/api/sessions/${sessionId}/events`, cast.token.assessor1)).text());
    expect(stored).toEqual(inTime);
  });

  it('takes in-time events during the grace, then ends the attempt as timed_out and tells the candidate', async () => {
    const { socket, sessionId, exam } = await startTenSecondExam('student2');
    const ended = new Promise((resolve) => socket.once('session:ended', resolve));
    clock.advance(10 * second);
    expect(await emitAck(socket, 'session:events', { sessionId, events: inTime.slice(0, 50) })).toEqual({ ok: true, ackedSeq: 50 });
    clock.advance(grace - 5 * second); // a reconnect late in the grace delivers the rest
    expect(await emitAck(socket, 'session:events', { sessionId, events: inTime.slice(50) })).toEqual({ ok: true, ackedSeq: inTime.length });
    expect((await sessionOf(sessionId)).status).toBe('active');
    clock.advance(6 * second);
    expect(await ended).toEqual({ sessionId, reason: 'time_over' });
    const session = await sessionOf(sessionId);
    expect(session).toMatchObject({ status: 'timed_out', mode: 'exam' });
    expect(session.result).toEqual(scoreLog(weldingBeadRules, inTime));
    expect(await emitAck(socket, 'session:events', { sessionId, events: weld.slice(inTime.length, inTime.length + 1) })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await emitAck(socket, 'session:finish', { sessionId, lastSeq: inTime.length })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await emitAck(socket, 'session:resume', { sessionId })).toMatchObject({ ok: true, status: 'timed_out' });
    expect((await api.get(exam.id, cast.token.student2)).candidates).toEqual([expect.objectContaining({ status: 'timed_out', sessionId })]);
    // Ended by the server, sealed all the same (docs/protocol.md §9).
    const integrity = (await (await api.call('GET', `/api/sessions/${sessionId}/integrity`, cast.token.assessor1)).json()) as SessionIntegrityResponse;
    expect(integrity).toMatchObject({ sessionId, ackedSeq: inTime.length, valid: true, sealedHead: integrity.chainHead });
  });

  it('ends an attempt nobody is connected to at deadline + grace; the result counts on the profile', async () => {
    const { socket, sessionId } = await startTenSecondExam('student3');
    clock.advance(10 * second);
    expect(await emitAck(socket, 'session:events', { sessionId, events: inTime.slice(0, 40) })).toEqual({ ok: true, ackedSeq: 40 });
    socket.close();
    clock.advance(grace + second);
    // The periodic sweeper, not a call from the test, ends it.
    await expect.poll(async () => (await sessionOf(sessionId)).status, { timeout: 5_000 }).toBe('timed_out');
    expect((await sessionOf(sessionId)).result).toEqual(scoreLog(weldingBeadRules, inTime.slice(0, 40)));
    const profile = (await (await api.call('GET', `/api/learners/${cast.id.student3}/profile`, cast.token.student3)).json()) as { results: { sessionId: string; mode: string }[] };
    expect(profile.results).toContainEqual(expect.objectContaining({ sessionId, mode: 'exam' }));
  });
});

describe('a server killed with SIGKILL during an exam', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'vocaxr-exam-kill-'));
  const children: ChildProcess[] = [];
  let restarted: RunningServer | undefined;
  afterAll(async () => {
    for (const c of children) c.kill('SIGKILL');
    await restarted?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });
  const env = { NODE_ENV: 'test', HOST: '127.0.0.1', PORT: '0', DATABASE_URL: `sqlite:${join(dataDir, 'v.db')}` };

  function startServerProcess(): Promise<{ child: ChildProcess; url: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, '../../../server/main-entry.ts')], {
        env: { ...process.env, ...env, LOG_LEVEL: 'info' },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      children.push(child);
      let out = '';
      child.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = out.match(/"url":"http:\/\/[^:"]+:(\d+)"/);
        if (match) resolve({ child, url: `http://127.0.0.1:${match[1]}` });
      });
      child.once('exit', (code) => reject(new Error(`server exited early (${code})`)));
    });
  }

  it('keeps the deadline: the restarted server neither extends it nor forgets it', async () => {
    const first = await startServerProcess();
    const cast = await signInAll(first.url);
    const api = examApi(() => first.url);
    const exam = await api.create(cast.token.assessor1, examRequest(cast, Date.now(), { timeLimitMs: 10 * 60 * second }));
    const socket = await connectTraining(first.url, cast.token.student1);
    const started = await emitAck(socket, 'session:start', { sceneId: 'welding-bead', mode: 'exam', examId: exam.id });
    expect(started.ok).toBe(true);
    const sessionId = started.sessionId as string;
    const deadlineMs = Date.parse(started.deadlineAt as string);
    const exited = new Promise((resolve) => first.child.once('exit', resolve));
    first.child.kill('SIGKILL');
    await exited;
    socket.close();

    // The same database, now with a clock the test moves.
    const clock = manualClock();
    restarted = await boot(loadConfig({ ...env, LOG_LEVEL: 'silent' }), createLogger('silent'), { now: clock.now, examSweepMs: 50 });
    const url = `http://127.0.0.1:${restarted.address.port}`;
    const token = await loginAs(url, 'student1');
    const again = await connectTraining(url, token);
    const ended = new Promise((resolve) => again.once('session:ended', resolve));
    expect(await emitAck(again, 'session:resume', { sessionId })).toMatchObject({ ok: true, status: 'active', deadlineAt: started.deadlineAt });
    expect(await emitAck(again, 'session:start', { sceneId: 'welding-bead', mode: 'exam', examId: exam.id })).toMatchObject({ ok: true, sessionId, deadlineAt: started.deadlineAt });

    clock.advance(deadlineMs + grace - 5 * second - clock.now());
    await restarted.server.examSweeper.sweep();
    await restarted.server.examSweeper.sweep();
    expect((await restarted.store.attempts.getSession(sessionId))?.status).toBe('active');
    clock.advance(6 * second);
    expect(await ended).toEqual({ sessionId, reason: 'time_over' });
    expect((await restarted.store.attempts.getSession(sessionId))?.status).toBe('timed_out');
    again.close();
  });
});
