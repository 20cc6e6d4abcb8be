// One attempt from the browser's side: opens the /training socket, starts a session (or
// resumes the one this learner left unfinished on this device), numbers and stamps events
// into the outbox, delivers them, and finishes. No React here; useAttempt wires it.
import { io, type Socket } from 'socket.io-client';
import type { ScoreReport } from '../../scenes/rubric/report';
import type { TelemetrySink, WorkshopMode } from './contract';
import { Outbox } from './telemetry/outbox';
import { OutboxStore, forgetAttempt, keepAttempt, keptAttempt, type KeptAttempt } from './telemetry/outboxStore';
import { TelemetryDelivery, type DeliveryStatus } from './telemetry/delivery';
import { attemptTime } from './telemetry/eventTime';

type Answer = { ok: boolean; error?: { code: string; message: string } } & Record<string, unknown>;

export class AttemptError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'AttemptError';
  }
}

export interface AttemptOptions {
  token: string;
  userId: string;
  sceneId: string;
  mode: WorkshopMode;
  onStatus: (status: DeliveryStatus) => void;
}

export class Attempt {
  readonly telemetry: TelemetrySink;
  private readonly delivery: TelemetryDelivery;
  /** Set once finishing starts: the log is closed, later samples (a torch still in hand) are not part of it. */
  private recording = true;

  private constructor(
    private readonly socket: Socket,
    readonly kept: KeptAttempt,
    readonly resumed: boolean,
    private readonly outbox: Outbox,
    store: OutboxStore | undefined,
    onStatus: (status: DeliveryStatus) => void,
  ) {
    this.delivery = new TelemetryDelivery(socket, kept.sessionId, outbox, store, onStatus);
    // t is wall-clock time since the attempt started, so it carries on across a reload; input
    // stamped on the page's clock is converted (eventTime.ts), the outbox keeps t rising.
    this.telemetry = {
      record: (type, data, atMs) => {
        if (this.recording) outbox.record(type, data, attemptTime(atMs, performance.timeOrigin, kept.startEpochMs, Date.now()));
      },
    };
    this.delivery.start();
  }

  get sessionId(): string {
    return this.kept.sessionId;
  }

  get params(): Record<string, unknown> {
    return this.kept.params;
  }

  status(): DeliveryStatus {
    return this.delivery.status();
  }

  /** Delivers every event, then asks the server for the authoritative ScoreReport. */
  async finish(): Promise<ScoreReport> {
    this.recording = false;
    const result = await this.delivery.finish();
    forgetAttempt(this.kept.userId, this.kept.sceneId);
    return result;
  }

  close(): void {
    this.delivery.stop();
    this.socket.close();
  }

  static async open(options: AttemptOptions): Promise<Attempt> {
    const socket = io('/training', { auth: { token: options.token }, reconnectionDelayMax: 2_000 });
    try {
      await connected(socket);
      const store = typeof indexedDB === 'undefined' ? undefined : new OutboxStore();
      const previous = keptAttempt(options.userId, options.sceneId);
      if (previous && previous.mode === options.mode) {
        const answer = await ask(socket, 'session:resume', { sessionId: previous.sessionId });
        if (answer.ok && answer.status === 'active') {
          const restored = store ? await store.load(previous.sessionId).catch(() => []) : [];
          const outbox = new Outbox(answer.ackedSeq as number, restored);
          return new Attempt(socket, previous, true, outbox, store, options.onStatus);
        }
        forgetAttempt(options.userId, options.sceneId);
      }
      const answer = await ask(socket, 'session:start', { sceneId: options.sceneId, mode: options.mode });
      if (!answer.ok) throw new AttemptError(answer.error?.code ?? 'internal', answer.error?.message ?? 'refused');
      const kept: KeptAttempt = {
        sessionId: answer.sessionId as string,
        sceneId: options.sceneId,
        mode: options.mode,
        params: (answer.params as Record<string, unknown> | undefined) ?? {},
        startEpochMs: Date.now(),
        userId: options.userId,
      };
      keepAttempt(kept);
      return new Attempt(socket, kept, false, new Outbox(), store, options.onStatus);
    } catch (error) {
      socket.close();
      throw error;
    }
  }
}

function connected(socket: Socket): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new AttemptError('network', 'the server cannot be reached')), 15_000);
    socket.once('connect', () => {
      clearTimeout(timer);
      resolve();
    });
    socket.once('connect_error', (error) => {
      if (error.message === 'unauthorized') {
        clearTimeout(timer);
        reject(new AttemptError('unauthorized', 'your sign-in has expired'));
      }
    });
  });
}

async function ask(socket: Socket, event: string, payload: unknown): Promise<Answer> {
  try {
    return (await socket.timeout(10_000).emitWithAck(event, payload)) as Answer;
  } catch {
    throw new AttemptError('network', 'the server did not answer');
  }
}
