// Watching an exam over /proctor (docs/protocol.md §6): the ack's tiles, then a `proctor:candidate`
// push whenever a candidate's state changes (start, committed batches with the live score and
// critical errors, their socket coming and going, stopped, timed out), at most two a second per
// candidate with the last state always arriving.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CandidateLive } from '../../../../scenes/protocol/proctor';
import type { Exam } from '../../../../scenes/protocol/exams';
import { scoreLog } from '../../../../scenes/rubric/scoreLog';
import { weldingBeadRules } from '../../../../scenes/welding-bead';
import { simulateWeld } from '../../../../scenes/welding-bead/simulatedWelder';
import { manualClock, startTestServer, type TestServer } from '../../../support/testServer';
import { connectProctor, proctorAck, recordPushes, type ProctorSocket, type Pushes } from '../../../support/proctorClient';
import { batches, connectTraining, emitAck, type TrainingSocket } from '../../../support/trainingClient';
import { examApi, examRequest, signInAll, type Cast } from '../../exams/support';

const second = 1_000;
const timeLimitMs = 20 * 60 * second;
/** About 26 s of welding at 10 samples a second. */
const weld = simulateWeld({ sampleRateHz: 10, travelSpeedMmPerS: 8 });
const weldWithoutPpe = simulateWeld({ sampleRateHz: 10, travelSpeedMmPerS: 8, wearPpe: false });

