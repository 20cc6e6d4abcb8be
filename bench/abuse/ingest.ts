// Ingest abuse benchmark (issue 10, findings 2–4 and the deep event): one student's token against
// a real server. Prints /api/health latency during a stream of messages to a finished 50,000-event
// attempt; what the per-user budgets let through of 300 sockets, 30,000 messages and 2,000 starts;
// and what 80,000 events beyond a never-sent seq 1 cost in memory and on disk.
// Usage: npx tsx bench/abuse/ingest.ts (or node --expose-gc --import tsx bench/abuse/ingest.ts for steadier memory figures)
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ingestLimits } from '../../scenes/protocol/training';
import { loginAs, manualClock, startTestServer, type TestServer } from '../../tests/support/testServer';
import { percentile, pollHealth, recordFinishedAttempt, torchEvents, tryConnect } from '../../tests/support/ingestAbuse';
import { batches, connectTraining, emitAck, startPractice, type TrainingSocket } from '../../tests/support/trainingClient';

const unthrottled = {
  socketRateLimit: { burst: 1_000_000, perSecond: 1_000_000 },
  userBudgets: { messagesPerUser: { burst: 1_000_000, perSecond: 1_000_000 } },
};
const round = (ms: number) => Math.round(ms * 10) / 10;
const mib = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;

/** Finding 2: 100 messages each from the owner and another student, back to back, to a finished attempt. */
async function finishedSessionStream(server: TestServer, advance: (ms: number) => void): Promise<Record<string, number>> {
  const ownerToken = await loginAs(server.url, 'student1');
  const sessionId = await recordFinishedAttempt(server, ownerToken, 50_000, advance);
  const sockets = [await connectTraining(server.url, ownerToken), await connectTraining(server.url, await loginAs(server.url, 'student2'))];
  const events = torchEvents(50_001, 10);
  globalThis.gc?.(); // with --expose-gc: the recording's garbage is not collected during the stream
  const health = pollHealth(server.url);
  const started = performance.now();
  await Promise.all(
    sockets.map(async (socket) => {
      for (let i = 0; i < 100; i++) await emitAck(socket, 'session:events', { sessionId, events }, 60_000);
    }),
  );
  const perMessage = (performance.now() - started) / 100;
  const latencies = await health.stop();
  for (const socket of sockets) socket.close();
  return {
    'finished 50,000-event attempt, 200 messages: mean answer time per message (ms)': round(perMessage),
    'finished-session stream: /api/health max (ms)': round(Math.max(...latencies)),
    'finished-session stream: /api/health p99 (ms)': round(percentile(latencies, 99)),
    'finished-session stream: /api/health requests': latencies.length,
  };
}

/** Finding 4: 80,000 events beyond a never-sent seq 1, then the stored count, RSS and database size. */
async function beyondGap(server: TestServer, advance: (ms: number) => void): Promise<Record<string, number>> {
  const socket = await connectTraining(server.url, await loginAs(server.url, 'student3'));
  const sessionId = await startPractice(socket);
  advance(100_000);
  const dbBytes = () => ['vocaxr.db', 'vocaxr.db-wal'].reduce((sum, f) => sum + (statSync(join(server.dataDir, f), { throwIfNoEntry: false })?.size ?? 0), 0);
  globalThis.gc?.();
  const rssBefore = process.memoryUsage().rss;
  const dbBefore = dbBytes();
  let refused = 0;
  for (const events of batches(torchEvents(2, 80_000), ingestLimits.maxEventsPerBatch)) {
    const answer = await emitAck(socket, 'session:events', { sessionId, events }, 30_000);
    if (answer.error?.code === 'incomplete') refused += events.length;
  }
  globalThis.gc?.();
  const record = (await server.store.attempts.getSession(sessionId))!;
  const runs = await server.store.attempts.readEventRuns(record.no, 0, Number.MAX_SAFE_INTEGER, 1_000_000);
  const figures = {
    '80,000 events beyond a gap: events refused (incomplete)': refused,
    '80,000 events beyond a gap: events stored (all waiting for seq 1)': runs.reduce((sum, run) => sum + run.lastSeq - run.firstSeq + 1, 0),
    '80,000 events beyond a gap: RSS change, server and client in one process (MiB)': mib(process.memoryUsage().rss - rssBefore),
    '80,000 events beyond a gap: database change (MiB)': mib(dbBytes() - dbBefore),
  };
  socket.close();
  return figures;
}

