// The server as a process, the way `npm start` runs it: bad configuration stops it with a
// clear message and a non-zero exit; the demo logins are printed; SIGTERM stops it cleanly.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

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
    expect(run.stdout).toContain('demo data seeded: sign in as student1, student2, student3, teacher1, assessor1, admin1 with password demo1234');
    expect(run.stdout).toContain('10 sample attempts of the demo students stored and scored');
    expect(run.stdout).toContain('"msg":"stopped"');
    expect(run.code).toBe(0);
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
