// Marks (docs/protocol.md §7, docs/api.md "Marking"): only the exam's assessors, each only their
// own marks, only after the attempt ended, only the standard's aspects; other judges' marks hidden
// until every judge has marked; every change kept; nothing after sign-off.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Exam } from '../../../scenes/protocol/exams';
import type { ExamResultRow, MarkHistoryResponse, MarkingResponse } from '../../../scenes/protocol/marking';
import { finishExamAttempt, passingWeld, putMarks, signOff } from '../../support/signOff';
import { manualClock, startTestServer, type TestServer } from '../../support/testServer';
import { connectTraining, emitAck } from '../../support/trainingClient';
import { examApi, examRequest, refusal, signInAll, type Cast } from './support';

describe('marking a candidate', () => {
  const clock = manualClock();
  let server: TestServer;
  let cast: Cast;
  let exam: Exam;
  const api = examApi(() => server.url);
  const marksPath = (learnerId: string) => `/api/exams/${exam.id}/candidates/${learnerId}/marks`;
  const marking = async (token: string, learnerId = cast.id.student1) => {
    const response = await api.call('GET', `/api/exams/${exam.id}/candidates/${learnerId}/marking`, token);
    expect(response.status).toBe(200);
    return ((await response.json()) as MarkingResponse).marking;
  };
  const history = async (token: string) => {
    const response = await api.call('GET', `${marksPath(cast.id.student1)}/history`, token);
    expect(response.status).toBe(200);
    return ((await response.json()) as MarkHistoryResponse).changes;
  };

  beforeAll(async () => {
    server = await startTestServer({}, { now: clock.now, socketRateLimit: { burst: 100_000, perSecond: 100_000 } });
    cast = await signInAll(server.url);
    // Two judges of three assessors; student1 submits, student2 is still working, student3 is not listed.
    exam = await api.create(cast.token.assessor1, examRequest(cast, clock.now(), { assessorIds: [cast.id.assessor2], judges: 2 }));
    await finishExamAttempt(server.url, cast.token.student1, exam.id, passingWeld(), clock.advance);
  });
  afterAll(async () => {
    await server?.dispose();
  });

  it('refuses marks before the attempt has ended, saying why', async () => {
    const before = await api.call('PUT', marksPath(cast.id.student2), cast.token.assessor1, { marks: { 'bead-appearance': 2 } });
    expect(before.status).toBe(409);
    expect(((await before.json()) as { error: { message: string } }).error.message).toMatch(/has not started/);
    const socket = await connectTraining(server.url, cast.token.student2);
    expect(await emitAck(socket, 'session:start', { sceneId: 'welding-bead', mode: 'exam', examId: exam.id })).toMatchObject({ ok: true });
    socket.close();
    const during = await api.call('PUT', marksPath(cast.id.student2), cast.token.assessor1, { marks: { 'bead-appearance': 2 } });
    expect(during.status).toBe(409);
    expect(((await during.json()) as { error: { message: string } }).error.message).toMatch(/has not ended yet \(in_progress\)/);
    expect(await refusal(await api.call('GET', `/api/exams/${exam.id}/candidates/${cast.id.student2}/marking`, cast.token.assessor1))).toBe('409 conflict');
  });

  it("lets only the exam's assessors mark: others, teachers, students and admins are refused", async () => {
    const body = { marks: { 'bead-appearance': 2 } };
    expect(await refusal(await api.call('PUT', marksPath(cast.id.student1), cast.token.assessor3, body))).toBe('404 not_found');
    expect(await refusal(await api.call('PUT', marksPath(cast.id.student1), cast.token.teacher1, body))).toBe('404 not_found');
    expect(await refusal(await api.call('PUT', marksPath(cast.id.student1), cast.token.student1, body))).toBe('403 forbidden');
    expect(await refusal(await api.call('PUT', marksPath(cast.id.student1), cast.token.admin1, body))).toBe('403 forbidden');
    expect(await refusal(await api.call('PUT', marksPath(cast.id.student3), cast.token.assessor1, body))).toBe('404 not_found');
    for (const token of [cast.token.assessor3, cast.token.teacher1]) {
      expect(await refusal(await api.call('GET', `/api/exams/${exam.id}/results`, token))).toBe('404 not_found');
      expect(await refusal(await api.call('GET', `${marksPath(cast.id.student1)}/history`, token))).toBe('404 not_found');
    }
    expect(await refusal(await api.call('GET', `/api/exams/${exam.id}/results`, cast.token.student1))).toBe('403 forbidden');
    expect(await refusal(await api.call('GET', `/api/exams/${exam.id}/candidates/${cast.id.student1}/marking`, cast.token.student1))).toBe('403 forbidden');
    expect(await server.store.marking.listMarks(exam.id, cast.id.student1)).toEqual([]);
  });

  it("takes only the standard's aspects, marks 0..3, and no one else's marks", async () => {
    const refused = async (body: unknown) => {
      const response = await api.call('PUT', marksPath(cast.id.student1), cast.token.assessor1, body);
      expect(response.status).toBe(400);
      return ((await response.json()) as { error: { code: string; message: string } }).error;
    };
    expect(await refused({ marks: { colour: 2 } })).toEqual({ code: 'invalid', message: expect.stringMatching(/^marks\.colour: no judgement aspect "colour" in welding-bead/) });
    expect((await refused({ marks: { 'bead-appearance': 4 } })).message).toBe('marks.bead-appearance: a mark must be 0, 1, 2 or 3');
    expect((await refused({ marks: { 'bead-appearance': 1.5 } })).message).toMatch(/^marks\.bead-appearance:/);
    expect((await refused({ marks: {} })).message).toMatch(/^marks: give at least one/);
    // A judge cannot write for another: the body names no assessor, and one that tries is refused.
    expect((await refused({ marks: { 'bead-appearance': 2 }, assessorId: cast.id.assessor2 })).code).toBe('invalid');
    expect(await server.store.marking.listMarks(exam.id, cast.id.student1)).toEqual([]);
  });

  it("shows a judge only their own marks until every judge has marked every aspect; an admin sees all", async () => {
    // One aspect at a time: assessor1 marks bead-appearance only.
    const first = (await putMarks(server.url, cast.token.assessor1, exam.id, cast.id.student1, { 'bead-appearance': 2 })).marking;
    expect(first).toMatchObject({ state: 'awaiting_marks', othersHidden: true });
    expect(first.aspects.map((a) => a.marks)).toEqual([[{ assessorId: cast.id.assessor1, mark: 2 }], []]);

    const second = (await putMarks(server.url, cast.token.assessor2, exam.id, cast.id.student1, { 'bead-appearance': 1, 'work-practice': 1 })).marking;
    expect(second.aspects.map((a) => a.marks)).toEqual([[{ assessorId: cast.id.assessor2, mark: 1 }], [{ assessorId: cast.id.assessor2, mark: 1 }]]);
    expect(second).toMatchObject({ state: 'awaiting_marks', othersHidden: true, judgementPoints: 6.67 });
    expect((await marking(cast.token.assessor1)).aspects[0]!.marks).toEqual([{ assessorId: cast.id.assessor1, mark: 2 }]);
    const rows = (await (await api.call('GET', `/api/exams/${exam.id}/results`, cast.token.assessor2)).json()) as ExamResultRow[];
    expect(rows.find((r) => r.learnerId === cast.id.student1)!.marking!.aspects[0]!.marks).toEqual([{ assessorId: cast.id.assessor2, mark: 1 }]);
    // The judge's history shows their own changes only, too.
    expect((await history(cast.token.assessor2)).map((c) => c.assessorId)).toEqual([cast.id.assessor2, cast.id.assessor2]);

    const admin = await marking(cast.token.admin1);
    expect(admin.othersHidden).toBeUndefined();
    expect(admin.aspects[0]!.marks).toHaveLength(2);

    // The last missing mark: from now on every judge sees every mark, mean and disagreement.
    const last = (await putMarks(server.url, cast.token.assessor1, exam.id, cast.id.student1, { 'work-practice': 0 })).marking;
    expect(last.othersHidden).toBeUndefined();
    expect(last.state).toBe('ready');
    expect(last.aspects.map((a) => [a.mean, a.disagreement, a.marks.length])).toEqual([
      [1.5, false, 2],
      [0.5, false, 2],
    ]);
    expect(await marking(cast.token.assessor2)).toEqual(last);
    // Each PUT changed only its judge's own marks.
    const stored = (await server.store.marking.listMarks(exam.id, cast.id.student1)).map((m) => `${m.assessorId === cast.id.assessor1 ? 'a1' : 'a2'} ${m.aspectId} ${m.mark}`);
    expect(stored.sort()).toEqual(['a1 bead-appearance 2', 'a1 work-practice 0', 'a2 bead-appearance 1', 'a2 work-practice 1']);
  });

  it('keeps every change of a mark: who, when, from, to and the note', async () => {
    clock.advance(60_000);
    await putMarks(server.url, cast.token.assessor1, exam.id, cast.id.student1, { 'bead-appearance': 3, 'work-practice': 0 }, 'ripples are even on a second look');
    const changes = await history(cast.token.assessor2);
    expect(changes.map(({ assessorName, aspectId, from, to }) => [assessorName, aspectId, from, to])).toEqual([
      ['Võ Thị Hạnh', 'bead-appearance', null, 2],
      [expect.any(String), 'bead-appearance', null, 1],
      [expect.any(String), 'work-practice', null, 1],
      ['Võ Thị Hạnh', 'work-practice', null, 0],
      // Unchanged marks (work-practice 0 again) are not a change.
      ['Võ Thị Hạnh', 'bead-appearance', 2, 3],
    ]);
    const change = changes.at(-1)!;
    expect(change).toMatchObject({ assessorId: cast.id.assessor1, note: 'ripples are even on a second look' });
    expect(Date.parse(change.at) - Date.parse(changes[0]!.at)).toBeGreaterThanOrEqual(60_000);
    expect(await history(cast.token.admin1)).toEqual(changes);
  });

  it('locks every mark after sign-off', async () => {
    // 3 against 1 is a disagreement: settled first.
    expect(await refusal(await api.call('POST', `/api/exams/${exam.id}/candidates/${cast.id.student1}/signoff`, cast.token.assessor1))).toBe('409 conflict');
    await putMarks(server.url, cast.token.assessor2, exam.id, cast.id.student1, { 'bead-appearance': 2 });
    await signOff(server.url, cast.token.assessor1, exam.id, cast.id.student1);
    const locked = await api.call('PUT', marksPath(cast.id.student1), cast.token.assessor2, { marks: { 'bead-appearance': 3 } });
    expect(locked.status).toBe(409);
    expect(((await locked.json()) as { error: { message: string } }).error.message).toMatch(/signed off/);
    expect(await refusal(await api.call('PUT', marksPath(cast.id.student1), cast.token.assessor1, { marks: { 'work-practice': 3 } }))).toBe('409 conflict');
    expect((await history(cast.token.admin1)).length).toBe(6);
    expect((await marking(cast.token.assessor2)).state).toBe('signed_off');
  });
});
