// Finding 5 of issue 10 over REST: a token speaks only for a live sign-in of an enabled user, with
// the role the database holds now. A demoted admin, a disabled user and a signed-out token are
// refused on the very next request; refresh tokens die with their sign-in.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SignJWT, decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../../server/auth/passwords';
import { signInAs, startTestServer, type TestServer } from '../../support/testServer';

describe('revocable sign-ins over REST', () => {
  let server: TestServer;
  let db: Database.Database;
  let institutionId: string;
  const call = (method: string, path: string, token?: string, body?: unknown) =>
    fetch(`${server.url}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const status = async (method: string, path: string, token?: string, body?: unknown) => (await call(method, path, token, body)).status;

  /** A second admin of the demo institution, so one admin can change another. */
  async function createUser(username: string, role: 'admin' | 'student') {
    return server.store.directory.createUser({ institutionId, username, name: username, role, passwordHash: await hashPassword('demo1234') });
  }

  beforeAll(async () => {
    server = await startTestServer();
    institutionId = (await signInAs(server.url, 'admin1')).user.institutionId;
    // A second connection to the same file, as an operator with sqlite3 would have: no notifier.
    db = new Database(join(server.dataDir, 'vocaxr.db'));
  });
  afterAll(async () => {
    db.close();
    await server.dispose();
  });

  it('signs in with an access token, a refresh token and the access token expiry', async () => {
    const before = Date.now();
    const body = await signInAs(server.url, 'student1');
    expect(body.token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(body.refreshToken.length).toBeGreaterThanOrEqual(43); // 256 bits, base64url
    const expiresAtMs = Date.parse(body.expiresAt);
    expect(expiresAtMs).toBeGreaterThanOrEqual(before + 15 * 60_000);
    expect(expiresAtMs).toBeLessThanOrEqual(Date.now() + 15 * 60_000 + 1_000);
    expect(body.user.role).toBe('student');
  });

  it('refuses a demoted admin at once (PATCH by another admin)', async () => {
    await createUser('admin2', 'admin');
    const victim = await signInAs(server.url, 'admin2');
    expect(await status('GET', '/api/institution', victim.token)).toBe(200);
    const changer = (await signInAs(server.url, 'admin1')).token;
    const response = await call('PATCH', `/api/users/${victim.user.id}`, changer, { role: 'student' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ user: { ...victim.user, role: 'student', disabled: false } });
    expect(await status('GET', '/api/institution', victim.token)).toBe(403);
    expect(await status('GET', '/api/classes', victim.token)).toBe(403);
    expect(await status('PATCH', '/api/users/' + victim.user.id, victim.token, { role: 'admin' })).toBe(403);
    // Refresh hands out tokens of the role the database holds, not the one at sign-in.
    const refreshed = (await (await call('POST', '/api/auth/refresh', undefined, { refreshToken: victim.refreshToken })).json()) as { user: { role: string } };
    expect(refreshed.user.role).toBe('student');
  });

  it('refuses a demoted admin at once (role changed in the database directly)', async () => {
    await createUser('admin3', 'admin');
    const victim = await signInAs(server.url, 'admin3');
    expect(await status('GET', '/api/institution', victim.token)).toBe(200);
    db.prepare("UPDATE users SET role = 'student' WHERE username = 'admin3'").run();
    expect(await status('GET', '/api/institution', victim.token)).toBe(403);
    expect(((await (await call('GET', '/api/auth/me', victim.token)).json()) as { user: { role: string } }).user.role).toBe('student');
  });

  it('refuses a disabled user on every route, and their refresh token and password', async () => {
    const learner = await createUser('learner-disabled', 'student');
    const victim = await signInAs(server.url, 'learner-disabled');
    const admin = (await signInAs(server.url, 'admin1')).token;
    expect(await status('GET', '/api/auth/me', victim.token)).toBe(200);
    const response = await call('PATCH', `/api/users/${learner.id}`, admin, { disabled: true });
    expect(((await response.json()) as { user: { disabled: boolean } }).user.disabled).toBe(true);
    for (const path of [
      '/api/auth/me',
      '/api/scenes',
      `/api/learners/${learner.id}/profile`,
      `/api/learners/${learner.id}/sessions`,
      `/api/learners/${learner.id}/progress`,
      '/api/sessions/any',
      '/api/classes',
    ]) {
      expect([path, await status('GET', path, victim.token)]).toEqual([path, 401]);
    }
    expect(await status('PUT', '/api/sessions/any/comment', victim.token, { text: 'x' })).toBe(401);
    expect(await status('POST', '/api/auth/refresh', undefined, { refreshToken: victim.refreshToken })).toBe(401);
    expect(await status('POST', '/api/auth/login', undefined, { username: 'learner-disabled', password: 'demo1234' })).toBe(401);
    // Re-enabled, the user signs in again; the tokens from before stay dead.
    await call('PATCH', `/api/users/${learner.id}`, admin, { disabled: false });
    expect(await status('GET', '/api/auth/me', victim.token)).toBe(401);
    expect(await status('GET', '/api/auth/me', (await signInAs(server.url, 'learner-disabled')).token)).toBe(200);
  });

  it('refuses a user disabled in the database directly', async () => {
    await createUser('learner-db', 'student');
    const victim = await signInAs(server.url, 'learner-db');
    db.prepare("UPDATE users SET disabled_at = '2026-01-01T00:00:00Z' WHERE username = 'learner-db'").run();
    expect(await status('GET', '/api/scenes', victim.token)).toBe(401);
  });

  it('signs out: the access and refresh tokens of that sign-in stop working, others do not', async () => {
    const first = await signInAs(server.url, 'student2');
    const second = await signInAs(server.url, 'student2');
    expect(await status('POST', '/api/auth/logout', first.token)).toBe(204);
    expect(await status('GET', '/api/auth/me', first.token)).toBe(401);
    expect(await status('POST', '/api/auth/refresh', undefined, { refreshToken: first.refreshToken })).toBe(401);
    expect(await status('POST', '/api/auth/logout', first.token)).toBe(401);
    expect(await status('GET', '/api/auth/me', second.token)).toBe(200);
    // Without a usable access token, the refresh token signs out its sign-in.
    expect(await status('POST', '/api/auth/logout', 'expired.or.garbage', { refreshToken: second.refreshToken })).toBe(204);
    expect(await status('GET', '/api/auth/me', second.token)).toBe(401);
    expect(await status('POST', '/api/auth/logout', undefined, { refreshToken: second.refreshToken })).toBe(401);
  });

  it('refreshes a live sign-in with a new access token and the user from the database', async () => {
    const signedIn = await signInAs(server.url, 'student3');
    const response = await call('POST', '/api/auth/refresh', undefined, { refreshToken: signedIn.refreshToken });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { token: string; expiresAt: string; user: unknown };
    expect(body.user).toEqual(signedIn.user);
    expect(decodeJwt(body.token).sid).toBe(decodeJwt(signedIn.token).sid);
    expect(await status('GET', '/api/auth/me', body.token)).toBe(200);
    expect(await status('POST', '/api/auth/refresh', undefined, { refreshToken: 'x'.repeat(43) })).toBe(401);
    expect(await status('POST', '/api/auth/refresh', undefined, {})).toBe(400);
  });

  it('refuses a token lacking exp, iat, sub or sid, signed with the server secret', async () => {
    const { sub, sid } = decodeJwt((await signInAs(server.url, 'student1')).token);
    const key = new TextEncoder().encode(readFileSync(join(server.dataDir, 'token-secret'), 'utf8').trim());
    const now = Math.floor(Date.now() / 1000);
    const sign = (claims: Record<string, unknown>) => new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).sign(key);
    const complete = { iss: 'vocaxr', aud: 'vocaxr-api', sub, sid, iat: now, exp: now + 600 };
    expect(await status('GET', '/api/auth/me', await sign(complete))).toBe(200);
    for (const claim of ['exp', 'iat', 'sub', 'sid'] as const) {
      const { [claim]: _left, ...lacking } = complete;
      expect([claim, await status('GET', '/api/auth/me', await sign(lacking))]).toEqual([claim, 401]);
    }
  });

  it('lets an admin change only other users of their own institution', async () => {
    const admin = await signInAs(server.url, 'admin1');
    const student = await signInAs(server.url, 'student1');
    expect(await status('PATCH', `/api/users/${admin.user.id}`, admin.token, { role: 'student' })).toBe(403);
    expect(await status('PATCH', `/api/users/${admin.user.id}`, student.token, { role: 'admin' })).toBe(403);
    expect(await status('PATCH', `/api/users/${student.user.id}`, admin.token, { role: 'owner' })).toBe(400);
    expect(await status('PATCH', `/api/users/${student.user.id}`, admin.token, {})).toBe(400);
    const other = await server.store.directory.importRoster({ institutionName: 'Trường khác', classes: [], users: [] });
    const outsider = await server.store.directory.createUser({ institutionId: other.id, username: 'outsider', name: 'O', role: 'student', passwordHash: 'x' });
    expect(await status('PATCH', `/api/users/${outsider.id}`, admin.token, { disabled: true })).toBe(404);
  });
});
