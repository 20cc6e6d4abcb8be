// The /training namespace admits only a valid token (docs/protocol.md §3).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io, type Socket } from 'socket.io-client';
import { SignJWT } from 'jose';
import { startTestServer, loginAs, type TestServer } from '../../support/testServer';

function connect(url: string, auth: Record<string, unknown>, extra: Record<string, unknown> = {}): Promise<{ socket: Socket; error?: Error }> {
  return new Promise((resolve) => {
    const socket = io(`${url}/training`, { auth, transports: ['websocket'], reconnection: false, forceNew: true, ...extra });
    socket.once('connect', () => resolve({ socket }));
    socket.once('connect_error', (error) => resolve({ socket, error }));
  });
}

describe('/training handshake', () => {
  let server: TestServer;
  const sockets: Socket[] = [];
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    await server.dispose();
  });

  it('admits a signed-in learner', async () => {
    const { socket, error } = await connect(server.url, { token: await loginAs(server.url, 'student1') });
    sockets.push(socket);
    expect(error).toBeUndefined();
    expect(socket.connected).toBe(true);
  });

  it('refuses a missing token with "unauthorized"', async () => {
    const { socket, error } = await connect(server.url, {});
    sockets.push(socket);
    expect(error?.message).toBe('unauthorized');
  });

  it('refuses a forged token with "unauthorized"', async () => {
    const forged = await new SignJWT({ role: 'admin', inst: 'x' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('someone')
      .setIssuer('vocaxr')
      .setAudience('vocaxr-api')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('not-the-server-secret-but-long-enough-to-sign'));
    const { socket, error } = await connect(server.url, { token: forged });
    sockets.push(socket);
    expect(error?.message).toBe('unauthorized');
  });

  it('refuses an expired token with "unauthorized"', async () => {
    const { createTokenService, resolveTokenSecret } = await import('../../../server/auth/tokens');
    const secret = resolveTokenSecret(undefined, `${server.dataDir}/vocaxr.db`);
    const { token: expired } = await createTokenService(secret, -60_000).issue({ userId: 'u', signInId: 's' });
    const { socket, error } = await connect(server.url, { token: expired });
    sockets.push(socket);
    expect(error?.message).toBe('unauthorized');
  });

  it('refuses a browser from a foreign origin (polling handshake)', async () => {
    const response = await fetch(`${server.url}/socket.io/?EIO=4&transport=polling`, { headers: { Origin: 'http://evil.example' } });
    expect(response.status).toBe(403);
    const same = await fetch(`${server.url}/socket.io/?EIO=4&transport=polling`, { headers: { Origin: server.url } });
    expect(same.status).toBe(200);
  });
});
