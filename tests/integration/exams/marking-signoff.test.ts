// Sign-off (docs/protocol.md §7): only the lead, refused with what is missing (attempt, marks,
// disagreements) until settled; judgement cannot clear a critical error; the results table; the
// learner's profile, progress and session list carry the signed-off result, and nothing before.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Exam } from '../../../scenes/protocol/exams';
import type { ExamOutcome, ExamResultRow } from '../../../scenes/protocol/marking';
import type { LearnerProgress, Page, SessionListItem } from '../../../scenes/protocol/review';
import { foldMarking } from '../../../scenes/rubric/marking';
import type { ScoreReport } from '../../../scenes/rubric/report';
import { weldingBeadJudgementAspects } from '../../../scenes/welding-bead';
import { simulateWeld } from '../../../scenes/welding-bead/simulatedWelder';
import { finishExamAttempt, passingWeld, putMarks, signOff } from '../../support/signOff';
import { manualClock, startTestServer, type TestServer } from '../../support/testServer';
import { examApi, examRequest, refusal, signInAll, type Cast } from './support';

describe('signing off exam results', () => {
  const clock = manualClock();
  let server: TestServer;
  let cast: Cast;
  let exam: Exam;
  const reports: Record<string, { sessionId: string; result: ScoreReport }> = {};
  const api = examApi(() => server.url);
  const signOffPath = (learnerId: string) => `/api/exams/${exam.id}/candidates/${learnerId}/signoff`;
  const conflictMessage = async (response: Response) => {
    expect(response.status).toBe(409);
    return ((await response.json()) as { error: { message: string } }).error.message;
  };
  const results = async (token: string) => (await (await api.call('GET', `/api/exams/${exam.id}/results`, token)).json()) as ExamResultRow[];
  const everyJudge = async (learnerId: string, marks: [number, number][]) => {
    for (const [i, judge] of (['assessor1', 'assessor2', 'assessor3'] as const).entries()) {
      await putMarks(server.url, cast.token[judge], exam.id, learnerId, { 'bead-appearance': marks[i]![0], 'work-practice': marks[i]![1] });
    }
  };

  beforeAll(async () => {
    server = await startTestServer({}, { now: clock.now, socketRateLimit: { burst: 100_000, perSecond: 100_000 } });
    cast = await signInAll(server.url);
    exam = await api.create(
      cast.token.assessor1,
      examRequest(cast, clock.now(), { assessorIds: [cast.id.assessor2, cast.id.assessor3], judges: 3, candidateIds: [cast.id.student1, cast.id.student2, cast.id.student3] }),
    );
    reports.student1 = await finishExamAttempt(server.url, cast.token.student1, exam.id, passingWeld(), clock.advance);
    // Half the seam: the critical error incomplete-seam, whatever the judges think.
    const half = simulateWeld({ sampleRateHz: 10 });
    reports.student2 = await finishExamAttempt(server.url, cast.token.student2, exam.id, half.slice(0, Math.floor(half.length / 2)), clock.advance);
  });
  afterAll(async () => {
    await server?.dispose();
  });

  it('is the lead assessor alone who signs off', async () => {
    expect(reports.student1!.result.critical).toEqual([]);
    expect(await refusal(await api.call('POST', signOffPath(cast.id.student1), cast.token.assessor2))).toBe('403 forbidden');
    expect(await refusal(await api.call('POST', signOffPath(cast.id.student1), cast.token.admin1))).toBe('403 forbidden');
    expect(await refusal(await api.call('POST', signOffPath(cast.id.student1), cast.token.student1))).toBe('403 forbidden');
    expect(await refusal(await api.call('POST', signOffPath(cast.id.student1), cast.token.teacher1))).toBe('404 not_found');
  });

  it('names what is missing: the attempt, then each aspect short of marks', async () => {
    expect(await conflictMessage(await api.call('POST', signOffPath(cast.id.student3), cast.token.assessor1))).toMatch(/the candidate has not started/);
    expect(await conflictMessage(await api.call('POST', signOffPath(cast.id.student1), cast.token.assessor1))).toBe(
      'cannot sign off yet: aspect bead-appearance lacks 3 marks; aspect work-practice lacks 3 marks',
    );
    await putMarks(server.url, cast.token.assessor2, exam.id, cast.id.student1, { 'bead-appearance': 2 });
    expect(await conflictMessage(await api.call('POST', signOffPath(cast.id.student1), cast.token.assessor1))).toBe(
      'cannot sign off yet: aspect bead-appearance lacks 2 marks; aspect work-practice lacks 3 marks',
    );
  });

  it('is blocked by a disagreement, and unblocked once a judge settles it', async () => {
    await everyJudge(cast.id.student1, [
      [2, 2],
      [0, 2],
      [2, 3],
    ]);
    expect((await results(cast.token.assessor1)).find((r) => r.learnerId === cast.id.student1)!.marking).toMatchObject({ state: 'disagreement' });
    expect(await conflictMessage(await api.call('POST', signOffPath(cast.id.student1), cast.token.assessor1))).toBe(
      'cannot sign off yet: aspect bead-appearance is in disagreement (marks 0, 2, 2)',
    );
    await putMarks(server.url, cast.token.assessor2, exam.id, cast.id.student1, { 'bead-appearance': 1 });
    const row = (await results(cast.token.assessor1)).find((r) => r.learnerId === cast.id.student1)!;
    expect(row.marking).toMatchObject({ state: 'ready' });
    expect(row.final).toBeUndefined();

    const answer = await signOff(server.url, cast.token.assessor1, exam.id, cast.id.student1);
    const expected = foldMarking({
      report: reports.student1!.result,
      aspects: weldingBeadJudgementAspects,
      judges: 3,
      passMark: 70,
      marks: [
        ['assessor1', 2, 2],
        ['assessor2', 1, 2],
        ['assessor3', 2, 3],
      ].flatMap(([assessorId, a, b]) => [
        { assessorId: String(assessorId), aspectId: 'bead-appearance', mark: Number(a) },
        { assessorId: String(assessorId), aspectId: 'work-practice', mark: Number(b) },
      ]),
    });
    // A pass: the server's own certificate service issued one (marking-certificates.test.ts verifies it).
    expect(answer).toEqual({ final: expected.final, passed: expected.passed, signedOffAt: expect.any(String), certificateId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(await conflictMessage(await api.call('POST', signOffPath(cast.id.student1), cast.token.assessor1))).toMatch(/^this result was signed off already/);

    const signed = (await results(cast.token.assessor3)).find((r) => r.learnerId === cast.id.student1)!;
    expect(signed).toMatchObject({ status: 'submitted', sessionId: reports.student1!.sessionId, final: answer.final, passed: answer.passed, signedOffAt: answer.signedOffAt });
    expect(signed.marking).toMatchObject({ state: 'signed_off', final: answer.final });
    expect(signed.report).toEqual(reports.student1!.result);
  });

  it('never lets judgement clear a critical error', async () => {
    const { result } = reports.student2!;
    expect(result.critical.map((c) => c.id)).toContain('incomplete-seam');
    await everyJudge(cast.id.student2, [
      [3, 3],
      [3, 3],
      [3, 3],
    ]);
    const answer = await signOff(server.url, cast.token.assessor1, exam.id, cast.id.student2);
    expect(answer.final).toBe(Math.round(result.total * 8 + 200) / 10);
    expect(answer.passed).toBe(false);
  });

  it('lists every candidate in the results table, for its assessors and an admin', async () => {
    const rows = await results(cast.token.admin1);
    // By name, as the exam lists them.
    expect(rows.map((r) => [r.learnerId, r.status, r.marking?.state ?? null, r.passed ?? null])).toEqual([
      [cast.id.student3, 'not_started', null, null],
      [cast.id.student1, 'submitted', 'signed_off', true],
      [cast.id.student2, 'submitted', 'signed_off', false],
    ]);
    expect(rows[0]).toEqual({ learnerId: cast.id.student3, name: 'Lê Hoàng Cường', status: 'not_started' });
    expect(await results(cast.token.assessor3)).toEqual(rows);
  });

  it("carries the signed-off result to the learner's profile, progress and session list, and nothing before", async () => {
    const other = await api.create(cast.token.assessor1, examRequest(cast, clock.now(), { candidateIds: [cast.id.student1] }));
    const unsigned = await finishExamAttempt(server.url, cast.token.student1, other.id, passingWeld(), clock.advance);
    const profile = (await (await api.call('GET', `/api/learners/${cast.id.student1}/profile`, cast.token.student1)).json()) as {
      results: { sessionId: string; mode: string; exam?: ExamOutcome }[];
    };
    const signedRow = (await results(cast.token.assessor1)).find((r) => r.learnerId === cast.id.student1)!;
    const outcome: ExamOutcome = { examId: exam.id, examTitle: exam.title, final: signedRow.final!, passed: signedRow.passed!, signedOffAt: signedRow.signedOffAt!, certificateId: signedRow.certificateId! };
    expect(profile.results.find((r) => r.sessionId === reports.student1!.sessionId)!.exam).toEqual(outcome);
    expect(profile.results.find((r) => r.sessionId === unsigned.sessionId)).not.toHaveProperty('exam');

    const progress = (await (await api.call('GET', `/api/learners/${cast.id.student1}/progress`, cast.token.student1)).json()) as LearnerProgress;
    const trend = progress.scenes.find((s) => s.sceneId === 'welding-bead')!.trend;
    expect(trend.find((t) => t.sessionId === reports.student1!.sessionId)!.exam).toEqual(outcome);
    expect(trend.find((t) => t.sessionId === unsigned.sessionId)).not.toHaveProperty('exam');

    const list = (await (await api.call('GET', `/api/learners/${cast.id.student1}/sessions?mode=exam`, cast.token.teacher1)).json()) as Page<SessionListItem>;
    expect(list.items.find((i) => i.id === reports.student1!.sessionId)!.exam).toEqual(outcome);
    expect(list.items.find((i) => i.id === unsigned.sessionId)).not.toHaveProperty('exam');
  });
});
