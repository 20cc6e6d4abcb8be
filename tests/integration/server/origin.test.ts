// The Origin allowlist and security headers on the REST API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../support/testServer';

describe('origins and headers', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ VOCAXR_ALLOWED_ORIGINS: 'https://lms.example.edu.vn' });
  });
  afterAll(() => server.dispose());

  const login = (origin?: string) =>
    fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(origin ? { Origin: origin } : {}) },
      body: JSON.stringify({ username: 'student1', password: 'demo1234' }),
    });

  it('accepts same-origin, listed and origin-less requests', async () => {
    expect((await login(server.url)).status).toBe(200);
    expect((await login()).status).toBe(200);
    const listed = await login('https://lms.example.edu.vn');
    expect(listed.status).toBe(200);
    expect(listed.headers.get('access-control-allow-origin')).toBe('https://lms.example.edu.vn');
  });

  it('refuses a foreign origin with 403 forbidden', async () => {
    const response = await login('https://evil.example');
    expect(response.status).toBe(403);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('forbidden');
  });

  it('sends security headers', async () => {
    const response = await fetch(`${server.url}/api/health`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('lets the page connect only to itself and the listed origins, not to any ws host', async () => {
    const csp = (await fetch(`${server.url}/api/health`)).headers.get('content-security-policy')!;
    const connect = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('connect-src '))!.split(' ').slice(1);
    expect(connect).toEqual(["'self'", 'https://lms.example.edu.vn', 'wss://lms.example.edu.vn', 'blob:', 'data:']);
    expect(connect).not.toContain('ws:');
    expect(connect).not.toContain('wss:');
  });

  it('serves the client app with an SPA fallback for deep links', async () => {
    const response = await fetch(`${server.url}/some/deep/link`, { headers: { Accept: 'text/html' } });
    expect([200, 503]).toContain(response.status);
    expect(response.headers.get('content-type')).toContain('text/html');
  });
});
