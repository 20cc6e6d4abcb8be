// Ingest benchmark: N simulated learners (separate process) stream welding torch samples at
// 60 Hz in batches every 100 ms to (1) a real VocaXR server and (2) a bare Socket.IO server
// that acks at once. Prints sustained events/s, p50/p99 ack latency, server RSS and CPU, and
// the ratio of the two.
// Usage: npx tsx bench/ingest.ts [--learners 1000] [--seconds 20] [--warmup 5] [--server-flags="…"] [--skip-bare]
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openStore } from '../server/storage/openStore';
import { hashPassword } from '../server/auth/passwords';

const { values } = parseArgs({
  options: {
    learners: { type: 'string', default: '1000' },
    seconds: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '5' },
    /** Node flags for the VocaXR server process; the default is what `npm start` uses. */
    'server-flags': { type: 'string', default: '--max-semi-space-size=32' },
    /** Skip the bare Socket.IO baseline. */
    'skip-bare': { type: 'boolean', default: false },
  },
});
const root = resolve(import.meta.dirname, '..');
const dataDir = mkdtempSync(join(tmpdir(), 'vocaxr-bench-ingest-'));

function spawnTs(script: string, args: string[], env: Record<string, string> = {}, nodeFlags: string[] = []): ChildProcess {
  return spawn(process.execPath, [...nodeFlags, '--import', 'tsx', join(root, script), ...args], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
}

function firstJsonLine(child: ChildProcess, match: (line: Record<string, unknown>) => boolean): Promise<Record<string, unknown>> {
  return new Promise((resolvePromise, reject) => {
    let buffered = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      for (const line of buffered.split('\n')) {
        try {
          const parsed = JSON.parse(line) as Record<string, unknown>;
          if (match(parsed)) return resolvePromise(parsed);
        } catch {
          /* not a JSON line yet */
        }
      }
    });
    child.once('exit', (code) => reject(new Error(`${child.spawnargs.join(' ')} exited with ${code}`)));
  });
}

/** Stops a server and waits until it is gone (SIGKILL after 10 s), so no run shares the CPU with the last one's server. */
async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolveExit) => child.once('exit', resolveExit));
  child.kill('SIGTERM');
  const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(force);
}

/** Samples a process's resident memory (MiB) and CPU time every 500 ms while `during` runs. */
async function watchProcess<T>(pid: number, during: Promise<T>): Promise<{ result: T; peakRssMiB: number; cpuPct: number }> {
  let peak = 0;
  const ticks = () => {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return Number(stat[11]) + Number(stat[12]); // utime + stime, in clock ticks (100 Hz)
  };
  const timer = setInterval(() => {
    const rss = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    if (rss) peak = Math.max(peak, Number(rss[1]) / 1024);
  }, 500);
  const startTicks = ticks();
  const started = performance.now();
  const result = await during;
  const cpuPct = ((ticks() - startTicks) / 100 / ((performance.now() - started) / 1000)) * 100;
  clearInterval(timer);
  return { result, peakRssMiB: Math.round(peak), cpuPct: Math.round(cpuPct) };
}

/** `tokens`: a file with one access token per line (one per learner), or one literal token for all. */
async function runLoad(url: string, tokens: string, serverPid: number) {
  const generator = spawnTs('bench/ingest/loadGenerator.ts', [url, tokens, values.learners!, values.warmup!, values.seconds!]);
  return watchProcess(serverPid, firstJsonLine(generator, (l) => 'ackedEventsPerS' in l));
}

// 1. VocaXR, the real server, on a fresh database holding one account per simulated learner:
// the server budgets sockets and open attempts per user (docs/security.md), so 1,000 learners
// are 1,000 accounts, as in a real exam. Their password hashes are cheap (scrypt N = 2^10) so
// that signing them all in measures nothing but set-up.
const learnerCount = Number(values.learners);
const benchPassword = 'bench-password';
const store = openStore({ kind: 'sqlite', path: join(dataDir, 'bench.db') });
const passwordHash = await hashPassword(benchPassword, { N: 2 ** 10, r: 8, p: 1, keyLength: 32 });
const usernames = Array.from({ length: learnerCount }, (_, i) => `learner${String(i + 1).padStart(4, '0')}`);
await store.directory.importRoster({
  institutionName: 'Bench college',
  classes: [{ code: 'BENCH', name: 'Bench class' }],
  users: usernames.map((username) => ({ username, name: username, role: 'student', passwordHash, classes: [{ code: 'BENCH', role: 'student' }] })),
});
await store.close();

const server = spawnTs('server/main-entry.ts', [], {
  NODE_ENV: 'production',
  HOST: '127.0.0.1',
  PORT: '0',
  DATABASE_URL: `sqlite:${join(dataDir, 'bench.db')}`,
  VOCAXR_DEMO: '0',
  LOG_LEVEL: 'info',
}, values['server-flags']!.split(' ').filter(Boolean));
const { url } = (await firstJsonLine(server, (l) => typeof l.url === 'string')) as { url: string };
const baseUrl = url.replace('localhost', '127.0.0.1');
// Each learner signs in from an address of its own (X-Forwarded-For is believed from loopback),
// a few at a time, as a class arriving would.
const tokens: string[] = [];
for (let i = 0; i < usernames.length; i += 8) {
  const chunk = usernames.slice(i, i + 8).map(async (username, k) => {
    const n = i + k;
    const response = await fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}` },
      body: JSON.stringify({ username, password: benchPassword }),
    });
    if (!response.ok) throw new Error(`sign-in of ${username}: HTTP ${response.status} ${await response.text()}`);
    return ((await response.json()) as { token: string }).token;
  });
  tokens.push(...(await Promise.all(chunk)));
}
const tokensFile = join(dataDir, 'tokens.txt');
writeFileSync(tokensFile, tokens.join('\n'));
console.log(`VocaXR server: ${values.learners} learners (one account each), ${values.warmup} s warm-up, ${values.seconds} s measured…`);
const vocaxr = await runLoad(baseUrl, tokensFile, server.pid!);
await stopProcess(server);

if (values['skip-bare']) {
  console.log(JSON.stringify(vocaxr));
  process.exit(0);
}

// 2. The bare Socket.IO baseline, same load.
const bare = spawnTs('bench/ingest/bareServer.ts', []);
const bareUrl = (await firstJsonLine(bare, (l) => typeof l.url === 'string')).url as string;
console.log('bare Socket.IO server, same load…');
const baseline = await runLoad(bareUrl, 'none', bare.pid!);
await stopProcess(bare);
rmSync(dataDir, { recursive: true, force: true });

const row = (name: string, r: typeof vocaxr) =>
  `${name.padEnd(14)} ${String(r.result.ackedEventsPerS).padStart(8)} ev/s (offered ${r.result.offeredEventsPerS})  p50 ${r.result.p50Ms} ms  p99 ${r.result.p99Ms} ms  max ${r.result.maxMs} ms  server RSS ${r.peakRssMiB} MiB  server CPU ${r.cpuPct}%  generator CPU ${r.result.generatorCpuPct}%  refused ${r.result.refused}  timeouts ${r.result.timeouts}`;
console.log(row('vocaxr', vocaxr));
console.log(row('bare socket.io', baseline));
console.log(`ratio vocaxr / bare (sustained events/s): ${((vocaxr.result.ackedEventsPerS as number) / (baseline.result.ackedEventsPerS as number)).toFixed(2)}`);
process.exit(0);
