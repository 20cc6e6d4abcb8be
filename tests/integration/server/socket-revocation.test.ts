// Finding 5 of issue 10 on /training: a socket lives only as long as its access token (unless
// renewed with auth:renew), and goes at once on sign-out or a change to its user; a message after
// a change made in the database directly is refused and its socket closed.
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SignJWT, decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAs, startTestServer, type TestServer } from '../../support/testServer';
import { connectTraining, emitAck, type TrainingSocket } from '../../support/trainingClient';
import { socketRecheckIntervalMs } from '../../../server/realtime/socketAuth';

const disconnected = (socket: TrainingSocket) => new Promise<number>((resolve) => socket.once('disconnect', () => resolve(Date.now())));
const refusal = (url: string, token: string) =>
  connectTraining(url, token).then(
    (socket) => (socket.close(), 'admitted'),
    (error: Error) => error.message,
  );

describe('socket sign-in checks', () => {
  let server: TestServer;
  let db: Database.Database;
  const sockets: TrainingSocket[] = [];
  const connect = async (token: string) => {
    const socket = await connectTraining(server.url, token);
    sockets.push(socket);
    return socket;
  };
  const patch = async (userId: string, body: unknown) => {
    const admin = (await signInAs(server.url, 'admin1')).token;
    const response = await fetch(`${server.url}/api/users/${userId}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${admin}` },
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(200);
  };

  beforeAll(async () => {
    server = await startTestServer();
    db = new Database(join(server.dataDir, 'vocaxr.db'));
  });
  afterAll(async () => {
    for (const socket of sockets) socket.close();
    db.close();
    await server.dispose();
  });

  it('disconnects the sockets of a sign-in when it signs out, and refuses its token at the handshake', async () => {
    const signedIn = await signInAs(server.url, 'student1');
    const socket = await connect(signedIn.token);
    const gone = disconnected(socket);
    const response = await fetch(`${server.url}/api/auth/logout`, { method: 'POST', headers: { Authorization: `Bearer ${signedIn.token}` } });
    expect(response.status).toBe(204);
    await gone;
    expect(await refusal(server.url, signedIn.token)).toBe('unauthorized');
  });

  it('disconnects a disabled user and refuses them at the handshake', async () => {
    const signedIn = await signInAs(server.url, 'student2');
    const socket = await connect(signedIn.token);
    const gone = disconnected(socket);
    await patch(signedIn.user.id, { disabled: true });
    await gone;
    expect(await refusal(server.url, signedIn.token)).toBe('unauthorized');
    await patch(signedIn.user.id, { disabled: false });
  });

  it('disconnects a user whose role changes, so they reconnect under the new role', async () => {
    const signedIn = await signInAs(server.url, 'teacher1');
    const socket = await connect(signedIn.token);
    const gone = disconnected(socket);
    await patch(signedIn.user.id, { role: 'student' });
    await gone;
    const again = await connect(signedIn.token);
    expect((await emitAck(again, 'session:start', { sceneId: 'welding-bead', mode: 'practice' })).ok).toBe(true);
  });

  it('refuses the first message a second after the sign-in is revoked in the database directly, and closes the socket', async () => {
    const signedIn = await signInAs(server.url, 'student3');
    const socket = await connect(signedIn.token);
    expect((await emitAck(socket, 'session:start', { sceneId: 'welding-bead', mode: 'practice' })).ok).toBe(true);
    const gone = disconnected(socket);
    db.prepare('UPDATE sign_ins SET revoked_ms = ? WHERE id = ?').run(Date.now(), decodeJwt(signedIn.token).sid);
    // A socket's caller is re-read from the database at most once a second (server/realtime/socketAuth.ts).
    await sleep(socketRecheckIntervalMs + 50);
    const answer = await emitAck(socket, 'session:start', { sceneId: 'welding-bead', mode: 'practice' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    await gone;
  });

  it('refuses the first message a second after a user is disabled in the database directly', async () => {
    const signedIn = await signInAs(server.url, 'assessor1');
    const socket = await connect(signedIn.token);
    const gone = disconnected(socket);
    db.prepare("UPDATE users SET disabled_at = '2026-01-01T00:00:00Z' WHERE id = ?").run(signedIn.user.id);
    await sleep(socketRecheckIntervalMs + 50);
    expect(await emitAck(socket, 'session:resume', { sessionId: 'any' })).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    await gone;
    db.prepare('UPDATE users SET disabled_at = NULL WHERE id = ?').run(signedIn.user.id);
  });

  it('refuses at the handshake a token lacking exp, iat, sub or sid, signed with the server secret', async () => {
    const { sub, sid } = decodeJwt((await signInAs(server.url, 'student1')).token);
    const key = new TextEncoder().encode(readFileSync(join(server.dataDir, 'token-secret'), 'utf8').trim());
    const now = Math.floor(Date.now() / 1000);
    const sign = (claims: Record<string, unknown>) => new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).sign(key);
    const complete = { iss: 'vocaxr', aud: 'vocaxr-api', sub, sid, iat: now, exp: now + 600 };
    expect(await refusal(server.url, await sign(complete))).toBe('admitted');
    for (const claim of ['exp', 'iat', 'sub', 'sid'] as const) {
      const { [claim]: _left, ...lacking } = complete;
      expect([claim, await refusal(server.url, await sign(lacking))]).toEqual([claim, 'unauthorized']);
    }
  });
});

describe('socket token expiry', () => {
  let server: TestServer;
  const sockets: TrainingSocket[] = [];
  beforeAll(async () => {
    // 3-second access tokens (rounded up to the next whole second by the JWT's exp).
    server = await startTestServer({ VOCAXR_ACCESS_TOKEN_MINUTES: '0.05' });
  });
  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await server.dispose();
  });

  it('tells the socket auth:expired and disconnects it when its token expires', async () => {
    const signedIn = await signInAs(server.url, 'student1');
    const socket = await connectTraining(server.url, signedIn.token);
    sockets.push(socket);
    const expired = new Promise<number>((resolve) => socket.once('auth:expired', () => resolve(Date.now())));
    const gone = disconnected(socket);
    const [expiredAt, goneAt] = await Promise.all([expired, gone]);
    const expiresAtMs = Date.parse(signedIn.expiresAt);
    expect(expiredAt).toBeGreaterThanOrEqual(expiresAtMs - 50);
    expect(goneAt).toBeGreaterThanOrEqual(expiredAt);
    expect(goneAt).toBeLessThanOrEqual(expiresAtMs + 2_000);
    expect(await refusal(server.url, signedIn.token)).toBe('unauthorized');
  });

  it('keeps a socket open past its first token expiry after auth:renew with a refreshed token', async () => {
    const signedIn = await signInAs(server.url, 'student2');
    const socket = await connectTraining(server.url, signedIn.token);
    sockets.push(socket);
    let expiredEvents = 0;
    socket.on('auth:expired', () => void (expiredEvents += 1));
    // A second on, so the refreshed token's exp (whole seconds) lies past the first one's.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const response = await fetch(`${server.url}/api/auth/refresh`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ refreshToken: signedIn.refreshToken }),
    });
    const refreshed = (await response.json()) as { token: string; expiresAt: string };
    expect(Date.parse(refreshed.expiresAt)).toBeGreaterThan(Date.parse(signedIn.expiresAt));
    const renewed = await emitAck(socket, 'auth:renew', { token: refreshed.token });
    expect(renewed).toEqual({ ok: true, expiresAt: refreshed.expiresAt });
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, Date.parse(signedIn.expiresAt) + 300 - Date.now())));
    expect(expiredEvents).toBe(0);
    expect(socket.connected).toBe(true);
    expect((await emitAck(socket, 'session:start', { sceneId: 'welding-bead', mode: 'practice' })).ok).toBe(true);
  });

  it('refuses auth:renew with another user\'s token', async () => {
    const mine = await signInAs(server.url, 'student3');
    const theirs = await signInAs(server.url, 'teacher1');
    const socket = await connectTraining(server.url, mine.token);
    sockets.push(socket);
    expect(await emitAck(socket, 'auth:renew', { token: theirs.token })).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(await emitAck(socket, 'auth:renew', { token: 'garbage' })).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });
});
