// Login flood: 200 concurrent logins with unknown usernames from one address (sent from another
// thread, as from another machine); prints the answers by status, how long the flood took, and
// what a valid login from another address, GET /api/health and GET / took meanwhile.
// Run: npx tsx bench/abuse/login-flood.ts
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { countByStatus, startLoginFlood } from '../../tests/support/loginFlood';
import { startTestServer } from '../../tests/support/testServer';

const floodSize = 200;

const timedMs = async (request: () => Promise<Response>): Promise<{ status: number; ms: number }> => {
  const started = performance.now();
  const response = await request();
  await response.arrayBuffer();
  return { status: response.status, ms: Math.round(performance.now() - started) };
};

export async function run(): Promise<Record<string, string | number>> {
  const clientDir = mkdtempSync(join(tmpdir(), 'vocaxr-bench-client-'));
  writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>VocaXR</title>');
  const server = await startTestServer({ VOCAXR_CLIENT_DIR: clientDir });
  try {
    const login = (from: string) => () =>
      fetch(`${server.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': from },
        body: JSON.stringify({ username: 'student1', password: 'demo1234' }),
      });
    const quiet = await timedMs(login('10.0.0.3'));

    const started = performance.now();
    const flood = startLoginFlood(server.url, ['10.0.0.1'], floodSize);
    await flood.sent;
    const [valid, health, page] = await Promise.all([
      timedMs(login('10.0.0.2')),
      timedMs(() => fetch(`${server.url}/api/health`)),
      timedMs(() => fetch(`${server.url}/`, { headers: { Accept: 'text/html' } })),
    ]);
    const answers = await flood.answers;
    const floodMs = Math.round(performance.now() - started);
    const counts = countByStatus(answers);

    return {
      'flood: concurrent unknown logins from one address': floodSize,
      'flood answers by status': Object.entries(counts).map(([status, count]) => `${status}: ${count}`).join(', '),
      'flood duration until the last answer (ms)': floodMs,
      'valid login, no flood (ms)': quiet.ms,
      'valid login from another address during the flood (ms)': valid.status === 200 ? valid.ms : `HTTP ${valid.status}`,
      'GET /api/health during the flood (ms)': health.ms,
      'GET / during the flood (ms)': page.ms,
    };
  } finally {
    await server.dispose();
    rmSync(clientDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) {
  for (const [label, value] of Object.entries(await run())) console.log(`${label.padEnd(58)} ${value}`);
}
