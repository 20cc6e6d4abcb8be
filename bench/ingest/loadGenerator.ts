// N simulated learners, each on its own socket.io-client connection: starts a welding session
// (practice, or their attempt at an exam), then every 100 ms sends the torch samples of that
// 100 ms (60 Hz), and records ack latency. Prints one JSON line of figures at the end; with an
// acks file, also writes when each ack of the measured window came (bench/exam.ts joins it with
// what the proctors saw). Run by bench/ingest.ts and bench/exam.ts, in its own process.
// Args: url tokens learners warmupS measureS [examId|-] [acksFile]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { io, type Socket } from 'socket.io-client';
import { simulateWeld } from '../../scenes/welding-bead/simulatedWelder';

const [url, tokensArg, learnersArg, warmupArg, secondsArg, examArg, acksFile] = process.argv.slice(2);
const examId = examArg && examArg !== '-' ? examArg : undefined;
/** Epoch ms with sub-ms precision, comparable across the benchmark's processes. */
const epochMs = () => performance.timeOrigin + performance.now();
/** One token per learner (a file, one per line), or one literal token for all (the bare server takes any). */
const tokens = existsSync(tokensArg!) ? readFileSync(tokensArg!, 'utf8').split('\n').filter(Boolean) : [tokensArg!];
const learners = Number(learnersArg);
const warmupMs = Number(warmupArg) * 1000;
const measureMs = Number(secondsArg) * 1000;
const batchEveryMs = 100;
const samplesPerBatch = 6; // 60 Hz

// One realistic weld's torch samples, replayed by every learner with its own seq and t.
const torchTemplate = simulateWeld({ seed: 1, unsteadiness: 0.5, durationMs: 60_000 }).filter((e) => e.type === 'torch');

interface Learner {
  index: number;
  socket: Socket;
  sessionId: string;
  startedAt: number;
  seq: number;
}

const latencies: number[] = [];
let ackedEvents = 0;
let sentEvents = 0;
let refused = 0;
let timeouts = 0;
let measuring = false;
/** [learner index, ackedSeq, epoch ms] of each ack in the measured window, when an acks file is asked for. */
const ackLog: [number, number, number][] = [];

async function connectLearner(i: number): Promise<Learner> {
  const socket = io(`${url}/training`, { auth: { token: tokens[i % tokens.length] }, transports: ['websocket'], forceNew: true, reconnection: false });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', reject);
  });
  const start = examId ? { sceneId: 'welding-bead', mode: 'exam', examId } : { sceneId: 'welding-bead', mode: 'practice' };
  const answer = (await socket.timeout(30_000).emitWithAck('session:start', start)) as { ok: boolean; sessionId: string };
  if (!answer.ok) throw new Error(`learner ${i}: session:start refused ${JSON.stringify(answer)}`);
  return { index: i, socket, sessionId: answer.sessionId, startedAt: Date.now(), seq: 0 };
}

function sendBatch(learner: Learner): void {
  const events = [];
  const now = Date.now() - learner.startedAt;
  for (let k = 0; k < samplesPerBatch; k++) {
    learner.seq += 1;
    const sample = torchTemplate[learner.seq % torchTemplate.length]!;
    events.push({ seq: learner.seq, t: Math.max(0, now - (samplesPerBatch - 1 - k) * (1000 / 60)), type: 'torch', data: sample.data });
  }
  const counted = measuring;
  const sentAt = performance.now();
  if (counted) sentEvents += events.length;
  learner.socket
    .timeout(10_000)
    .emitWithAck('session:events', { sessionId: learner.sessionId, events })
    .then((answer: { ok: boolean; ackedSeq?: number }) => {
      if (!counted) return;
      if (!answer.ok) {
        refused += 1;
        return;
      }
      latencies.push(performance.now() - sentAt);
      if (acksFile) ackLog.push([learner.index, answer.ackedSeq!, epochMs()]);
      ackedEvents += events.length;
    })
    .catch(() => {
      if (counted) timeouts += 1;
    });
}

const connected: Learner[] = [];
const connectStarted = performance.now();
for (let i = 0; i < learners; i += 50) {
  connected.push(...(await Promise.all(Array.from({ length: Math.min(50, learners - i) }, (_, k) => connectLearner(i + k)))));
}
const connectMs = performance.now() - connectStarted;

// Spread the learners' send times evenly over each 100 ms.
const timers = connected.map((learner, i) =>
  setTimeout(() => {
    sendBatch(learner);
    timers[i] = setInterval(() => sendBatch(learner), batchEveryMs);
  }, (i * batchEveryMs) / connected.length),
);

await new Promise((r) => setTimeout(r, warmupMs));
measuring = true;
const measureStart = performance.now();
const cpuStart = process.cpuUsage();
await new Promise((r) => setTimeout(r, measureMs));
measuring = false;
const elapsedS = (performance.now() - measureStart) / 1000;
const cpu = process.cpuUsage(cpuStart);
for (const t of timers) clearInterval(t);
await new Promise((r) => setTimeout(r, 2_000)); // let in-flight acks of the window land

latencies.sort((a, b) => a - b);
const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? NaN;
console.log(
  JSON.stringify({
    learners,
    connectMs: Math.round(connectMs),
    offeredEventsPerS: Math.round(sentEvents / elapsedS),
    ackedEventsPerS: Math.round(ackedEvents / elapsedS),
    p50Ms: +pct(0.5).toFixed(1),
    p99Ms: +pct(0.99).toFixed(1),
    maxMs: +(latencies.at(-1) ?? NaN).toFixed(1),
    refused,
    timeouts,
    generatorCpuPct: Math.round(((cpu.user + cpu.system) / 1e6 / elapsedS) * 100),
  }),
);
if (acksFile) writeFileSync(acksFile, JSON.stringify({ sessionIds: connected.map((l) => l.sessionId), acks: ackLog }));
for (const l of connected) l.socket.close();
process.exit(0);
