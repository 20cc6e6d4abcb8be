// HTTPS when TLS_CERT and TLS_KEY are given: the REST API over https:, the /training socket over
// wss: on the same port, HSTS only then; a missing file stops the start with a sentence.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io, type Socket } from 'socket.io-client';
import { startTestServer, type TestServer } from '../../support/testServer';
import { rawRequest } from '../../support/rawRequest';
import { TlsLoadError } from '../../../server/http/tls';

const fixtures = join(import.meta.dirname, '../../fixtures/tls');
const tlsEnv = { TLS_CERT: join(fixtures, 'localhost-cert.pem'), TLS_KEY: join(fixtures, 'localhost-key.pem') };
// The fixture certificate is self-signed: trusting it as the CA checks the chain and the name.
const ca = readFileSync(tlsEnv.TLS_CERT, 'utf8');

describe('HTTPS with TLS_CERT and TLS_KEY', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(tlsEnv);
  });
  afterAll(() => server.dispose());

  it('serves the API over https with HSTS', async () => {
    expect(server.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const health = await rawRequest(`${server.url.replace('127.0.0.1', 'localhost')}/api/health`, { ca });
    expect(health.status).toBe(200);
    expect(JSON.parse(health.body)).toEqual({ ok: true });
    expect(health.headers['strict-transport-security']).toBe('max-age=15552000');
  });

  it('refuses plain http on the TLS port', async () => {
    await expect(rawRequest(`${server.url.replace('https:', 'http:')}/api/health`)).rejects.toThrow();
  });

  it('opens a /training socket over wss and answers on it', async () => {
    const login = await rawRequest(`${server.url}/api/auth/login`, {
      method: 'POST',
      ca,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'student1', password: 'demo1234' }),
    });
    expect(login.status).toBe(200);
    const signedIn = (JSON.parse(login.body) as { token: string }).token;
    const socket: Socket = io(`${server.url.replace('https:', 'wss:')}/training`, { auth: { token: signedIn }, transports: ['websocket'], forceNew: true, reconnection: false, ca });
    try {
      await new Promise<void>((resolve, reject) => {
        socket.once('connect', resolve);
        socket.once('connect_error', reject);
      });
      const answer = (await socket.timeout(5_000).emitWithAck('session:start', { sceneId: 'welding-bead', mode: 'practice' })) as { ok: boolean };
      expect(answer.ok).toBe(true);
    } finally {
      socket.close();
    }
  });

  it('does not send HSTS over plain HTTP', async () => {
    const plain = await startTestServer();
    try {
      const response = await fetch(`${plain.url}/api/health`);
      expect(response.headers.get('strict-transport-security')).toBeNull();
    } finally {
      await plain.dispose();
    }
  });

  it('stops the start with a sentence naming TLS_KEY when the key file cannot be read', async () => {
    const start = startTestServer({ ...tlsEnv, TLS_KEY: join(fixtures, 'missing-key.pem') });
    await expect(start).rejects.toThrow(TlsLoadError);
    await expect(start).rejects.toThrow(/^TLS_KEY: cannot read .*missing-key\.pem \(ENOENT\)/);
  });

  it('stops the start when the certificate and key do not belong together', async () => {
    await expect(startTestServer({ TLS_CERT: tlsEnv.TLS_CERT, TLS_KEY: tlsEnv.TLS_CERT })).rejects.toThrow(/TLS_CERT\/TLS_KEY: .* are not a PEM certificate and its private key/);
  });
});
