// Prints how long `npm start` takes until /api/health answers: cold (client build missing,
// empty database, demo seeding) and warm (build current, database present).
// Run: npx tsx bench/startup.ts
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const dataDir = mkdtempSync(join(tmpdir(), 'vocaxr-bench-start-'));
const port = 18_000 + Math.floor(Math.random() * 1000);

async function timeStart(label: string): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'server/start.ts')], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: `sqlite:${join(dataDir, 'v.db')}`, LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 25));
    }
  }
  const ms = performance.now() - started;
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  console.log(`${label.padEnd(48)} ${ms.toFixed(0)} ms`);
  return ms;
}

rmSync(join(root, 'dist/client'), { recursive: true, force: true });
await timeStart('cold: build client + empty database + demo seed');
await timeStart('warm: build current, database present');
rmSync(dataDir, { recursive: true, force: true });
