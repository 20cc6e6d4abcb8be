// The proctors of the exam-day benchmark, in their own process: W sockets on /proctor watch one
// exam, the first S of them spectate one candidate each (the first S attempts they see start).
// Records when each tile and spectated batch arrives (epoch ms, comparable with the load
// generator's ack log); on SIGTERM writes them to a file and exits. Run by bench/exam.ts.
// Args: url tokensFile examId watchers spectators outFile
import { readFileSync, writeFileSync } from 'node:fs';
import { io, type Socket } from 'socket.io-client';
import type { CandidateLive, ProctorEvents } from '../../scenes/protocol/proctor';

const [url, tokensFile, examId, watchersArg, spectatorsArg, outFile] = process.argv.slice(2);
const tokens = readFileSync(tokensFile!, 'utf8').split('\n').filter(Boolean);
const watchers = Number(watchersArg);
const spectators = Number(spectatorsArg);
const epochMs = () => performance.timeOrigin + performance.now();

/** [watcher, sessionId, ackedSeq, epoch ms] per tile pushed. */
const tiles: [number, string, number, number][] = [];
/** [spectator, sessionId, firstSeq, lastSeq, epoch ms] per batch pushed. */
const batches: [number, string, number, number, number][] = [];
/** Per spectator: the session and the last seq of the log its ack held. */
const spectated: { sessionId: string; ackedTo: number }[] = [];
const sessionsSeen: string[] = [];
let tilesBeforeWatch = 0;

async function connect(k: number): Promise<Socket> {
  const socket = io(`${url}/proctor`, { auth: { token: tokens[k % tokens.length] }, transports: ['websocket'], forceNew: true, reconnection: false });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', reject);
  });
  socket.on('proctor:candidate', (tile: CandidateLive) => {
    if (tile.sessionId === undefined) return;
    tiles.push([k, tile.sessionId, tile.ackedSeq, epochMs()]);
    if (!sessionsSeen.includes(tile.sessionId)) sessionsSeen.push(tile.sessionId);
  });
  socket.on('proctor:events', ({ sessionId, events }: ProctorEvents) => {
    if (events.length > 0) batches.push([k, sessionId, events[0]!.seq, events.at(-1)!.seq, epochMs()]);
  });
  const answer = (await socket.timeout(30_000).emitWithAck('proctor:watch', { examId })) as { ok: boolean; candidates?: CandidateLive[] };
  if (!answer.ok) throw new Error(`proctor ${k}: proctor:watch refused ${JSON.stringify(answer)}`);
  tilesBeforeWatch += answer.candidates!.length;
  return socket;
}

const sockets = await Promise.all(Array.from({ length: watchers }, (_, k) => connect(k)));
console.log(JSON.stringify({ ready: true, watchers: sockets.length, tiles: tilesBeforeWatch }));

// Spectate as soon as enough attempts have started.
const spectating = (async () => {
  while (sessionsSeen.length < spectators) await new Promise((resolve) => setTimeout(resolve, 50));
  await Promise.all(
    sockets.slice(0, spectators).map(async (socket, k) => {
      const sessionId = sessionsSeen[k]!;
      const answer = (await socket.timeout(30_000).emitWithAck('proctor:spectate', { sessionId })) as { ok: boolean; events?: { seq: number }[] };
      if (!answer.ok) throw new Error(`proctor ${k}: proctor:spectate refused ${JSON.stringify(answer)}`);
      spectated[k] = { sessionId, ackedTo: answer.events!.at(-1)?.seq ?? 0 };
    }),
  );
  console.log(JSON.stringify({ spectating: spectated.length }));
})();

process.on('SIGTERM', () => {
  writeFileSync(outFile!, JSON.stringify({ tiles, batches, spectated }));
  for (const socket of sockets) socket.close();
  process.exit(0);
});
await spectating;
