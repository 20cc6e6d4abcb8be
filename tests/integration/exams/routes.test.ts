// /api/exams against a real server (docs/protocol.md §5): who may create, list and read an exam,
// what a candidate sees (their own row only), the validation of a new exam, and that assessors of
// other exams, teachers and other students are refused at every call.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Exam } from '../../../scenes/protocol/exams';
import { hashPassword } from '../../../server/auth/passwords';
import { loginAs, startTestServer, type TestServer } from '../../support/testServer';
import { examApi, examRequest, refusal, signInAll, type Cast } from './support';

describe('exams over REST', () => {
  let server: TestServer;
  let cast: Cast;
  const api = examApi(() => server.url);
  /** assessor1's exam with assessor2 as co-assessor, for student1 and student2. */
  let exam: Exam;
  /** A student and an assessor of another institution. */
  const other = { studentId: '', assessorToken: '' };

  beforeAll(async () => {
    server = await startTestServer();
    cast = await signInAll(server.url);
    const passwordHash = await hashPassword('demo1234');
    await server.store.directory.importRoster({
      institutionName: 'Other college',
      classes: [{ code: 'X1', name: 'X' }],
      users: [
        { username: 'student9', name: 'Other Student', role: 'student', passwordHash, classes: [{ code: 'X1', role: 'student' }] },
        { username: 'assessor9', name: 'Other Assessor', role: 'assessor', passwordHash, classes: [] },
      ],
    });
    other.studentId = (await server.store.directory.findUserByUsername('student9'))!.id;
    other.assessorToken = await loginAs(server.url, 'assessor9');
    exam = await api.create(cast.token.assessor1, examRequest(cast, Date.now(), { assessorIds: [cast.id.assessor2], judges: 2 }));
  });
  afterAll(() => server?.dispose());

  it('creates an exam led by its creator, who is always among the assessors', () => {
    expect(exam).toMatchObject({
      sceneId: 'welding-bead',
      title: 'Hàn giáp mối — kiểm tra',
      timeLimitMs: 20 * 60_000,
      judges: 2,
      leadAssessorId: cast.id.assessor1,
      status: 'open',
    });
    expect(exam.assessorIds.sort()).toEqual([cast.id.assessor1, cast.id.assessor2].sort());
    expect(exam.candidates.map((c) => [c.learnerId, c.status]).sort()).toEqual(
      [
        [cast.id.student1, 'not_started'],
        [cast.id.student2, 'not_started'],
      ].sort(),
    );
    expect(exam.candidates.every((c) => c.name.length > 0 && c.sessionId === undefined && c.deadlineAt === undefined)).toBe(true);
  });

  it('lets an admin create one: the admin leads and assesses it', async () => {
    const byAdmin = await api.create(cast.token.admin1, examRequest(cast, Date.now(), { candidateIds: [cast.id.student3], assessorIds: [cast.id.assessor3] }));
    expect(byAdmin.leadAssessorId).toBe(cast.id.admin1);
    expect(byAdmin.assessorIds.sort()).toEqual([cast.id.admin1, cast.id.assessor3].sort());
  });

  it('lists an assessor their exams, an admin the institution\'s, a student theirs with their own row only', async () => {
    const list = async (token: string) => {
      const response = await api.call('GET', '/api/exams', token);
      expect(response.status).toBe(200);
      return (await response.json()) as Exam[];
    };
    expect((await list(cast.token.assessor1)).map((e) => e.id)).toEqual([exam.id]);
    expect((await list(cast.token.assessor2)).map((e) => e.id)).toEqual([exam.id]);
    expect((await list(cast.token.assessor3)).map((e) => e.id)).not.toContain(exam.id);
    expect((await list(cast.token.admin1)).map((e) => e.id)).toContain(exam.id);
    expect(await list(other.assessorToken)).toEqual([]);
    const mine = await list(cast.token.student1);
    expect(mine.map((e) => e.id)).toEqual([exam.id]);
    expect(mine[0]!.candidates.map((c) => c.learnerId)).toEqual([cast.id.student1]);
    expect((await list(cast.token.student3)).map((e) => e.id)).not.toContain(exam.id);
    expect(await refusal(await api.call('GET', '/api/exams', cast.token.teacher1))).toBe('403 forbidden');
  });

  it('shows an exam whole to its assessors and an admin, to a candidate with their own row, to nobody else', async () => {
    for (const who of ['assessor1', 'assessor2', 'admin1'] as const) {
      expect((await api.get(exam.id, cast.token[who])).candidates, who).toHaveLength(2);
    }
    const seen = await api.get(exam.id, cast.token.student2);
    expect(seen.candidates.map((c) => c.learnerId)).toEqual([cast.id.student2]);
    for (const token of [cast.token.assessor3, cast.token.teacher1, cast.token.student3, other.assessorToken]) {
      expect(await refusal(await api.call('GET', `/api/exams/${exam.id}`, token))).toBe('404 not_found');
    }
    expect(await refusal(await api.call('GET', '/api/exams/no-such-exam', cast.token.assessor1))).toBe('404 not_found');
    expect(await refusal(await api.call('GET', `/api/exams/${exam.id}`, 'not-a-token'))).toBe('401 unauthorized');
  });

  it('refuses a stop from anyone but the exam\'s assessors, and a stop with nothing to stop', async () => {
    const path = `/api/exams/${exam.id}/candidates/${cast.id.student1}/stop`;
    const body = { reason: 'phone on the desk' };
    for (const [who, expected] of [
      ['assessor3', '404 not_found'],
      ['teacher1', '404 not_found'],
      ['student3', '404 not_found'],
      ['student1', '403 forbidden'],
      ['admin1', '403 forbidden'],
    ] as const) {
      expect(await refusal(await api.call('POST', path, cast.token[who], body)), who).toBe(expected);
    }
    expect(await refusal(await api.call('POST', path, other.assessorToken, body))).toBe('404 not_found');
    expect(await refusal(await api.call('POST', path, cast.token.assessor2, body))).toBe('409 conflict');
    expect(await refusal(await api.call('POST', path, cast.token.assessor2, {}))).toBe('400 invalid');
    expect(await refusal(await api.call('POST', `/api/exams/${exam.id}/candidates/${cast.id.student3}/stop`, cast.token.assessor2, body))).toBe('404 not_found');
  });

  it('refuses creation by teachers and students', async () => {
    for (const who of ['teacher1', 'student1'] as const) {
      expect(await refusal(await api.call('POST', '/api/exams', cast.token[who], examRequest(cast, Date.now()))), who).toBe('403 forbidden');
    }
  });

  it('takes no disabled account as candidate or co-assessor', async () => {
    const institutionId = (await server.store.directory.findUserById(cast.id.student1))!.institutionId;
    const passwordHash = await hashPassword('demo1234');
    const left = await server.store.directory.createUser({ institutionId, username: 'student-left', name: 'Left Student', role: 'student', passwordHash });
    const gone = await server.store.directory.createUser({ institutionId, username: 'assessor-gone', name: 'Gone Assessor', role: 'assessor', passwordHash });
    await server.store.directory.setUserDisabled(left.id, true, Date.now());
    await server.store.directory.setUserDisabled(gone.id, true, Date.now());
    for (const [overrides, field] of [
      [{ candidateIds: [cast.id.student1, left.id] }, /candidateIds\[1\].*disabled/],
      [{ assessorIds: [gone.id] }, /assessorIds\[1\].*disabled/],
    ] as const) {
      const response = await api.call('POST', '/api/exams', cast.token.assessor1, { ...examRequest(cast, Date.now()), ...overrides });
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect([response.status, body.error.code]).toEqual([400, 'invalid']);
      expect(body.error.message).toMatch(field);
    }
  });

  it('validates a new exam, naming the field', async () => {
    const now = Date.now();
    const hour = 3_600_000;
    const cases: [string, Record<string, unknown>, RegExp][] = [
      ['a teacher as candidate', { candidateIds: [cast.id.teacher1] }, /candidateIds\[0\]/],
      ['an unknown candidate', { candidateIds: ['nobody'] }, /candidateIds\[0\]/],
      ['a student of another institution', { candidateIds: [cast.id.student1, other.studentId] }, /candidateIds\[1\]/],
      ['no candidates', { candidateIds: [] }, /candidate/],
      ['a candidate twice', { candidateIds: [cast.id.student1, cast.id.student1] }, /twice/],
      ['a student as assessor', { assessorIds: [cast.id.student3] }, /assessorIds\[1\]/],
      ['a teacher as assessor', { assessorIds: [cast.id.teacher1] }, /assessorIds/],
      ['opensAt after closesAt', { opensAt: new Date(now + 2 * hour).toISOString(), closesAt: new Date(now + hour).toISOString() }, /opensAt must be before closesAt/],
      ['a window in the past', { opensAt: new Date(now - 2 * hour).toISOString(), closesAt: new Date(now - hour).toISOString() }, /closesAt/],
      ['a date that is not ISO', { opensAt: 'tomorrow' }, /opensAt/],
      ['a time limit of 5 s', { timeLimitMs: 5_000 }, /timeLimitMs/],
      ['a time limit of 13 h', { timeLimitMs: 13 * hour }, /timeLimitMs/],
      ['a fractional time limit', { timeLimitMs: 60_000.5 }, /timeLimitMs/],
      ['no judges', { judges: 0 }, /judges/],
      ['four judges', { judges: 4 }, /judges/],
      ['more judges than assessors', { judges: 2 }, /judges/],
      ['an unknown scene', { sceneId: 'pottery' }, /sceneId/],
      ['no title', { title: '  ' }, /title/],
      ['an unknown field', { proctor: true }, /proctor|Unrecognized/i],
    ];
    for (const [what, overrides, message] of cases) {
      const response = await api.call('POST', '/api/exams', cast.token.assessor1, { ...examRequest(cast, now), ...overrides });
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect([response.status, body.error.code], what).toEqual([400, 'invalid']);
      expect(body.error.message, what).toMatch(message);
    }
    expect(await refusal(await api.call('POST', '/api/exams', cast.token.assessor1, 'not json'))).toBe('400 invalid');
  });
});
