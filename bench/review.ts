// Review API benchmark: a class of 40 learners with 100 finished attempts each (4,000 sessions
// over 60 days), served by the real server on a real SQLite file. Prints the median and p95
// latency of the teacher's calls: session list pages (default, filtered, sorted deep page), the
// full CSV export, learners, analytics, a learner's progress.
// Run: npx tsx bench/review.ts [--learners 40] [--attempts 100] [--runs 30]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { hashPassword } from '../server/auth/passwords';
import { LogChain } from '../server/ingest/logChain';
import { SqliteStore } from '../server/storage/sqlite/SqliteStore';
import { scoreLog } from '../scenes/rubric/scoreLog';
import { weldingBeadRules } from '../scenes/welding-bead';
import { simulateWeld } from '../scenes/welding-bead/simulatedWelder';

const { values } = parseArgs({ options: { learners: { type: 'string', default: '40' }, attempts: { type: 'string', default: '100' }, runs: { type: 'string', default: '30' } } });
const learners = Number(values.learners);
const attempts = Number(values.attempts);
const runs = Number(values.runs);
const root = resolve(import.meta.dirname, '..');
const dataDir = mkdtempSync(join(tmpdir(), 'vocaxr-bench-review-'));
const dbPath = join(dataDir, 'review.db');

// 1. Seed: one institution, one class, its teacher and learners, and their finished attempts.
const seedStarted = performance.now();
const store = new SqliteStore(dbPath);
const passwordHash = await hashPassword('bench-password');
await store.directory.importRoster({
  institutionName: 'Bench College',
  classes: [{ code: 'BENCH-40', name: 'Bench class' }],
  users: [
    { username: 'benchteacher', name: 'Giáo viên Bench', role: 'teacher', passwordHash, classes: [{ code: 'BENCH-40', role: 'teacher' }] },
    ...Array.from({ length: learners }, (_, i) => ({
      username: `learner${i + 1}`,
      name: `Học viên số ${i + 1}`,
      role: 'student' as const,
      passwordHash,
      classes: [{ code: 'BENCH-40', role: 'student' as const }],
    })),
  ],
});
// A few real reports, from simulated hands of varying steadiness, reused across attempts.
const reports = Array.from({ length: 12 }, (_, i) =>
  scoreLog(weldingBeadRules, simulateWeld({ seed: i + 1, sampleRateHz: 10, travelSpeedMmPerS: 8, unsteadiness: (i % 4) * 0.7, wearPpe: i % 6 !== 5 })),
);
const dayMs = 86_400_000;
const firstDay = Date.parse('2026-09-01T08:00:00+07:00');
let n = 0;
for (let i = 1; i <= learners; i += 1) {
  const learner = (await store.directory.findUserByUsername(`learner${i}`))!;
  for (let a = 0; a < attempts; a += 1) {
    const startedAtMs = firstDay + Math.floor((a / attempts) * 60) * dayMs + i * 60_000;
    const session = await store.attempts.createSession({ learnerId: learner.id, sceneId: 'welding-bead', mode: a % 10 === 9 ? 'exam' : 'practice', examId: undefined, params: {}, startedAtMs });
    const result = reports[(n += 1) % reports.length]!;
    // No events are stored here: the seal is the head of an empty log.
    const sealedHead = new LogChain(session.id).hex;
    await store.attempts.finishSession(session.no, { finishedAt: new Date(startedAtMs + result.durationMs).toISOString(), result, total: result.total, passed: result.passed, sealedHead });
  }
}
await store.close();
console.log(`seeded ${learners} learners x ${attempts} attempts = ${learners * attempts} sessions in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`);

// 2. The real server on that database.
const port = 19_000 + Math.floor(Math.random() * 1000);
const server = spawn(process.execPath, ['--import', 'tsx', join(root, 'server/main-entry.ts')], {
  cwd: root,
  env: { ...process.env, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port), DATABASE_URL: `sqlite:${dbPath}`, VOCAXR_DEMO: '0', LOG_LEVEL: 'warn' },
  stdio: 'ignore',
});
const base = `http://127.0.0.1:${port}`;
for (;;) {
  try {
    if ((await fetch(`${base}/api/health`)).ok) break;
  } catch {
    await new Promise((r) => setTimeout(r, 50));
  }
}
const login = (await (await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: 'benchteacher', password: 'bench-password' }) })).json()) as { token: string };
const headers = { Authorization: `Bearer ${login.token}` };
const classId = ((await (await fetch(`${base}/api/classes`, { headers })).json()) as { id: string }[])[0]!.id;
const learnerId = ((await (await fetch(`${base}/api/classes/${classId}/students`, { headers })).json()) as { id: string }[])[0]!.id;

// 3. Time each call: a warm-up, then `runs` sequential requests (median, p95, answer size).
const calls: [string, string][] = [
  ['sessions, page 1 (25, newest first)', `/api/classes/${classId}/sessions`],
  ['sessions, failed in a 2-week range', `/api/classes/${classId}/sessions?passed=false&from=2026-09-10&to=2026-09-24`],
  ['sessions, by total, page 80 of 80', `/api/classes/${classId}/sessions?sort=total&order=asc&pageSize=50&page=80`],
  ['sessions, CSV export (every row)', `/api/classes/${classId}/sessions?format=csv`],
  ['learners with summaries', `/api/classes/${classId}/learners`],
  ['analytics (criteria, heat map, per day)', `/api/classes/${classId}/analytics?scene=welding-bead`],
  ['one learner\'s progress', `/api/learners/${learnerId}/progress`],
  ['one learner\'s sessions, page 1', `/api/learners/${learnerId}/sessions`],
];
console.log(`\n${'call'.padEnd(42)} ${'median'.padStart(9)} ${'p95'.padStart(9)} ${'bytes'.padStart(9)}`);
for (const [label, path] of calls) {
  let bytes = 0;
  const once = async () => {
    const started = performance.now();
    const response = await fetch(`${base}${path}`, { headers });
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status} ${await response.text()}`);
    bytes = (await response.arrayBuffer()).byteLength;
    return performance.now() - started;
  };
  await once();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) times.push(await once());
  times.sort((a, b) => a - b);
  const pick = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  console.log(`${label.padEnd(42)} ${`${pick(0.5).toFixed(1)} ms`.padStart(9)} ${`${pick(0.95).toFixed(1)} ms`.padStart(9)} ${String(bytes).padStart(9)}`);
}
server.kill('SIGTERM');
await new Promise((r) => server.once('exit', r));
rmSync(dataDir, { recursive: true, force: true });
