// The dashboard's /proctor socket (docs/protocol.md §6): signed in and kept fresh by the same
// signedInSocket as /training; on every (re)connect it watches the exam again (the answer
// replaces the tiles) and spectates again what it was spectating; pushes go into the store.
import type { Socket } from 'socket.io-client';
import type { AttemptEvent } from '../../../scenes/rubric/events';
import { errorCodes, type ErrorCode } from '../../../scenes/protocol/errors';
import type { ProctorClientToServerEvents, ProctorServerToClientEvents } from '../../../scenes/protocol/proctor';
import { signedInSocket, type SignedInSocket } from '../../workshop/signedInSocket';
import { applyCandidate, applySnapshot, setLink, type ProctorStore } from './proctorStore';

type ProctorSocket = Socket<ProctorServerToClientEvents, ProctorClientToServerEvents>;

const ackTimeoutMs = 10_000;

/** What a spectator hears: the log so far (`fromStart`, after every (re)spectate) or a batch committed since. */
export interface SpectateFollower {
  events(events: AttemptEvent[], fromStart: boolean): void;
  refused(code: ErrorCode | 'network'): void;
}

export class ProctorLink {
  private readonly connection: SignedInSocket;
  private readonly socket: ProctorSocket;
  private readonly followers = new Map<string, SpectateFollower>();
  private closed = false;

  constructor(
    private readonly examId: string,
    private readonly store: ProctorStore,
    private readonly now: () => number = Date.now,
  ) {
    this.connection = signedInSocket('/proctor', { reconnectionDelayMax: 2_000 });
    this.socket = this.connection.socket as ProctorSocket;
    this.socket.on('connect', () => void this.watch());
    this.socket.on('proctor:candidate', (candidate) => applyCandidate(this.store, candidate, this.now()));
    this.socket.on('proctor:events', (batch) => this.followers.get(batch.sessionId)?.events(batch.events, false));
    this.socket.on('disconnect', () => {
      if (!this.closed && this.store.getState().link.state !== 'failed') setLink(this.store, { state: 'reconnecting' });
    });
    // A refusal at the handshake other than an expired token (a student, an account without this
    // exam, too many sockets): the server will not take this socket; say why and stop trying.
    this.socket.on('connect_error', (error) => {
      const code = error.message as ErrorCode;
      if (code === 'unauthorized' || !errorCodes.includes(code)) return; // signedInSocket refreshes; the manager retries the network
      this.fail(code);
    });
    this.connection.refused.catch(() => this.fail('unauthorized'));
  }

  /** Follows one attempt's log live until the returned function is called (then unspectates). */
  spectate(sessionId: string, follower: SpectateFollower): () => void {
    this.followers.set(sessionId, follower);
    if (this.socket.connected) void this.askSpectate(sessionId, follower);
    return () => {
      if (this.followers.get(sessionId) !== follower) return;
      this.followers.delete(sessionId);
      if (this.socket.connected) void this.socket.timeout(ackTimeoutMs).emitWithAck('proctor:unspectate', { sessionId }).catch(() => undefined);
    };
  }

  /** Asks for the whole log again (a follower saw a gap in the pushed batches). */
  resync(sessionId: string): void {
    const follower = this.followers.get(sessionId);
    if (follower && this.socket.connected) void this.askSpectate(sessionId, follower);
  }

  close(): void {
    this.closed = true;
    for (const sessionId of this.followers.keys()) this.socket.emit('proctor:unspectate', { sessionId }, () => undefined);
    this.followers.clear();
    this.connection.stop();
    this.socket.close();
  }

  private fail(code: ErrorCode | 'network'): void {
    if (this.closed) return;
    setLink(this.store, { state: 'failed', problem: { status: 0, code } });
    this.connection.stop();
    this.socket.close();
  }

  private async watch(): Promise<void> {
    try {
      const answer = await this.socket.timeout(ackTimeoutMs).emitWithAck('proctor:watch', { examId: this.examId });
      if (this.closed) return;
      if (!answer.ok) return this.fail(answer.error.code);
      applySnapshot(this.store, answer.candidates, this.now());
    } catch {
      // No answer in time: start the connection again, which watches again.
      if (this.closed || !this.socket.connected) return;
      this.socket.disconnect().connect();
      return;
    }
    for (const [sessionId, follower] of this.followers) void this.askSpectate(sessionId, follower);
  }

  private async askSpectate(sessionId: string, follower: SpectateFollower): Promise<void> {
    try {
      const answer = await this.socket.timeout(ackTimeoutMs).emitWithAck('proctor:spectate', { sessionId });
      if (this.followers.get(sessionId) !== follower) return;
      if (answer.ok) follower.events(answer.events, true);
      else follower.refused(answer.error.code);
    } catch {
      if (this.followers.get(sessionId) === follower && this.socket.connected) follower.refused('network');
    }
  }
}
