// Taking an exam over /training (docs/protocol.md §5): only a listed candidate, only while open,
// one attempt per candidate (a second start is the same attempt with the same deadline), the
// deadline capped by closesAt, no practice cues, exempt from the practice attempts budget; a
// submitted attempt is a result with mode exam on the profile and in the teacher's lists.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Exam } from '../../../scenes/protocol/exams';
import type { Page, SessionListItem } from '../../../scenes/protocol/review';
import { simulateWeld } from '../../../scenes/welding-bead/simulatedWelder';
import { manualClock, startTestServer, type TestServer } from '../../support/testServer';
import { connectTraining, emitAck, startPractice, type TrainingSocket } from '../../support/trainingClient';
import { examApi, examRequest, signInAll, type Cast } from './support';

const minute = 60_000;
const weld = simulateWeld({ sampleRateHz: 10, travelSpeedMmPerS: 8 });

describe('starting an exam attempt', () => {
  const clock = manualClock();
  let server: TestServer;
  let cast: Cast;
  const api = examApi(() => server.url);
  const sockets: TrainingSocket[] = [];
  const connect = async (token: string) => {
    const socket = await connectTraining(server.url, token);
    sockets.push(socket);
    return socket;
  };
  const startExam = (socket: TrainingSocket, exam: Exam, sceneId = 'welding-bead') => emitAck(socket, 'session:start', { sceneId, mode: 'exam', examId: exam.id });

  beforeAll(async () => {
    server = await startTestServer({}, { now: clock.now, socketRateLimit: { burst: 100_000, perSecond: 100_000 } });
    cast = await signInAll(server.url);
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    await server?.dispose();
  });

  it('refuses before the window opens and after it closes with conflict, and a stranger with forbidden', async () => {
    const later = await api.create(
      cast.token.assessor1,
      examRequest(cast, clock.now(), { opensAt: new Date(clock.now() + 60 * minute).toISOString(), closesAt: new Date(clock.now() + 120 * minute).toISOString() }),
    );
    expect(later.status).toBe('scheduled');
    const student1 = await connect(cast.token.student1);
    expect(await startExam(student1, later)).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/opens at/) } });
    const student3 = await connect(cast.token.student3);
    clock.advance(61 * minute);
    expect((await api.get(later.id, cast.token.assessor1)).status).toBe('open');
    expect(await startExam(student3, later)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const teacher = await connect(cast.token.teacher1);
    expect(await startExam(teacher, later)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    clock.advance(60 * minute);
    expect((await api.get(later.id, cast.token.assessor1)).status).toBe('closed');
    expect(await startExam(student1, later)).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/closed/) } });
    expect(await emitAck(student1, 'session:start', { sceneId: 'welding-bead', mode: 'exam', examId: 'no-such-exam' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await startExam(student1, later, 'pottery')).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('gives one attempt per candidate: a second start is the same session with the same deadline', async () => {
    const exam = await api.create(cast.token.assessor1, examRequest(cast, clock.now(), { timeLimitMs: 20 * minute }));
    const first = await connect(cast.token.student1);
    const started = await startExam(first, exam);
    expect(started).toMatchObject({ ok: true, sessionId: expect.any(String), timeLimitMs: 20 * minute });
    expect(Date.parse(started.deadlineAt as string) - Date.parse(started.startedAt as string)).toBe(20 * minute);
    clock.advance(3 * minute);
    const reload = await connect(cast.token.student1);
    const again = await startExam(reload, exam);
    expect(again).toMatchObject({ ok: true, sessionId: started.sessionId, deadlineAt: started.deadlineAt, timeLimitMs: 20 * minute, startedAt: started.startedAt });
    const resumed = await emitAck(reload, 'session:resume', { sessionId: started.sessionId });
    expect(resumed).toMatchObject({ ok: true, status: 'active', deadlineAt: started.deadlineAt, timeLimitMs: 20 * minute });
    const row = (await api.get(exam.id, cast.token.assessor1)).candidates.find((c) => c.learnerId === cast.id.student1);
    expect(row).toEqual({ learnerId: cast.id.student1, name: expect.any(String), sessionId: started.sessionId, status: 'in_progress', deadlineAt: started.deadlineAt });
  });

  it('caps the deadline at the window\'s close', async () => {
    const exam = await api.create(cast.token.assessor1, examRequest(cast, clock.now(), { closesAt: new Date(clock.now() + 5 * minute).toISOString(), timeLimitMs: 20 * minute }));
    const started = await startExam(await connect(cast.token.student2), exam);
    expect(started).toMatchObject({ ok: true, deadlineAt: exam.closesAt, timeLimitMs: 20 * minute });
  });

  it('sends no feedback in exam mode (practice gets it on the same path), and the submitted attempt is a result', async () => {
    const exam = await api.create(cast.token.assessor1, examRequest(cast, clock.now(), { candidateIds: [cast.id.student3] }));
    const socket = await connect(cast.token.student3);
    const feedback: unknown[] = [];
    socket.on('session:feedback', (f) => feedback.push(f));
    const practiceId = await startPractice(socket);
    const started = await startExam(socket, exam);
    expect(started.ok).toBe(true);
    const sessionId = started.sessionId as string;
    clock.advance(weld.at(-1)!.t + 1_000);
    // The server emits feedback before it acks the batch: by the ack, any cue has arrived.
    expect(await emitAck(socket, 'session:events', { sessionId, events: weld })).toEqual({ ok: true, ackedSeq: weld.length });
    expect(await emitAck(socket, 'session:events', { sessionId: practiceId, events: weld.slice(0, 20) })).toMatchObject({ ok: true });
    expect(feedback.map((f) => (f as { sessionId: string }).sessionId)).toEqual([practiceId]);

    const finished = await emitAck(socket, 'session:finish', { sessionId, lastSeq: weld.length });
    expect(finished).toMatchObject({ ok: true, result: { sceneId: 'welding-bead' } });
    expect((await api.get(exam.id, cast.token.assessor1)).candidates[0]).toMatchObject({ status: 'submitted', sessionId });
    // A reload after submitting gets the same (ended) attempt back, not a new one.
    expect(await startExam(socket, exam)).toMatchObject({ ok: true, sessionId });
    expect(await emitAck(socket, 'session:resume', { sessionId })).toMatchObject({ ok: true, status: 'finished', deadlineAt: expect.any(String) });

    const profile = (await (await api.call('GET', `/api/learners/${cast.id.student3}/profile`, cast.token.assessor1)).json()) as { results: { sessionId: string; mode: string }[] };
    expect(profile.results).toContainEqual(expect.objectContaining({ sessionId, mode: 'exam' }));
    const classes = (await (await api.call('GET', '/api/classes', cast.token.teacher1)).json()) as { id: string }[];
    const list = (await (await api.call('GET', `/api/classes/${classes[0]!.id}/sessions?mode=exam`, cast.token.teacher1)).json()) as Page<SessionListItem>;
    expect(list.items).toContainEqual(expect.objectContaining({ id: sessionId, mode: 'exam', status: 'finished' }));
  });

  it('does not count exam attempts against the practice budget of open attempts per scene', async () => {
    const exam = await api.create(cast.token.assessor2, examRequest(cast, clock.now(), { candidateIds: [cast.id.student2] }));
    const socket = await connect(cast.token.student2);
    // student2 holds an exam attempt from an earlier test; three practice attempts still fit.
    for (let i = 0; i < 3; i++) await startPractice(socket);
    expect(await emitAck(socket, 'session:start', { sceneId: 'welding-bead', mode: 'practice' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await startExam(socket, exam)).toMatchObject({ ok: true });
  });

  it('lets an assessor see only the candidates of their own exams', async () => {
    expect((await api.call('GET', `/api/learners/${cast.id.student3}/profile`, cast.token.assessor1)).status).toBe(200);
    expect((await api.call('GET', `/api/learners/${cast.id.student3}/profile`, cast.token.assessor3)).status).toBe(403);
  });
});
