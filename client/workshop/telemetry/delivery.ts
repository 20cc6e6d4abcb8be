// Delivers the outbox over /training: every 100 ms new events are persisted (IndexedDB) and
// the oldest unacknowledged ones sent with emitWithAck (one batch in flight, at most 500
// events); after a reconnect, session:resume tells what the server holds and sending goes on
// from there. Finishing waits until every event is acknowledged.
import type { Socket } from 'socket.io-client';
import type { ScoreReport } from '../../../scenes/rubric/report';
import { ingestLimits } from '../../../scenes/protocol/training';
import type { Outbox } from './outbox';
import type { OutboxStore } from './outboxStore';
import { AttemptError } from '../attemptError';

export type ConnectionState = 'connecting' | 'online' | 'offline';

export interface DeliveryStatus {
  connection: ConnectionState;
  /** Events recorded but not yet acknowledged. */
  pending: number;
  ackedSeq: number;
  lastSeq: number;
  /** A refusal the learner should know about (e.g. the session was finished elsewhere). */
  problem?: string;
}

type Answer = { ok: boolean; ackedSeq?: number; status?: string; error?: { code: string; message: string }; result?: ScoreReport };

/**
 * Why the server takes no more events of the attempt: it refused a batch with `time_over` (an
 * exam past its time), or a resume found the session no longer active (its status).
 */
export type DeliveryClosed = { refused: 'time_over' } | { status: string };

export const batchIntervalMs = 100;
const ackTimeoutMs = 5_000;

export class TelemetryDelivery {
  private timer: ReturnType<typeof setInterval> | undefined;
  private inFlight = false;
  private resumed = true;
  private backoffUntil = 0;
  private problem: string | undefined;
  private stopped = false;
  /** Set when the server takes no more events (exams only, see onClosed): sending stops. */
  private closed: DeliveryClosed | undefined;

  /**
   * `onClosed` (exams): told once when the server will take no more events; sending stops then
   * instead of offering the same refused batch again. Without it, a refusal is only reported.
   */
  constructor(
    private readonly socket: Socket,
    private readonly sessionId: string,
    private readonly outbox: Outbox,
    private readonly store: OutboxStore | undefined,
    private readonly onStatus: (status: DeliveryStatus) => void,
    private readonly onClosed?: (closed: DeliveryClosed) => void,
  ) {
    socket.on('connect', this.onConnect);
    socket.on('disconnect', this.onDisconnect);
  }

  start(): void {
    this.timer ??= setInterval(() => void this.tick(), batchIntervalMs);
    this.report();
  }

  stop(): void {
    this.stopped = true;
    clearInterval(this.timer);
    this.timer = undefined;
    this.socket.off('connect', this.onConnect);
    this.socket.off('disconnect', this.onDisconnect);
  }

  status(): DeliveryStatus {
    return {
      connection: this.socket.connected ? 'online' : this.socket.active ? 'connecting' : 'offline',
      pending: this.outbox.pendingCount,
      ackedSeq: this.outbox.ackedSeq,
      lastSeq: this.outbox.lastSeq,
      ...(this.problem ? { problem: this.problem } : {}),
    };
  }

  /** Sends everything, then finishes the session on the server; resolves with its ScoreReport. */
  async finish(): Promise<ScoreReport> {
    for (;;) {
      await this.drained();
      if (this.stopped) throw new AttemptError('network', 'the attempt was closed before the server finished it');
      if (this.closed) throw new AttemptError('refused' in this.closed ? this.closed.refused : 'conflict', 'the server takes no more events of this attempt');
      const answer = (await this.socket
        .timeout(ackTimeoutMs * 2)
        .emitWithAck('session:finish', { sessionId: this.sessionId, lastSeq: this.outbox.lastSeq })
        .catch(() => undefined)) as Answer | undefined;
      if (answer?.ok && answer.result) return answer.result;
      if (answer?.error?.code === 'incomplete' && answer.ackedSeq !== undefined) {
        this.resumed = false; // resync from what the server holds, then try again
        continue;
      }
      // `unauthorized`: the token ran out on the server before its successor reached it; the
      // server closes this socket and signedInSocket reconnects with a fresh token (or ends the
      // session, which the attempt's finish races), so it is asked again like a lost answer.
      if (answer?.error && answer.error.code !== 'unauthorized') throw new AttemptError(answer.error.code, answer.error.message);
      await sleep(500); // no answer (offline or slow) or unauthorized: wait and retry
    }
  }