describe('watching an exam', () => {
  const clock = manualClock();
  let server: TestServer;
  let cast: Cast;
  const api = examApi(() => server.url);
  let exam: Exam;
  let watcher: ProctorSocket;
  let pushes: Pushes;
  /** student1's attempt and the socket that holds it at the end of the streaming test. */
  const first = { socket: undefined as TrainingSocket | undefined, sessionId: '' };
  const sockets: (ProctorSocket | TrainingSocket)[] = [];
  const candidate = async (who: 'student1' | 'student2' | 'student3') => {
    const socket = await connectTraining(server.url, cast.token[who]);
    sockets.push(socket);
    const started = await emitAck(socket, 'session:start', { sceneId: 'welding-bead', mode: 'exam', examId: exam.id });
    expect(started.ok).toBe(true);
    return { socket, sessionId: started.sessionId as string };
  };
  /** Waits for a pushed tile of `who` that satisfies `match`. */
  const tileOf = async (who: keyof Cast['id'], match: (tile: CandidateLive) => boolean) => {
    await expect.poll(() => pushes.tiles.some((p) => p.tile.learnerId === cast.id[who] && match(p.tile)), { timeout: 5_000 }).toBe(true);
    return pushes.tiles.findLast((p) => p.tile.learnerId === cast.id[who] && match(p.tile))!.tile;
  };

  beforeAll(async () => {
    server = await startTestServer({}, { now: clock.now, examSweepMs: 50, socketRateLimit: { burst: 100_000, perSecond: 100_000 } });
    cast = await signInAll(server.url);
    exam = await api.create(cast.token.assessor1, examRequest(cast, clock.now(), { candidateIds: [cast.id.student1, cast.id.student2, cast.id.student3], timeLimitMs }));
    watcher = await connectProctor(server.url, cast.token.assessor1);
    sockets.push(watcher);
    pushes = recordPushes(watcher);
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    await server?.dispose();
  });

  it('acks one tile per candidate: not started, with their name and the whole time limit', async () => {
    const answer = await proctorAck(watcher, 'proctor:watch', { examId: exam.id });
    expect(answer.ok).toBe(true);
    const tiles = answer.candidates as CandidateLive[];
    expect(tiles.map((t) => t.learnerId).sort()).toEqual([cast.id.student1, cast.id.student2, cast.id.student3].sort());
    for (const tile of tiles) {
      expect(tile).toEqual({
        learnerId: tile.learnerId,
        name: exam.candidates.find((c) => c.learnerId === tile.learnerId)!.name,
        status: 'not_started',
        connected: false,
        ackedSeq: 0,
        elapsedMs: 0,
        remainingMs: timeLimitMs,
        live: null,
        critical: [],
      });
      expect(tile.name.length).toBeGreaterThan(0);
    }
  });

  it('pushes the start, the live score as batches are committed, and the socket going', async () => {
    const { socket, sessionId } = await candidate('student1');
    const started = await tileOf('student1', (t) => t.status === 'in_progress' && t.connected);
    expect(started).toMatchObject({ sessionId, ackedSeq: 0 });
    expect(started.remainingMs + started.elapsedMs).toBe(timeLimitMs);
    expect(started.live).toEqual(weldingBeadRules.createScorer(weldingBeadRules.paramsSchema.parse((await server.store.attempts.getSession(sessionId))!.params)).report());

    clock.advance(weld.at(-1)!.t + second);
    const half = weld.slice(0, Math.floor(weld.length / 2));
    for (const batch of batches(half, 20)) expect((await emitAck(socket, 'session:events', { sessionId, events: batch })).ok).toBe(true);
    const midway = await tileOf('student1', (t) => t.ackedSeq === half.length);
    // The same fold as the final report, over the committed events.
    expect(midway.live).toEqual(scoreLog(weldingBeadRules, half));
    expect(midway.elapsedMs).toBeGreaterThanOrEqual(weld.at(-1)!.t);
    expect(midway.remainingMs).toBe(timeLimitMs - midway.elapsedMs);
    for (const batch of batches(weld.slice(half.length), 20)) expect((await emitAck(socket, 'session:events', { sessionId, events: batch })).ok).toBe(true);
    const whole = await tileOf('student1', (t) => t.ackedSeq === weld.length);
    expect(whole.live).toEqual(scoreLog(weldingBeadRules, weld));
    expect(whole.live!.total).not.toBe(midway.live!.total);
    expect(whole.critical).toEqual([]);

    const before = pushes.tiles.length;
    socket.close();
    const gone = await tileOf('student1', (t) => !t.connected && pushes.tiles.findIndex((p) => p.tile === t) >= before);
    expect(gone).toMatchObject({ status: 'in_progress', ackedSeq: weld.length });
    const back = await connectTraining(server.url, cast.token.student1);
    sockets.push(back);
    const away = pushes.tiles.length;
    expect(await emitAck(back, 'session:resume', { sessionId })).toMatchObject({ ok: true, status: 'active' });
    expect(await tileOf('student1', (t) => t.connected && pushes.tiles.findIndex((p) => p.tile === t) >= away)).toMatchObject({ ackedSeq: weld.length });
    Object.assign(first, { socket: back, sessionId });
  });

  it('pushes critical errors as they happen', async () => {
    const { socket, sessionId } = await candidate('student2');
    const withArc = weldWithoutPpe.slice(0, 40);
    for (const batch of batches(withArc, 10)) expect((await emitAck(socket, 'session:events', { sessionId, events: batch })).ok).toBe(true);
    const tile = await tileOf('student2', (t) => t.ackedSeq === withArc.length);
    expect(tile.critical.map((c) => c.id).sort()).toEqual(['arc-without-gloves', 'arc-without-helmet']);
    // Raised by events; the unfinished seam (judged at the end) is in the live report only.
    expect(tile.critical).toEqual(scoreLog(weldingBeadRules, withArc).critical.filter((c) => c.id !== 'incomplete-seam'));
    expect(tile.live!.critical.map((c) => c.id)).toContain('incomplete-seam');
    expect(tile.live!.passed).toBe(false);
  });

  it('gives a watcher who comes later the same state in the ack', async () => {
    const late = await connectProctor(server.url, cast.token.assessor1);
    sockets.push(late);
    const answer = await proctorAck(late, 'proctor:watch', { examId: exam.id });
    const byLearner = new Map((answer.candidates as CandidateLive[]).map((t) => [t.learnerId, t]));
    for (const who of ['student1', 'student2'] as const) {
      const pushed = pushes.latest(cast.id[who])!;
      expect({ ...byLearner.get(cast.id[who]), elapsedMs: 0, remainingMs: 0 }).toEqual({ ...pushed, elapsedMs: 0, remainingMs: 0 });
    }
    expect(byLearner.get(cast.id.student3)!.status).toBe('not_started');
  });

  it('pushes a submitted attempt with its final report', async () => {
    const finished = await emitAck(first.socket!, 'session:finish', { sessionId: first.sessionId, lastSeq: weld.length });
    expect(finished.ok).toBe(true);
    const submitted = await tileOf('student1', (t) => t.status === 'submitted');
    expect(submitted).toMatchObject({ sessionId: first.sessionId, ackedSeq: weld.length, remainingMs: 0, live: finished.result });
    expect(submitted.critical).toEqual((finished.result as { critical: unknown[] }).critical);
  });

  it('pushes a stop made over REST, and an attempt that ran out of time', async () => {
    const response = await api.call('POST', `/api/exams/${exam.id}/candidates/${cast.id.student2}/stop`, cast.token.assessor1, { reason: 'phone on the desk' });
    expect(response.status).toBe(200);
    const { result } = (await response.json()) as { result: unknown };
    const stopped = await tileOf('student2', (t) => t.status === 'stopped');
    expect(stopped).toMatchObject({ remainingMs: 0, live: result });

    const { socket, sessionId } = await candidate('student3');
    expect((await emitAck(socket, 'session:events', { sessionId, events: weld.slice(0, 5) })).ok).toBe(true);
    clock.advance(timeLimitMs + 61 * second);
    const timedOut = await tileOf('student3', (t) => t.status === 'timed_out');
    expect(timedOut).toMatchObject({ sessionId, ackedSeq: 5, remainingMs: 0, elapsedMs: timeLimitMs, live: scoreLog(weldingBeadRules, weld.slice(0, 5)) });
  });
});