/** Finding 3 with the default budgets: one token, 300 sockets, 30,000 messages, 2,000 starts. */
async function oneUserFlood(server: TestServer): Promise<Record<string, number>> {
  const token = await loginAs(server.url, 'student1');
  let started = performance.now();
  const handshakes = await Promise.all(Array.from({ length: 300 }, () => tryConnect(server.url, token)));
  const handshakeMs = performance.now() - started;
  const sockets: TrainingSocket[] = handshakes.filter((h) => !h.error).map((h) => h.socket);

  started = performance.now();
  const answers = await Promise.all(
    Array.from({ length: 30_000 }, (_, i) => emitAck(sockets[i % sockets.length]!, 'session:resume', { sessionId: `none-${i}` }, 60_000)),
  );
  const messagesMs = performance.now() - started;

  started = performance.now();
  const starts = await Promise.all(
    Array.from({ length: 2_000 }, (_, i) => emitAck(sockets[i % sockets.length]!, 'session:start', { sceneId: 'welding-bead', mode: 'practice' }, 60_000)),
  );
  const startsMs = performance.now() - started;
  const teacher = await loginAs(server.url, 'teacher1');
  const auth = { headers: { Authorization: `Bearer ${teacher}` } };
  const classes = (await (await fetch(`${server.url}/api/classes`, auth)).json()) as { id: string }[];
  let listed = 0;
  for (const { id } of classes) listed += ((await (await fetch(`${server.url}/api/classes/${id}/sessions?status=active`, auth)).json()) as { total: number }).total;
  for (const h of handshakes) h.socket.close();
  return {
    '300 sockets, one token: admitted': sockets.length,
    '300 sockets, one token: refused (rate_limited)': handshakes.filter((h) => h.error === 'rate_limited').length,
    '300 sockets, one token: time (ms)': Math.round(handshakeMs),
    '30,000 messages, one user: accepted': answers.filter((a) => a.error?.code !== 'rate_limited').length,
    '30,000 messages, one user: refused (rate_limited)': answers.filter((a) => a.error?.code === 'rate_limited').length,
    '30,000 messages, one user: time (ms)': Math.round(messagesMs),
    '2,000 session:start, one user: accepted': starts.filter((a) => a.ok).length,
    '2,000 session:start, one user: refused conflict (attempts per scene)': starts.filter((a) => a.error?.code === 'conflict').length,
    '2,000 session:start, one user: refused rate_limited (starts per minute)': starts.filter((a) => a.error?.code === 'rate_limited').length,
    '2,000 session:start, one user: time (ms)': Math.round(startsMs),
    '2,000 session:start: active attempts in the class list': listed,
  };
}

export async function run(): Promise<Record<string, string | number>> {
  const clock = manualClock();
  const open = await startTestServer({}, { now: clock.now, ...unthrottled });
  const figures: Record<string, string | number> = {};
  try {
    // On a fresh database first, so its size change is this attack's alone.
    Object.assign(figures, await beyondGap(open, clock.advance));
    Object.assign(figures, await finishedSessionStream(open, clock.advance));
  } finally {
    await open.dispose();
  }
  const budgeted = await startTestServer();
  try {
    Object.assign(figures, await oneUserFlood(budgeted));
  } finally {
    await budgeted.dispose();
  }
  return figures;
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) {
  const figures = await run();
  for (const [label, value] of Object.entries(figures)) console.log(`${label}: ${value}`);
}
