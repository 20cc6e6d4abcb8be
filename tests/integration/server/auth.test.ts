// REST sign-in and bearer checks against a real server on an ephemeral port.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, loginAs, type TestServer } from '../../support/testServer';

describe('auth over REST', () => {
  let server: TestServer;
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${server.url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.dispose());

  it('answers health without a token', async () => {
    const response = await fetch(`${server.url}/api/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });

  it('signs a demo student in with a token and the public user', async () => {
    const response = await post('/api/auth/login', { username: 'student1', password: 'demo1234' });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { token: string; user: Record<string, unknown> };
    expect(body.token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(body.user).toEqual({ id: expect.any(String), name: 'Nguyễn Văn An', role: 'student', institutionId: expect.any(String) });
    expect(body.user).not.toHaveProperty('passwordHash');
  });

  it('signs every demo account in with its role', async () => {
    for (const [username, role] of [['teacher1', 'teacher'], ['assessor1', 'assessor'], ['admin1', 'admin'], ['student3', 'student']]) {
      const body = (await (await post('/api/auth/login', { username, password: 'demo1234' })).json()) as { user: { role: string } };
      expect(body.user.role).toBe(role);
    }
  });

  it('refuses a wrong password with 401 and a code', async () => {
    const response = await post('/api/auth/login', { username: 'student1', password: 'nope' });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: { code: 'unauthorized', message: 'wrong username or password' } });
  });

  it('refuses an unknown user exactly as a wrong password (no username probing)', async () => {
    const response = await post('/api/auth/login', { username: 'nobody', password: 'demo1234' });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: { code: 'unauthorized', message: 'wrong username or password' } });
  });

  it('refuses invalid input with 400 invalid', async () => {
    for (const body of [{}, { username: 'student1' }, { username: '', password: 'x' }, { username: 5, password: 'x' }]) {
      const response = await post('/api/auth/login', body);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('invalid');
    }
    const malformed = await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"username":' });
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toEqual({ error: { code: 'invalid', message: 'request body is not valid JSON' } });
  });

  it('refuses an oversized body with 413 too_large', async () => {
    const response = await post('/api/auth/login', { username: 'student1', password: 'x'.repeat(2 * 1024 * 1024) });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('too_large');
  });

  it('requires a bearer token on the API', async () => {
    for (const headers of [{}, { Authorization: 'Bearer nonsense' }, { Authorization: 'Basic c3R1ZGVudDE6ZGVtbzEyMzQ=' }] as Record<string, string>[]) {
      const response = await fetch(`${server.url}/api/scenes`, { headers });
      expect(response.status).toBe(401);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('unauthorized');
    }
  });

  it('answers /api/auth/me and the catalogue with a valid token', async () => {
    const token = await loginAs(server.url, 'student2');
    const me = await fetch(`${server.url}/api/auth/me`, { headers: { Authorization: `Bearer ${token}` } });
    expect(((await me.json()) as { user: { name: string } }).user.name).toBe('Trần Thị Bích');
    const scenes = await fetch(`${server.url}/api/scenes`, { headers: { Authorization: `Bearer ${token}` } });
    expect(scenes.status).toBe(200);
    const catalogue = (await scenes.json()) as { id: string; rubricVersion: string; title: { vi: string; en: string }; criteria: { id: string; weight: number }[] }[];
    const welding = catalogue.find((s) => s.id === 'welding-bead')!;
    expect(welding.rubricVersion).toBe('1');
    expect(welding.title.vi).not.toBe('');
    expect(welding.criteria.map((c) => c.id)).toEqual(['work-angle', 'travel-angle', 'ctwd', 'travel-speed', 'aim', 'coverage']);
    expect(welding.criteria.reduce((sum, c) => sum + c.weight, 0)).toBe(100);
    // The judgement aspects an assessor marks (docs/scenes/welding-bead.md), with their descriptors.
    const aspects = (welding as unknown as { judgementAspects: { id: string; max: number; descriptor: { vi: string; en: string } }[] }).judgementAspects;
    expect(aspects.map((a) => [a.id, a.max])).toEqual([
      ['bead-appearance', 10],
      ['work-practice', 10],
    ]);
    expect(aspects[0]!.descriptor.vi).toMatch(/^Mối hàn đều/);
  });

  it('answers an unknown API path with a JSON 404', async () => {
    const token = await loginAs(server.url, 'student1');
    const response = await fetch(`${server.url}/api/nothing-here`, { headers: { Authorization: `Bearer ${token}` } });
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('not_found');
  });

  it('slows repeated wrong passwords for one username with a growing delay (429 rate_limited, Retry-After), not a lockout', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await post('/api/auth/login', { username: 'student3', password: `guess-${i}` })).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    const limited = await post('/api/auth/login', { username: 'Student3 ', password: 'demo1234' });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1');
    expect(((await limited.json()) as { error: { code: string } }).error.code).toBe('rate_limited');
    // Other accounts from the same address are not slowed; student3 itself is let in after the delay
    // (tests/integration/server/login-flood.test.ts follows the schedule further).
    expect((await post('/api/auth/login', { username: 'student1', password: 'demo1234' })).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect((await post('/api/auth/login', { username: 'student3', password: 'demo1234' })).status).toBe(200);
  });
});
