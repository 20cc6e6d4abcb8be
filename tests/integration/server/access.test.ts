// Role guards on the directory endpoints: who sees which classes and institution figures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, loginAs, type TestServer } from '../../support/testServer';
import { hashPassword } from '../../../server/auth/passwords';

describe('directory access by role', () => {
  let server: TestServer;
  const get = async (path: string, token: string) => fetch(`${server.url}${path}`, { headers: { Authorization: `Bearer ${token}` } });

  beforeAll(async () => {
    server = await startTestServer();
    // A second institution with its own teacher and class, to prove isolation.
    await server.store.directory.importRoster({
      institutionName: 'Other college',
      classes: [{ code: 'DIEN-K23', name: 'Điện K23' }],
      users: [
        { username: 'teacher9', name: 'Other teacher', role: 'teacher', passwordHash: await hashPassword('demo1234'), classes: [{ code: 'DIEN-K23', role: 'teacher' }] },
      ],
    });
  });
  afterAll(() => server.dispose());

  it('lists a teacher only their own classes, with learners', async () => {
    const token = await loginAs(server.url, 'teacher1');
    const classes = (await (await get('/api/classes', token)).json()) as { id: string; code: string; studentCount: number }[];
    expect(classes.map((c) => c.code)).toEqual(['HAN-K24']);
    expect(classes[0]!.studentCount).toBe(3);
    const students = (await (await get(`/api/classes/${classes[0]!.id}/students`, token)).json()) as { name: string; role: string }[];
    expect(students.map((s) => s.role)).toEqual(['student', 'student', 'student']);

    const other = await loginAs(server.url, 'teacher9');
    const refused = await get(`/api/classes/${classes[0]!.id}/students`, other);
    expect(refused.status).toBe(404);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('not_found');
  });

  it('shows an admin their institution only', async () => {
    const token = await loginAs(server.url, 'admin1');
    const overview = (await (await get('/api/institution', token)).json()) as { usersByRole: Record<string, number>; classCount: number };
    expect(overview.usersByRole).toEqual({ student: 3, teacher: 1, assessor: 3, admin: 1 });
    expect(overview.classCount).toBe(1);
    const classes = (await (await get('/api/classes', token)).json()) as { code: string }[];
    expect(classes.map((c) => c.code)).toEqual(['HAN-K24']);
  });

  it('refuses students the directory and assessors the overview with 403 forbidden', async () => {
    // Assessors may list classes to pick exam candidates (tests/integration/exams/directory.test.ts).
    const refused = { student1: ['/api/classes', '/api/institution'], assessor1: ['/api/institution'] };
    for (const [username, paths] of Object.entries(refused)) {
      const token = await loginAs(server.url, username);
      for (const path of paths) {
        const response = await get(path, token);
        expect(response.status, `${username} ${path}`).toBe(403);
        expect(((await response.json()) as { error: { code: string } }).error.code).toBe('forbidden');
      }
    }
  });
});