describe('the tile throttle', () => {
  let server: TestServer;
  let cast: Cast;
  const api = examApi(() => server.url);
  const sockets: (ProctorSocket | TrainingSocket)[] = [];
  beforeAll(async () => {
    server = await startTestServer({}, { socketRateLimit: { burst: 100_000, perSecond: 100_000 }, userBudgets: { messagesPerUser: { burst: 100_000, perSecond: 100_000 } } });
    cast = await signInAll(server.url);
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    await server?.dispose();
  });

  it('pushes at most two tiles a second per candidate over a burst of batches, and the last state arrives', async () => {
    const exam = await api.create(cast.token.assessor2, examRequest(cast, Date.now(), { candidateIds: [cast.id.student1, cast.id.student2] }));
    const watcher = await connectProctor(server.url, cast.token.assessor2);
    sockets.push(watcher);
    const pushes = recordPushes(watcher);
    expect((await proctorAck(watcher, 'proctor:watch', { examId: exam.id })).ok).toBe(true);
    const streams = await Promise.all(
      (['student1', 'student2'] as const).map(async (who) => {
        const socket = await connectTraining(server.url, cast.token[who]);
        sockets.push(socket);
        const started = await emitAck(socket, 'session:start', { sceneId: 'welding-bead', mode: 'exam', examId: exam.id });
        return { who, socket, sessionId: started.sessionId as string };
      }),
    );
    // A burst: one event a batch, each sent as soon as the last is acked (and the server's
    // session clock allows its t), for a few seconds.
    const burstStart = Date.now();
    const log = simulateWeld({ sampleRateHz: 60 }).filter((e) => e.t <= 7 * second);
    await Promise.all(
      streams.map(async ({ socket, sessionId }) => {
        for (const event of log) {
          // Session time runs on the server's clock: wait until the event's t has passed.
          const wait = event.t - 4 * second - (Date.now() - burstStart);
          if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
          expect((await emitAck(socket, 'session:events', { sessionId, events: [event] })).ok).toBe(true);
        }
      }),
    );
    const burstSeconds = (Date.now() - burstStart) / second;
    for (const { who } of streams) {
      await expect.poll(() => pushes.latest(cast.id[who])?.ackedSeq, { timeout: 5_000 }).toBe(log.length);
      const tiles = pushes.tiles.filter((p) => p.tile.learnerId === cast.id[who] && p.at >= burstStart);
      // The start and the socket pushes may fall in the same window as the first batches.
      expect(tiles.length).toBeGreaterThanOrEqual(2);
      expect(tiles.length).toBeLessThanOrEqual(Math.ceil(burstSeconds * 2) + 2);
      expect(log.length).toBeGreaterThan(tiles.length * 10);
      expect(burstSeconds).toBeGreaterThan(2);
    }
  });
});
