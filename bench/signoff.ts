// A class batch of sign-offs on the real server (issue #12: 200 sign-offs ≤ 20 s): one exam with
// N candidates whose passing attempts are stored, scored and sealed by the server's own fold,
// marked by one judge, then signed off by the lead one after another over HTTP — each sign-off
// locks the result and issues a signed certificate (eddsa-rdfc-2022) through the server's own
// certificate service. Prints the batch's wall time and each sign-off's median and p99.
// Run: npm run bench:signoff [-- --candidates 200]
import { parseArgs } from 'node:util';
import type { Exam } from '../scenes/protocol/exams';
import { createStudents, markEveryone, passingWeld, signOff, storeFinishedAttempts } from '../tests/support/signOff';
import { loginAs, startTestServer } from '../tests/support/testServer';

const { values } = parseArgs({ options: { candidates: { type: 'string', default: '200' } } });
const candidates = Number(values.candidates);
const quantile = (sorted: number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;

const server = await startTestServer();
try {
  const lead = await loginAs(server.url, 'assessor1');
  const learnerIds = await createStudents(server, candidates, 'signoff');
  const now = Date.now();
  const created = await fetch(`${server.url}/api/exams`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${lead}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ sceneId: 'welding-bead', title: 'Thi hàn cuối khoá', candidateIds: learnerIds, assessorIds: [], opensAt: new Date(now - 3_600_000).toISOString(), closesAt: new Date(now + 3_600_000).toISOString(), timeLimitMs: 1_800_000, judges: 1 }),
  });
  if (created.status !== 201) throw new Error(`POST /api/exams: HTTP ${created.status} ${await created.text()}`);
  const { exam } = (await created.json()) as { exam: Exam };
  // Ended a while ago, so every sign-off (and its credential's validFrom) lies after the attempt.
  await storeFinishedAttempts(server, exam, passingWeld(), now - 600_000);
  await markEveryone(server.url, exam, [lead], { 'bead-appearance': 2, 'work-practice': 2 });

  const times: number[] = [];
  let issued = 0;
  const started = performance.now();
  for (const { learnerId } of exam.candidates) {
    const t0 = performance.now();
    const answer = await signOff(server.url, lead, exam.id, learnerId);
    times.push(performance.now() - t0);
    if (answer.certificateId) issued++;
  }
  const wallS = (performance.now() - started) / 1000;
  const sorted = [...times].sort((a, b) => a - b);
  console.log(`${candidates} sign-offs (each locks the result and issues a signed certificate): ${wallS.toFixed(2)} s in all, ${issued} certificates`);
  console.log(`  one sign-off: median ${quantile(sorted, 0.5).toFixed(1)} ms, p99 ${quantile(sorted, 0.99).toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms`);
} finally {
  await server.dispose();
}
