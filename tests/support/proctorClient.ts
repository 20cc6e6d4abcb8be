// A /proctor client for tests and benchmarks: a real socket.io-client with acks and timeouts, and
// a recorder of what the server pushes (tiles and spectated batches) with their arrival times.
import { io, type Socket } from 'socket.io-client';
import type { CandidateLive, ProctorClientToServerEvents, ProctorEvents, ProctorServerToClientEvents } from '../../scenes/protocol/proctor';

export type ProctorSocket = Socket<ProctorServerToClientEvents, ProctorClientToServerEvents>;

export function connectProctor(url: string, token: string): Promise<ProctorSocket> {
  return new Promise((resolve, reject) => {
    const socket: ProctorSocket = io(`${url}/proctor`, { auth: { token }, transports: ['websocket'], forceNew: true, reconnection: false });
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

/** The connect_error message of a refused handshake, or 'admitted'. */
export function proctorHandshake(url: string, token: string | undefined): Promise<string> {
  return connectProctor(url, token as string).then(
    (socket) => (socket.close(), 'admitted'),
    (error: Error) => error.message,
  );
}

// Loosely typed on purpose: tests inspect refusals as well as successes.
type Answer = { ok: boolean; error?: { code: string; message: string } } & Record<string, unknown>;

export async function proctorAck(socket: ProctorSocket, event: keyof ProctorClientToServerEvents, payload: unknown, timeoutMs = 5_000): Promise<Answer> {
  return (await (socket as unknown as Socket).timeout(timeoutMs).emitWithAck(event, payload)) as Answer;
}

export interface Pushes {
  tiles: { at: number; tile: CandidateLive }[];
  batches: { at: number; batch: ProctorEvents }[];
  /** The newest tile of a learner. */
  latest(learnerId: string): CandidateLive | undefined;
}

/** Records every proctor:candidate and proctor:events the socket gets from now on. */
export function recordPushes(socket: ProctorSocket): Pushes {
  const pushes: Pushes = {
    tiles: [],
    batches: [],
    latest: (learnerId) => pushes.tiles.findLast((p) => p.tile.learnerId === learnerId)?.tile,
  };
  socket.on('proctor:candidate', (tile) => pushes.tiles.push({ at: Date.now(), tile }));
  socket.on('proctor:events', (batch) => pushes.batches.push({ at: Date.now(), batch }));
  return pushes;
}
