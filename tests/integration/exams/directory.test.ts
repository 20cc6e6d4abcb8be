// The directory an assessor needs to schedule an exam (docs/api.md "Exams"): the institution's
// classes with their students (candidates) and its assessors (co-assessors). Assessors and admins
// read their own institution's; teachers keep their own classes and get no assessor list; students
// get neither; class reviews stay closed to assessors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClassListItem, PublicUser } from '../../../scenes/protocol/rest';
import { hashPassword } from '../../../server/auth/passwords';
import { loginAs, startTestServer, type TestServer } from '../../support/testServer';
import { refusal, signInAll, type Cast } from './support';

describe('the directory behind the create-exam form', () => {
  let server: TestServer;
  let cast: Cast;
  const other = { assessorToken: '', classId: '', assessorId: '' };
  const get = (path: string, token: string) => fetch(`${server.url}${path}`, { headers: { Authorization: `Bearer ${token}` } });
  const json = async <T>(path: string, token: string): Promise<T> => {
    const response = await get(path, token);
    expect(response.status, path).toBe(200);
    return (await response.json()) as T;
  };

  beforeAll(async () => {
    server = await startTestServer();
    const passwordHash = await hashPassword('demo1234');
    await server.store.directory.importRoster({
      institutionName: 'Other college',
      classes: [{ code: 'DIEN-K23', name: 'Điện K23' }],
      users: [
        { username: 'student9', name: 'Other Student', role: 'student', passwordHash, classes: [{ code: 'DIEN-K23', role: 'student' }] },
        { username: 'assessor9', name: 'Other Assessor', role: 'assessor', passwordHash, classes: [] },
      ],
    });
    cast = await signInAll(server.url);
    other.assessorToken = await loginAs(server.url, 'assessor9');
    other.classId = (await json<ClassListItem[]>('/api/classes', other.assessorToken))[0]!.id;
    other.assessorId = (await server.store.directory.findUserByUsername('assessor9'))!.id;
  });
  afterAll(() => server?.dispose());

  it("lists an assessor and an admin every class of their institution with its students", async () => {
    for (const who of ['assessor1', 'admin1'] as const) {
      const classes = await json<ClassListItem[]>('/api/classes', cast.token[who]);
      expect(classes.map((c) => c.code), who).toEqual(['HAN-K24']);
      const students = await json<PublicUser[]>(`/api/classes/${classes[0]!.id}/students`, cast.token[who]);
      expect(students.map((s) => s.id).sort(), who).toEqual([cast.id.student1, cast.id.student2, cast.id.student3].sort());
      expect(students.every((s) => s.role === 'student')).toBe(true);
      // Another institution's class is not theirs to read.
      expect(await refusal(await get(`/api/classes/${other.classId}/students`, cast.token[who])), who).toBe('404 not_found');
    }
    expect((await json<ClassListItem[]>('/api/classes', other.assessorToken)).map((c) => c.code)).toEqual(['DIEN-K23']);
  });

  it("lists an assessor and an admin their institution's enabled assessors by name, and no one else's", async () => {
    const expected = [
      { id: cast.id.assessor3, name: 'Bùi Thị Lan', role: 'assessor' },
      { id: cast.id.assessor2, name: 'Hồ Văn Khánh', role: 'assessor' },
      { id: cast.id.assessor1, name: 'Võ Thị Hạnh', role: 'assessor' },
    ];
    for (const who of ['assessor1', 'admin1'] as const) {
      const assessors = await json<PublicUser[]>('/api/institution/assessors', cast.token[who]);
      expect(assessors.map(({ id, name, role }) => ({ id, name, role })), who).toEqual(expected);
    }
    const theirs = await json<PublicUser[]>('/api/institution/assessors', other.assessorToken);
    expect(theirs.map((a) => a.id)).toEqual([other.assessorId]);

    // A disabled assessor cannot be picked (the server would still refuse to sign them in).
    const disable = await fetch(`${server.url}/api/users/${cast.id.assessor3}`, {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${cast.token.admin1}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ disabled: true }),
    });
    expect(disable.status).toBe(200);
    const after = await json<PublicUser[]>('/api/institution/assessors', cast.token.assessor1);
    expect(after.map((a) => a.id)).toEqual([cast.id.assessor2, cast.id.assessor1]);
  });

  it('refuses students and teachers the assessor list, students the classes, and assessors the class reviews', async () => {
    for (const who of ['student1', 'teacher1'] as const) {
      expect(await refusal(await get('/api/institution/assessors', cast.token[who])), who).toBe('403 forbidden');
    }
    expect(await refusal(await get('/api/classes', cast.token.student1))).toBe('403 forbidden');
    const classId = (await json<ClassListItem[]>('/api/classes', cast.token.teacher1))[0]!.id;
    expect(await refusal(await get(`/api/classes/${classId}/students`, cast.token.student1))).toBe('403 forbidden');
    for (const path of [`/api/classes/${classId}/sessions`, `/api/classes/${classId}/learners`, `/api/classes/${classId}/analytics?scene=welding-bead`]) {
      expect(await refusal(await get(path, cast.token.assessor1)), path).toBe('403 forbidden');
    }
    expect(await refusal(await fetch(`${server.url}/api/institution/assessors`))).toBe('401 unauthorized');
  });
});