  private readonly onConnect = () => {
    this.resumed = false;
    this.report();
  };

  private readonly onDisconnect = () => {
    this.inFlight = false;
    this.report();
  };

  private async tick(): Promise<void> {
    await this.persist();
    if (this.closed) return this.report();
    if (!this.socket.connected || this.inFlight || Date.now() < this.backoffUntil) return this.report();
    this.inFlight = true;
    try {
      if (!this.resumed) await this.resume();
      else await this.sendBatch();
    } finally {
      this.inFlight = false;
      this.report();
    }
  }

  private async persist(): Promise<void> {
    const fresh = this.outbox.takeUnpersisted();
    if (this.store && fresh.length > 0) await this.store.append(this.sessionId, fresh).catch(() => undefined);
  }

  private async resume(): Promise<void> {
    const answer = (await this.socket.timeout(ackTimeoutMs).emitWithAck('session:resume', { sessionId: this.sessionId }).catch(() => undefined)) as
      | Answer
      | undefined;
    if (!answer?.ok) return;
    this.acknowledge(answer.ackedSeq ?? 0);
    this.resumed = true;
    if (this.onClosed && answer.status !== undefined && answer.status !== 'active') this.close({ status: answer.status });
  }

  private async sendBatch(): Promise<void> {
    const batch = this.outbox.nextBatch(ingestLimits.maxEventsPerBatch);
    if (batch.length === 0) return;
    const answer = (await this.socket
      .timeout(ackTimeoutMs)
      .emitWithAck('session:events', { sessionId: this.sessionId, events: batch })
      .catch(() => undefined)) as Answer | undefined;
    if (!answer) {
      this.resumed = false; // lost ack: ask the server where it stands before sending more
      return;
    }
    if (answer.ok) return this.acknowledge(answer.ackedSeq ?? 0);
    if (answer.error?.code === 'time_over' && this.onClosed) this.close({ refused: 'time_over' });
    // Ended meanwhile (an exam stopped while this page was offline): the resume says how.
    else if (answer.error?.code === 'conflict' && this.onClosed) this.resumed = false;
    else if (answer.error?.code === 'rate_limited') this.backoffUntil = Date.now() + 1_000;
    // A token that ran out before its successor reached the server: the socket is being closed
    // and reconnects with a fresh one; the batch stays pending and goes again, nothing to tell.
    else if (answer.error?.code === 'unauthorized') this.backoffUntil = Date.now() + 500;
    // Beyond the server's seq window (it lost events we count as sent): resync from what it holds.
    else if (answer.error?.code === 'incomplete') {
      this.resumed = false;
      this.backoffUntil = Date.now() + batchIntervalMs;
    }
    else this.problem = answer.error?.message;
    if (answer.ackedSeq !== undefined) this.acknowledge(answer.ackedSeq);
  }

  private close(closed: DeliveryClosed): void {
    if (this.closed) return;
    this.closed = closed;
    this.onClosed?.(closed);
  }

  private acknowledge(ackedSeq: number): void {
    if (ackedSeq <= this.outbox.ackedSeq) return;
    this.outbox.acknowledge(ackedSeq);
    void this.store?.dropThrough(this.sessionId, ackedSeq).catch(() => undefined);
  }

  private report(): void {
    this.onStatus(this.status());
  }

  private async drained(): Promise<void> {
    while ((this.outbox.pendingCount > 0 && !this.closed) || this.inFlight) await sleep(batchIntervalMs);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
