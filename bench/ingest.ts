// Ingest benchmark: N simulated learners (separate process) stream welding torch samples at
// 60 Hz in batches every 100 ms to (1) a real VocaXR server and (2) a bare Socket.IO server
// that acks at once. Prints sustained events/s, p50/p99 ack latency, server RSS and CPU, and
// the ratio of the two.
// Usage: npx tsx bench/ingest.ts [--learners 1000] [--seconds 20] [--warmup 5] [--server-flags="…"] [--skip-bare]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { seedLearners, signInLearners } from './ingest/learners';
import { firstJsonLine, spawnTs, startServerProcess, stopProcess, watchProcess } from './ingest/processes';

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
const dataDir = mkdtempSync(join(tmpdir(), 'vocaxr-bench-ingest-'));

/** `tokens`: a file with one access token per line (one per learner), or one literal token for all. */
async function runLoad(url: string, tokens: string, serverPid: number) {
  const generator = spawnTs('bench/ingest/loadGenerator.ts', [url, tokens, values.learners!, values.warmup!, values.seconds!]);
  return watchProcess(serverPid, firstJsonLine(generator, (l) => 'ackedEventsPerS' in l));
}

// 1. VocaXR, the real server, on a fresh database holding one account per simulated learner:
// the server budgets sockets and open attempts per user (docs/security.md), so 1,000 learners
// are 1,000 accounts, as in a real exam.
const usernames = await seedLearners(join(dataDir, 'bench.db'), Number(values.learners));
const { server, baseUrl } = await startServerProcess(join(dataDir, 'bench.db'), values['server-flags']!);
const { tokens } = await signInLearners(baseUrl, usernames);
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
