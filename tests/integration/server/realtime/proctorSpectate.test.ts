// Spectating one attempt over /proctor (docs/protocol.md §6): the ack holds the committed log so
// far, then every committed batch is pushed as `proctor:events`; together they are the log exactly,
// in seq order, with no gap and no duplicate, whenever the spectator joins while the candidate
// streams. proctor:unspectate stops the pushes.
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import type { Exam } from '../../../../scenes/protocol/exams';
import type { AttemptEvent } from '../../../../scenes/rubric/events';
import { simulateWeld } from '../../../../scenes/welding-bead/simulatedWelder';
import { manualClock, startTestServer, type TestServer } from '../../../support/testServer';
import { connectProctor, proctorAck, recordPushes, type ProctorSocket, type Pushes } from '../../../support/proctorClient';
import { batches, connectTraining, emitAck, type TrainingSocket } from '../../../support/trainingClient';
import { examApi, examRequest, signInAll, type Cast } from '../../exams/support';

/** About 26 s of welding at 30 samples a second: 700-odd events. */
const weld = simulateWeld({ sampleRateHz: 30, travelSpeedMmPerS: 8 });

describe('spectating an attempt', () => {
  const clock = manualClock();
  let server: TestServer;
  let cast: Cast;
  const api = examApi(() => server.url);
  let exam: Exam;
  const sockets: (ProctorSocket | TrainingSocket)[] = [];

  beforeAll(async () => {
    server = await startTestServer({}, { now: clock.now, socketRateLimit: { burst: 100_000, perSecond: 100_000 }, userBudgets: { messagesPerUser: { burst: 100_000, perSecond: 100_000 } } });
    cast = await signInAll(server.url);
    exam = await api.create(cast.token.assessor1, examRequest(cast, clock.now(), { assessorIds: [cast.id.assessor2] }));
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    await server?.dispose();
  });

  it('gives each spectator the log so far, then every batch: together the whole log, no gap, no duplicate', async () => {
    const candidate = await connectTraining(server.url, cast.token.student1);
    sockets.push(candidate);
    const started = await emitAck(candidate, 'session:start', { sceneId: 'welding-bead', mode: 'exam', examId: exam.id });
    const sessionId = started.sessionId as string;
    clock.advance(weld.at(-1)!.t + 1_000);
    const spectators = await Promise.all([cast.token.assessor1, cast.token.assessor2, cast.token.admin1, cast.token.assessor1].map((t) => connectProctor(server.url, t)));
    sockets.push(...spectators);
    const pushes = spectators.map(recordPushes);

    // SQLite answers within the turn, so no batch could commit while the log is read; a store
    // that takes real time (a database over the network) lets them in, as here.
    const attempts = server.store.attempts;
    const readEventRuns = attempts.readEventRuns.bind(attempts);
    attempts.readEventRuns = async (...args) => {
      await new Promise((resolve) => setTimeout(resolve, 3));
      return readEventRuns(...args);
    };
    onTestFinished(() => void (attempts.readEventRuns = readEventRuns));
    // The candidate streams small batches every few ms without waiting for acks (as an outbox
    // does); the spectators join at different points of the stream, while batches are in flight.
    const outgoing = batches(weld, 3);
    const joinAt = [0, 40, 120, 200];
    const acks: Promise<unknown>[] = [];
    const joined: Promise<{ ok: boolean; events?: unknown }>[] = [];
    for (const [i, batch] of outgoing.entries()) {
      const k = joinAt.indexOf(i);
      if (k >= 0) joined[k] = proctorAck(spectators[k]!, 'proctor:spectate', { sessionId });
      acks.push(emitAck(candidate, 'session:events', { sessionId, events: batch }));
      await new Promise((resolve) => setTimeout(resolve, 8));
    }
    expect((await Promise.all(acks)).filter((a) => !(a as { ok: boolean }).ok)).toEqual([]);
    const answers = await Promise.all(joined);
    for (const [k, answer] of answers.entries()) {
      expect(answer.ok).toBe(true);
      await expect.poll(() => seenUpTo(answer.events as AttemptEvent[], pushes[k]!), { timeout: 5_000 }).toBe(weld.length);
      const seen = [...(answer.events as AttemptEvent[]), ...pushes[k]!.batches.flatMap((p) => p.batch.events)];
      expect(seen.map((e) => e.seq)).toEqual(weld.map((e) => e.seq));
      expect(seen).toEqual(weld);
      expect(pushes[k]!.batches.every((p) => p.batch.sessionId === sessionId)).toBe(true);
    }
    // The later ones joined mid-stream: their acks held part of the log, the pushes the rest.
    for (const k of [1, 2, 3]) {
      expect((answers[k]!.events as AttemptEvent[]).length).toBeGreaterThan(0);
      expect(pushes[k]!.batches.length).toBeGreaterThan(0);
    }
  });

  it('stops pushing to a spectator after proctor:unspectate; a finished attempt spectated is its whole log', async () => {
    const candidate = await connectTraining(server.url, cast.token.student2);
    sockets.push(candidate);
    const started = await emitAck(candidate, 'session:start', { sceneId: 'welding-bead', mode: 'exam', examId: exam.id });
    const sessionId = started.sessionId as string;
    clock.advance(weld.at(-1)!.t + 1_000);
    const spectator = await connectProctor(server.url, cast.token.assessor1);
    sockets.push(spectator);
    const pushes = recordPushes(spectator);
    expect(await proctorAck(spectator, 'proctor:spectate', { sessionId })).toEqual({ ok: true, events: [] });
    const [first, ...rest] = batches(weld, 50);
    expect((await emitAck(candidate, 'session:events', { sessionId, events: first })).ok).toBe(true);
    await expect.poll(() => pushes.batches.length).toBe(1);
    expect(await proctorAck(spectator, 'proctor:unspectate', { sessionId })).toEqual({ ok: true });
    const after = pushes.batches.length;
    for (const batch of rest) expect((await emitAck(candidate, 'session:events', { sessionId, events: batch })).ok).toBe(true);
    expect(await emitAck(candidate, 'session:finish', { sessionId, lastSeq: weld.length })).toMatchObject({ ok: true });
    // A round trip on the same socket: anything pushed before it would have arrived first.
    expect(await proctorAck(spectator, 'proctor:spectate', { sessionId })).toEqual({ ok: true, events: weld });
    expect(pushes.batches.length).toBe(after);
  });
});

/** The last seq a spectator has seen, if what it saw is contiguous from 1. */
function seenUpTo(acked: readonly AttemptEvent[], pushes: Pushes): number {
  const seen = [...acked, ...pushes.batches.flatMap((p) => p.batch.events)];
  return seen.every((e, i) => e.seq === i + 1) ? seen.length : -1;
}
