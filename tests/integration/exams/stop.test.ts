// An exam's assessor stops a candidate's attempt (docs/protocol.md §5): it ends as stopped, scored
// from what it holds, every socket of the candidate hears session:ended {reason: 'stopped'}, it
// takes no more events, and the stop shows in the exam, the teacher's lists and the profile.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, SessionIntegrityResponse, SessionListItem } from '../../../scenes/protocol/review';
import { scoreLog } from '../../../scenes/rubric/scoreLog';
import { weldingBeadRules } from '../../../scenes/welding-bead';
import { simulateWeld } from '../../../scenes/welding-bead/simulatedWelder';
import { manualClock, startTestServer, type TestServer } from '../../support/testServer';
import { connectTraining, emitAck, type TrainingSocket } from '../../support/trainingClient';
import { examApi, examRequest, refusal, signInAll, type Cast } from './support';

const part = simulateWeld({ sampleRateHz: 10, travelSpeedMmPerS: 8 }).slice(0, 80);

describe('stopping a candidate', () => {
  const clock = manualClock();
  let server: TestServer;
  let cast: Cast;
  const api = examApi(() => server.url);
  const sockets: TrainingSocket[] = [];

  beforeAll(async () => {
    server = await startTestServer({}, { now: clock.now, socketRateLimit: { burst: 100_000, perSecond: 100_000 } });
    cast = await signInAll(server.url);
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    await server?.dispose();
  });

  it('ends the attempt as stopped and tells every socket of the candidate', async () => {
    const exam = await api.create(cast.token.assessor1, examRequest(cast, clock.now(), { assessorIds: [cast.id.assessor2] }));
    const headset = await connectTraining(server.url, cast.token.student1);
    const browser = await connectTraining(server.url, cast.token.student1);
    sockets.push(headset, browser);
    const started = await emitAck(headset, 'session:start', { sceneId: 'welding-bead', mode: 'exam', examId: exam.id });
    const sessionId = started.sessionId as string;
    clock.advance(part.at(-1)!.t + 1_000);
    expect(await emitAck(headset, 'session:events', { sessionId, events: part })).toEqual({ ok: true, ackedSeq: part.length });
    const heard = [headset, browser].map((s) => new Promise((resolve) => s.once('session:ended', resolve)));

    const path = `/api/exams/${exam.id}/candidates/${cast.id.student1}/stop`;
    // Only its assessors: a co-assessor may stop, others may not (tests/integration/exams/routes.test.ts has the rest).
    expect(await refusal(await api.call('POST', path, cast.token.assessor3, { reason: 'x' }))).toBe('404 not_found');
    expect(await refusal(await api.call('POST', path, cast.token.student1, { reason: 'x' }))).toBe('403 forbidden');
    const response = await api.call('POST', path, cast.token.assessor2, { reason: 'a second person in the room' });
    expect(response.status).toBe(200);
    const { result } = (await response.json()) as { result: unknown };
    expect(result).toEqual(scoreLog(weldingBeadRules, part));
    expect(await Promise.all(heard)).toEqual([
      { sessionId, reason: 'stopped' },
      { sessionId, reason: 'stopped' },
    ]);

    expect(await emitAck(headset, 'session:events', { sessionId, events: part.slice(0, 1).map((e) => ({ ...e, seq: part.length + 1 })) })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(await emitAck(browser, 'session:finish', { sessionId, lastSeq: part.length })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await refusal(await api.call('POST', path, cast.token.assessor1, { reason: 'again' }))).toBe('409 conflict');

    expect((await api.get(exam.id, cast.token.assessor1)).candidates.find((c) => c.learnerId === cast.id.student1)).toMatchObject({ status: 'stopped', sessionId });
    expect((await server.store.exams.getExam(exam.id))!.candidates.find((c) => c.learnerId === cast.id.student1)!.stop).toEqual({
      reason: 'a second person in the room',
      assessorId: cast.id.assessor2,
    });
    const classes = (await (await api.call('GET', '/api/classes', cast.token.teacher1)).json()) as { id: string }[];
    const list = (await (await api.call('GET', `/api/classes/${classes[0]!.id}/sessions?status=stopped`, cast.token.teacher1)).json()) as Page<SessionListItem>;
    expect(list.items.map((i) => [i.id, i.mode, i.status])).toEqual([[sessionId, 'exam', 'stopped']]);
    const profile = (await (await api.call('GET', `/api/learners/${cast.id.student1}/profile`, cast.token.assessor2)).json()) as { results: { sessionId: string; mode: string }[] };
    expect(profile.results).toContainEqual(expect.objectContaining({ sessionId, mode: 'exam' }));
    // A stopped attempt's log is sealed like a finished one's (docs/protocol.md §9).
    const integrity = (await (await api.call('GET', `/api/sessions/${sessionId}/integrity`, cast.token.assessor2)).json()) as SessionIntegrityResponse;
    expect(integrity).toMatchObject({ sessionId, valid: true, sealedHead: integrity.chainHead });
  });
});
