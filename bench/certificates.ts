// Certificates benchmark on the real server and a real SQLite file: issue (build + eddsa-rdfc-2022
// sign + store, the sign-off hook's path) and verify (in process, the /api/verify code) each N
// times, sequentially, median and p99; then POST /api/verify and the lookup over HTTP at a fixed
// 50 requests/s (open loop: a request every 20 ms whether or not the last one answered), p50/p99.
// Targets (issue #12): issue, verify ≤ 50 ms median; 200 sign-offs ≤ 20 s; HTTP p99 ≤ 100 ms.
// Run: npm run bench:certificates [-- --runs 200 --seconds 10]
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../server/config';
import { boot } from '../server/boot';
import { createLogger } from '../server/logger';
import { verifyCredentialJson } from '../server/certificates/verifier';
import type { CertificateIssueInput } from '../server/certificates/credential';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '200' }, seconds: { type: 'string', default: '10' } } });
const runs = Number(values.runs);
const seconds = Number(values.seconds);
const dataDir = mkdtempSync(join(tmpdir(), 'vocaxr-bench-certs-'));

function tmpdir(): string {
  return os.tmpdir();
}

const quantile = (sorted: number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
const line = (label: string, times: number[]): string => {
  const sorted = [...times].sort((a, b) => a - b);
  return `${label.padEnd(34)} n ${String(sorted.length).padStart(4)}  median ${quantile(sorted, 0.5).toFixed(1).padStart(6)} ms  p99 ${quantile(sorted, 0.99).toFixed(1).padStart(6)} ms  max ${sorted.at(-1)!.toFixed(1).padStart(6)} ms`;
};

const config = loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', DATABASE_URL: `sqlite:${join(dataDir, 'vocaxr.db')}`, VOCAXR_DEMO: '1', LOG_LEVEL: 'silent' });
// The per-address budgets are raised: the load generator is one address.
const unlimited = { burst: 1_000_000, perSecond: 1_000_000 };
const running = await boot(config, createLogger('silent'), { demoAttempts: false, certificateLimits: { lookup: unlimited, verify: unlimited } });
const url = `http://127.0.0.1:${running.address.port}`;
const { store } = running;
const service = running.server.certificates;
try {
  console.log(`node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown cpu'}), load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  const learner = (await store.directory.findUserByUsername('student1'))!;
  const institution = (await store.directory.getInstitutionOverview(learner.institutionId))!.institution;

  // Ended attempts with an empty log: their sealed head is h0 = SHA-256(session id), so the log check passes.
  const sessions: string[] = [];
  for (let i = 0; i < runs + 20; i += 1) {
    const session = await store.attempts.createSession({ learnerId: learner.id, sceneId: 'welding-bead', mode: 'practice', examId: undefined, params: {}, startedAtMs: Date.now() });
    const sealedHead = createHash('sha256').update(session.id, 'utf8').digest('hex');
    await store.attempts.finishSession(session.no, { finishedAt: new Date().toISOString(), result: {}, total: 80, passed: true, sealedHead });
    sessions.push(session.id);
  }
  const input = (sessionId: string): CertificateIssueInput => ({
    institution: { id: institution.id, name: institution.name },
    learner: { id: learner.id, name: learner.name },
    exam: { id: 'bench-exam', title: 'Hàn giáp mối — kiểm tra' },
    standard: { id: 'welding-bead', name: 'Hàn giáp mối tư thế bằng (GMAW)', version: '1', criteriaNarrative: 'Đường hàn liên tục, đủ bảo hộ, các thông số trong dung sai.' },
    sessionId,
    sealedHead: createHash('sha256').update(sessionId, 'utf8').digest('hex'),
    final: 80,
    passed: true,
    signedOffAt: new Date(Date.now() - 1000).toISOString(),
    origin: url,
  });

  // Warm-up (the first signature builds the contexts' caches), not timed.
  const ids: string[] = [];
  for (const sessionId of sessions.slice(runs)) ids.push((await service.issueCertificate(input(sessionId))).certificateId);
  const issueTimes: number[] = [];
  const batchStarted = performance.now();
  for (const sessionId of sessions.slice(0, runs)) {
    const started = performance.now();
    ids.push((await service.issueCertificate(input(sessionId))).certificateId);
    issueTimes.push(performance.now() - started);
  }
  const batchSeconds = (performance.now() - batchStarted) / 1000;
  console.log(line('issue (build, sign, store)', issueTimes));
  console.log(`${runs} sign-offs' certificates one after another: ${batchSeconds.toFixed(2)} s (target ≤ 20 s for 200)`);

  const credentials = await Promise.all(ids.map(async (id) => JSON.parse((await store.certificates.getCertificate(id))!.credentialJson) as Record<string, unknown>));
  const verifyTimes: number[] = [];
  for (const credential of credentials.slice(0, runs)) {
    const started = performance.now();
    const answer = await verifyCredentialJson(store, service, credential);
    verifyTimes.push(performance.now() - started);
    if (!answer.verified) throw new Error(`a fresh certificate did not verify: ${JSON.stringify(answer.checks)}`);
  }
  console.log(line('verify (all five checks)', verifyTimes));

  const numbers = await Promise.all(ids.map(async (id) => (await store.certificates.getCertificate(id))!.number));
  async function openLoop(label: string, request: (i: number) => Promise<Response>): Promise<void> {
    const total = Math.round(seconds * 50);
    const latencies: number[] = [];
    const pending: Promise<void>[] = [];
    const started = performance.now();
    for (let i = 0; i < total; i += 1) {
      const due = started + i * 20;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      pending.push(
        request(i).then(async (response) => {
          await response.arrayBuffer();
          if (response.status !== 200) throw new Error(`${label}: HTTP ${response.status}`);
          // From when it was due, so a late start counts against the server, not the generator.
          latencies.push(performance.now() - due);
        }),
      );
    }
    await Promise.all(pending);
    console.log(line(`${label} at 50/s`, latencies));
  }
  const bodies = credentials.map((c) => JSON.stringify(c));
  const sequential: number[] = [];
  for (const body of bodies.slice(0, 50)) {
    const started = performance.now();
    await (await fetch(`${url}/api/verify`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body })).arrayBuffer();
    sequential.push(performance.now() - started);
  }
  console.log(line('POST /api/verify one at a time', sequential));
  await openLoop('POST /api/verify', (i) => fetch(`${url}/api/verify`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: bodies[i % bodies.length] }));
  await openLoop('GET /api/certificates?number&name', (i) =>
    fetch(`${url}/api/certificates?number=${numbers[i % numbers.length]}&name=${encodeURIComponent(i % 2 === 0 ? learner.name : 'Tên Sai')}`),
  );
} finally {
  await running.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
