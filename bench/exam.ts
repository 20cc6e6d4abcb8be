// Exam-day benchmark (issue 11): one exam, C candidates (their own student accounts) streaming
// welding torch samples at 60 Hz into it (bench/ingest/loadGenerator.ts), W proctor sockets
// watching it, S of them spectating one candidate each (bench/exam/proctors.ts); then the same
// run without proctors. Prints ingested/offered, ack p50/p99, the proctor tile lag (a batch's ack
// → the first tile showing its ackedSeq at a proctor) and the spectator lag (ack → the
// proctor:events holding it), p50/p99.
// Usage: npx tsx bench/exam.ts [--candidates 300] [--watchers 10] [--spectators 5] [--seconds 20] [--warmup 5] [--skip-baseline]
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { ExamResponse } from '../scenes/protocol/exams';
import { seedLearners, signInLearners } from './ingest/learners';
import { cpuTicks, firstJsonLine, spawnTs, startServerProcess, stopProcess, watchProcess } from './ingest/processes';
import { percentileOf, spectatorLags, tileLags, type AckLog, type Lags, type ProctorLog } from './exam/lags';

const { values } = parseArgs({
  options: {
    candidates: { type: 'string', default: '300' },
    watchers: { type: 'string', default: '10' },
    spectators: { type: 'string', default: '5' },
    seconds: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '5' },
    'server-flags': { type: 'string', default: '--max-semi-space-size=32' },
    /** Skip the run without proctors. */
    'skip-baseline': { type: 'boolean', default: false },
  },
});
const candidates = Number(values.candidates);
const watchers = Number(values.watchers);
const spectators = Math.min(Number(values.spectators), watchers);
const dataDir = mkdtempSync(join(tmpdir(), 'vocaxr-bench-exam-'));
const proctorNames = Array.from({ length: watchers }, (_, i) => `proctor${String(i + 1).padStart(2, '0')}`);

interface Run {
  load: { result: Record<string, number>; peakRssMiB: number; cpuPct: number };
  tiles?: Lags;
  spectator?: Lags;
  tilePushes?: number;
  /** CPU of the proctors' process (it shares the machine with the server). */
  proctorCpuPct?: number;
  /** The machine's 1-minute load average when the run ended (other work shares the cores). */
  loadAverage: number;
}

/** One exam day on a fresh server and database; proctors when `withProctors`. */
async function examDay(name: string, withProctors: boolean): Promise<Run> {
  const databasePath = join(dataDir, `${name}.db`);
  const usernames = await seedLearners(databasePath, candidates, proctorNames.map((username) => ({ username, role: 'assessor' })));
  const { server, baseUrl } = await startServerProcess(databasePath, values['server-flags']!);
  try {
    const learners = await signInLearners(baseUrl, usernames);
    const proctors = await signInLearners(baseUrl, proctorNames);
    const response = await fetch(`${baseUrl}/api/exams`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${proctors.tokens[0]}` },
      body: JSON.stringify({
        sceneId: 'welding-bead',
        title: 'Exam day',
        candidateIds: learners.userIds,
        assessorIds: proctors.userIds.slice(1),
        opensAt: new Date(Date.now() - 60_000).toISOString(),
        closesAt: new Date(Date.now() + 2 * 3_600_000).toISOString(),
        timeLimitMs: 30 * 60_000,
        judges: 1,
      }),
    });
    if (response.status !== 201) throw new Error(`POST /api/exams: HTTP ${response.status} ${await response.text()}`);
    const examId = ((await response.json()) as ExamResponse).exam.id;
    const tokensFile = join(dataDir, `${name}-learners.txt`);
    writeFileSync(tokensFile, learners.tokens.join('\n'));

    let proctorProcess: ReturnType<typeof spawnTs> | undefined;
    const proctorLogFile = join(dataDir, `${name}-proctors.json`);
    if (withProctors) {
      const proctorTokens = join(dataDir, `${name}-proctors.txt`);
      writeFileSync(proctorTokens, proctors.tokens.join('\n'));
      proctorProcess = spawnTs('bench/exam/proctors.ts', [baseUrl, proctorTokens, examId, String(watchers), String(spectators), proctorLogFile]);
      await firstJsonLine(proctorProcess, (l) => l.ready === true);
    }
    console.log(`${name}: ${candidates} candidates at 60 Hz into one exam${withProctors ? `, ${watchers} proctors watching, ${spectators} spectating` : ', no proctors'}; ${values.warmup} s warm-up, ${values.seconds} s measured…`);
    const acksFile = join(dataDir, `${name}-acks.json`);
    const generator = spawnTs('bench/ingest/loadGenerator.ts', [baseUrl, tokensFile, String(candidates), values.warmup!, values.seconds!, examId, acksFile]);
    const proctorTicks = proctorProcess ? cpuTicks(proctorProcess.pid!) : 0;
    const loadStarted = performance.now();
    const load = (await watchProcess(server.pid!, firstJsonLine(generator, (l) => 'ackedEventsPerS' in l))) as Run['load'];
    if (!proctorProcess) return { load, loadAverage: loadavg()[0]! };
    const proctorCpuPct = Math.round(((cpuTicks(proctorProcess.pid!) - proctorTicks) / 100 / ((performance.now() - loadStarted) / 1000)) * 100);
    // The generator waited 2 s for in-flight acks; the tiles of the last ones are due within 1 s.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await stopProcess(proctorProcess);
    const acks = JSON.parse(readFileSync(acksFile, 'utf8')) as AckLog;
    const seen = JSON.parse(readFileSync(proctorLogFile, 'utf8')) as ProctorLog;
    return { load, tiles: tileLags(acks, seen), spectator: spectatorLags(acks, seen), tilePushes: seen.tiles.length, proctorCpuPct, loadAverage: loadavg()[0]! };
  } finally {
    await stopProcess(server);
  }
}

const withProctors = await examDay('with-proctors', true);
const without = values['skip-baseline'] ? undefined : await examDay('without-proctors', false);
rmSync(dataDir, { recursive: true, force: true });

const ms = (value: number) => `${value.toFixed(1)} ms`;
const lagText = (lags: Lags | undefined) => (lags ? `p50 ${ms(percentileOf(lags, 0.5))}  p99 ${ms(percentileOf(lags, 0.99))}  (${lags.sorted.length} samples, ${lags.missing} never arrived)` : '—');
const row = (name: string, r: Run) => {
  const l = r.load.result;
  return [
    `${name} (load average ${r.loadAverage.toFixed(1)} on ${availableParallelism()} cores)`,
    `  ingested ${l.ackedEventsPerS} of ${l.offeredEventsPerS} ev/s offered (${((l.ackedEventsPerS! / l.offeredEventsPerS!) * 100).toFixed(1)} %), refused ${l.refused}, timeouts ${l.timeouts}`,
    `  ack p50 ${ms(l.p50Ms!)}  p99 ${ms(l.p99Ms!)}  max ${ms(l.maxMs!)}  server RSS ${r.load.peakRssMiB} MiB  server CPU ${r.load.cpuPct} %  generator CPU ${l.generatorCpuPct} %`,
    `  proctor tile lag ${lagText(r.tiles)}${r.tilePushes !== undefined ? `; ${r.tilePushes} tiles pushed in all; proctors' process CPU ${r.proctorCpuPct} %` : ''}`,
    `  spectator event lag ${lagText(r.spectator)}`,
  ].join('\n');
};
console.log(row(`with ${watchers} proctors (${spectators} spectating)`, withProctors));
if (without) console.log(row('without proctors', without));
process.exit(0);
