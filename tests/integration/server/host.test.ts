// DNS rebinding: a page on evil.example re-points its name at this server, so its requests
// carry a matching Origin and Host. The Host allowlist refuses them on the API, on pages and
// at the socket handshake; localhost, IP literals and configured names still pass.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io } from 'socket.io-client';
import { loginAs, startTestServer, type TestServer } from '../../support/testServer';
import { rawRequest } from '../../support/rawRequest';

describe('the Host allowlist', () => {
  let server: TestServer;
  let port: number;
  let token: string;
  beforeAll(async () => {
    server = await startTestServer({ VOCAXR_ALLOWED_HOSTS: 'vr.college.test', VOCAXR_PUBLIC_URL: 'https://public.college.test' });
    port = server.address.port;
    token = await loginAs(server.url, 'student1');
  });
  afterAll(() => server.dispose());

  const as = (host: string, path: string, extra: Record<string, string> = {}) =>
    rawRequest(`${server.url}${path}`, { headers: { Host: `${host}:${port}`, Origin: `http://${host}:${port}`, ...extra } });

  /** Opens a /training socket claiming the given Host (as a rebound browser would); resolves with the outcome. */
  const handshake = (host: string) =>
    new Promise<string>((resolve) => {
      const socket = io(`${server.url}/training`, {
        auth: { token },
        transports: ['websocket'],
        forceNew: true,
        reconnection: false,
        extraHeaders: { Host: `${host}:${port}`, Origin: `http://${host}:${port}` },
      });
      socket.once('connect', () => {
        socket.close();
        resolve('connected');
      });
      socket.once('connect_error', (error) => {
        socket.close();
        resolve(`refused: ${error.message}`);
      });
    });

  it('refuses a rebound name on the API with 403 JSON naming the variable to set', async () => {
    const response = await as('evil.example', '/api/info');
    expect(response.status).toBe(403);
    const body = JSON.parse(response.body) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('forbidden');
    expect(body.error.message).toContain('"evil.example"');
    expect(body.error.message).toContain('VOCAXR_ALLOWED_HOSTS');
    // Signed-in calls too: a rebinding page that got hold of a token reads nothing.
    expect((await as('evil.example', '/api/auth/me', { Authorization: `Bearer ${token}` })).status).toBe(403);
  });

  it('refuses a rebound name on pages with plain text', async () => {
    const response = await as('evil.example', '/', { Accept: 'text/html' });
    expect(response.status).toBe(403);
    expect(response.headers['content-type']).toMatch(/^text\/plain/);
    expect(response.body).toContain('VOCAXR_ALLOWED_HOSTS');
  });

  it('refuses a rebound name at the socket handshake', async () => {
    expect(await handshake('evil.example')).toMatch(/^refused/);
    const polling = await as('evil.example', '/socket.io/?EIO=4&transport=polling');
    expect(polling.status).toBe(403);
    expect(polling.body).toContain('VOCAXR_ALLOWED_HOSTS');
  });

  it.each(['localhost', '127.0.0.1', 'vr.college.test', 'public.college.test', 'app.localhost'])('serves Host %s', async (host) => {
    const response = await as(host, '/api/info');
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ name: 'VocaXR' });
    expect(await handshake(host)).toBe('connected');
  });

  it('takes the public URL as an allowed origin (a proxy that rewrites Host)', async () => {
    const response = await rawRequest(`${server.url}/api/info`, { headers: { Origin: 'https://public.college.test' } });
    expect(response.status).toBe(200);
  });
});
