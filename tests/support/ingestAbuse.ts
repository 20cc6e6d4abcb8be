// Shared by the ingest abuse tests and bench/abuse/ingest.ts: cheap valid events in bulk, a
// finished attempt with a long log, a /api/health poller, and a handshake that reports refusals.
import { io } from 'socket.io-client';
import type { AttemptEvent } from '../../scenes/rubric/events';
import type { TestServer } from './testServer';
import { connectTraining, emitAck, startPractice, type TrainingSocket } from './trainingClient';

/** Valid torch samples seq from..from+count-1, t = seq ms (so t rises with seq). */
export function torchEvents(fromSeq: number, count: number): AttemptEvent[] {
  return Array.from({ length: count }, (_, i) => ({
    seq: fromSeq + i,
    t: fromSeq + i,
    type: 'torch',
    data: { p: [0.01 * (i % 100), 0.02, -0.45], d: [0, -1, 0], arc: i % 2 === 0 },
  }));
}

/**
 * A finished practice attempt of `eventCount` events, recorded through /training (on a server
 * with its limits raised); `advance` runs the server's clock past the log.
 */
export async function recordFinishedAttempt(server: TestServer, token: string, eventCount: number, advance: (ms: number) => void): Promise<string> {
  const socket = await connectTraining(server.url, token);
  try {
    const sessionId = await startPractice(socket);
    advance(eventCount + 1_000);
    // One batch at a time, made as it is sent: little garbage left for a GC pause to collect later.
    for (let from = 1; from <= eventCount; from += 500) {
      const events = torchEvents(from, Math.min(500, eventCount - from + 1));
      const answer = await emitAck(socket, 'session:events', { sessionId, events }, 30_000);
      if (!answer.ok) throw new Error(`session:events refused: ${JSON.stringify(answer.error)}`);
    }
    const finished = await emitAck(socket, 'session:finish', { sessionId, lastSeq: eventCount }, 60_000);
    if (!finished.ok) throw new Error(`session:finish refused: ${JSON.stringify(finished.error)}`);
    return sessionId;
  } finally {
    socket.close();
  }
}

/** Polls GET /api/health one request after another until stopped; resolves with each latency (ms). */
export function pollHealth(url: string): { stop(): Promise<number[]> } {
  const latencies: number[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      const response = await fetch(`${url}/api/health`);
      await response.arrayBuffer();
      latencies.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return latencies;
    },
  };
}

/** A /training handshake that resolves with the socket or the connect_error message. */
export function tryConnect(url: string, token: string): Promise<{ socket: TrainingSocket; error?: string }> {
  return new Promise((resolve) => {
    const socket: TrainingSocket = io(`${url}/training`, { auth: { token }, transports: ['websocket'], forceNew: true, reconnection: false });
    socket.once('connect', () => resolve({ socket }));
    socket.once('connect_error', (error) => resolve({ socket, error: error.message }));
  });
}

export const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};
