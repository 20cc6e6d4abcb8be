// A /training client for tests and benchmarks: a real socket.io-client with acks and timeouts.
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../../scenes/protocol/training';
import type { AttemptEvent } from '../../scenes/rubric/events';

export type TrainingSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export function connectTraining(url: string, token: string, options: { reconnection?: boolean } = {}): Promise<TrainingSocket> {
  return new Promise((resolve, reject) => {
    const socket: TrainingSocket = io(`${url}/training`, {
      auth: { token },
      transports: ['websocket'],
      forceNew: true,
      reconnection: options.reconnection ?? false,
      reconnectionDelay: 50,
      reconnectionDelayMax: 200,
    });
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

// The ack payloads are loosely typed on purpose: tests inspect refusals as well as successes.
type Answer = { ok: boolean; error?: { code: string; message: string } } & Record<string, unknown>;

export async function emitAck(socket: TrainingSocket, event: keyof ClientToServerEvents, payload: unknown, timeoutMs = 5_000): Promise<Answer> {
  return (await (socket as unknown as Socket).timeout(timeoutMs).emitWithAck(event, payload)) as Answer;
}

export async function startPractice(socket: TrainingSocket, sceneId = 'welding-bead'): Promise<string> {
  const answer = await emitAck(socket, 'session:start', { sceneId, mode: 'practice' });
  if (!answer.ok) throw new Error(`session:start refused: ${JSON.stringify(answer.error)}`);
  return answer.sessionId as string;
}

/** Cuts a log into batches of `size` events. */
export function batches<T>(events: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < events.length; i += size) out.push(events.slice(i, i + size));
  return out;
}

/** Parses an NDJSON replay log. */
export function parseNdjson(text: string): AttemptEvent[] {
  return text
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as AttemptEvent);
}
