// The server as a process, the way `npm start` runs it: bad configuration stops it with a
// clear message and a non-zero exit; the demo logins are printed; SIGTERM stops it cleanly.
// Demo accounts (a published password) are on by default only on a loopback HOST.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sceneRegistry } from '../../../scenes/registry';

// Every registered scene brings its own demo plans.
const demoAttemptCount = sceneRegistry.reduce((count, scene) => count + scene.demoPlans.flat().length, 0);
const entry = join(import.meta.dirname, '../../../server/main-entry.ts');

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs the server; `whenReady` runs once it logs that it is serving, then the run ends with SIGTERM. */
function runServer(env: Record<string, string>, whenReady?: (url: string) => Promise<void>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', entry], {
      env: { ...process.env, NODE_ENV: 'test', HOST: '127.0.0.1', PORT: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let readySeen = false;
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = stdout.match(/"url":"(http:\/\/[^"]+)"/);
      if (match && !readySeen && whenReady) {
        readySeen = true;
        whenReady(match[1]!.replace('localhost', '127.0.0.1')).then(() => child.kill('SIGTERM'), reject);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

describe('the server process', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vocaxr-process-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stops at start on a bad DATABASE_URL, naming it, with exit code 1', async () => {
    const run = await runServer({ DATABASE_URL: 'mysql://localhost/vocaxr' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('VocaXR cannot start');
    expect(run.stderr).toContain('DATABASE_URL: unsupported scheme');
  });

  it('stops at start on a database path it cannot create', async () => {
    const run = await runServer({ DATABASE_URL: `sqlite:${join(import.meta.dirname, 'process.test.ts', 'sub', 'x.db')}` });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/DATABASE_URL: cannot open the SQLite database/);
  });

  it('stops at start on a bad PORT', async () => {
    const run = await runServer({ PORT: 'http' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('PORT: must be a number');
  });

  it('seeds the demo, prints the demo logins, serves, and exits 0 on SIGTERM', async () => {
    let health: unknown;
    const run = await runServer({ DATABASE_URL: `sqlite:${join(dir, 'demo.db')}`, VOCAXR_DEMO: '1' }, async (url) => {
      health = await (await fetch(`${url}/api/health`)).json();
    });
    expect(health).toEqual({ ok: true });
    expect(run.stdout).toContain('demo data seeded: sign in as student1, student2, student3, teacher1, assessor1, assessor2, assessor3, admin1 with password demo1234');
    expect(run.stdout).toContain(`${demoAttemptCount} sample attempts of the demo students stored and scored`);
    expect(run.stdout).toContain('"msg":"stopped"');
    expect(run.code).toBe(0);
  });

  const loginStatus = async (url: string) =>
    (
      await fetch(`${url}/api/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username: 'student1', password: 'demo1234' }),
      })
    ).status;

  it('on a loopback HOST, seeds the demo by default and says why, and that the network cannot reach it', async () => {
    let status = 0;
    const run = await runServer({ DATABASE_URL: `sqlite:${join(dir, 'loopback.db')}`, VOCAXR_DEMO: '' }, async (url) => {
      status = await loginStatus(url);
    });
    expect(status).toBe(200);
    expect(run.stdout).toContain('serving on loopback only; set HOST=0.0.0.0 to serve the network');
    expect(run.stdout).toContain('demo accounts are on: HOST=127.0.0.1 is loopback and NODE_ENV is not production');
  });

  it('on a network HOST, leaves demo accounts off unless VOCAXR_DEMO=1 is given', async () => {
    let status = 0;
    const run = await runServer({ HOST: '0.0.0.0', DATABASE_URL: `sqlite:${join(dir, 'network.db')}`, VOCAXR_DEMO: '' }, async (url) => {
      status = await loginStatus(url);
    });
    expect(status).toBe(401);
    expect(run.stdout).not.toContain('demo data seeded');
    expect(run.stdout).toContain('demo accounts are off: HOST=0.0.0.0 is not loopback (set VOCAXR_DEMO=1 to seed them anyway)');
    expect(run.stdout).not.toContain('serving on loopback only');
  });

  it('warns loudly when VOCAXR_DEMO=1 puts demo accounts on the network', async () => {
    let status = 0;
    const run = await runServer({ HOST: '0.0.0.0', DATABASE_URL: `sqlite:${join(dir, 'network-demo.db')}`, VOCAXR_DEMO: '1' }, async (url) => {
      status = await loginStatus(url);
    });
    expect(status).toBe(200);
    expect(run.stdout).toMatch(/"level":40,.*WARNING: demo accounts are ON and reachable from the network \(VOCAXR_DEMO=1 with HOST=0\.0\.0\.0\)/);
  });

  it('stops at start on a TLS file it cannot read, naming the variable', async () => {
    const fixtures = join(import.meta.dirname, '../../fixtures/tls');
    const run = await runServer({ TLS_CERT: join(fixtures, 'no-such-cert.pem'), TLS_KEY: join(fixtures, 'localhost-key.pem') });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/VocaXR cannot start: TLS_CERT: cannot read .*no-such-cert\.pem \(ENOENT\)/);
  });

  it('does not seed demo data when VOCAXR_DEMO=0', async () => {
    let status = 0;
    const run = await runServer({ DATABASE_URL: `sqlite:${join(dir, 'empty.db')}`, VOCAXR_DEMO: '0' }, async (url) => {
      status = (
        await fetch(`${url}/api/auth/login`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ username: 'student1', password: 'demo1234' }),
        })
      ).status;
    });
    expect(status).toBe(401);
    expect(run.stdout).not.toContain('demo data seeded');
  });
});
