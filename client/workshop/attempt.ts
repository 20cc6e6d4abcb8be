// One attempt from the browser's side: opens the /training socket, starts a session (or
// continues the open one the learner chose, from this device or another), numbers and stamps
// events into the outbox, delivers them, and finishes. An exam attempt also carries its
// countdown and end (exam/examWatch.ts): nothing is recorded past the deadline, and the
// server's session:ended stops it. No React here; useAttempt wires it.
import type { Socket } from 'socket.io-client';
import type { ScoreReport } from '../../scenes/rubric/report';
import type { TelemetrySink, WorkshopMode } from './contract';
import { Outbox } from './telemetry/outbox';
import { OutboxStore, forgetAttempt, keepAttempt, keptAttempt, type KeptAttempt } from './telemetry/outboxStore';
import { AttemptError } from './attemptError';
import { TelemetryDelivery, type DeliveryStatus } from './telemetry/delivery';
import { attemptTime } from './telemetry/eventTime';
import type { SessionResumeAck } from '../../scenes/protocol/training';
import { continuedAttempt, type AttemptChoice } from './openAttempt';
import { signedInSocket, type SignedInSocket } from './signedInSocket';
import { ExamAttemptEnded, examOutcome, openExamSession, type ExamOutcome } from './exam/examStart';
import { ExamWatch } from './exam/examWatch';
import type { SessionEnded, SessionStatus } from '../../scenes/protocol/training';

export { AttemptError, ExamAttemptEnded };

type Answer = { ok: boolean; error?: { code: string; message: string } } & Record<string, unknown>;

export interface AttemptOptions {
  userId: string;
  sceneId: string;
  mode: WorkshopMode;
  onStatus: (status: DeliveryStatus) => void;
  /** What the learner chose (practice); absent: resume this device's kept attempt, if any. */
  choice?: AttemptChoice;
  /** Exams: the exam taken; its one attempt is started or, after a reload, resumed by the server. */
  examId?: string;
}

export class Attempt {
  readonly telemetry: TelemetrySink;
  private readonly delivery: TelemetryDelivery;
  /** Set once finishing starts: the log is closed, later samples (a torch still in hand) are not part of it. */
  private recording = true;

  private readonly socket: Socket;

  private constructor(
    private readonly connection: SignedInSocket,
    readonly kept: KeptAttempt,
    readonly resumed: boolean,
    private readonly outbox: Outbox,
    store: OutboxStore | undefined,
    onStatus: (status: DeliveryStatus) => void,
    /** Exams: the countdown and the end. */
    readonly exam?: ExamWatch,
  ) {
    this.socket = connection.socket;
    const onClosed = exam
      ? (closed: { refused: 'time_over' } | { status: string }) => {
          this.recording = false;
          if ('refused' in closed) exam.markTimeOver();
          else exam.end(examOutcome(closed.status as SessionStatus));
        }
      : undefined;
    this.delivery = new TelemetryDelivery(this.socket, kept.sessionId, outbox, store, onStatus, onClosed);
    // t is wall-clock time since the attempt started, so it carries on across a reload; input
    // stamped on the page's clock is converted (eventTime.ts), the outbox keeps t rising.
    this.telemetry = {
      record: (type, data, atMs) => {
        if (!this.recording) return undefined;
        const t = attemptTime(atMs, performance.timeOrigin, kept.startEpochMs, Date.now());
        // Past the deadline nothing more is recorded: the server would refuse it (time_over).
        if (exam && (exam.timeUp || t > exam.clock.limitT)) return undefined;
        return outbox.record(type, data, t).t;
      },
    };
    if (exam) this.socket.on('session:ended', this.onEnded);
    this.delivery.start();
  }

  /** The server ended this exam attempt (deadline + grace, or an assessor): stop, say how. */
  private readonly onEnded = (ended: SessionEnded) => {
    if (ended.sessionId !== this.kept.sessionId || !this.exam) return;
    this.recording = false;
    this.delivery.stop();
    forgetAttempt(this.kept.userId, this.kept.sceneId, this.kept.mode);
    this.exam.end(ended.reason === 'stopped' ? 'stopped' : 'time_over');
  };

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
    // The delivery asks again through reconnects; a sign-in the server no longer takes ends it here.
    const result = await Promise.race([this.delivery.finish(), signInEnded(this.connection)]);
    forgetAttempt(this.kept.userId, this.kept.sceneId, this.kept.mode);
    return result;
  }

  /** Exams: how the attempt ended, as the server says now (undefined while it is still open or unreachable). */
  async examOutcomeNow(): Promise<ExamOutcome | undefined> {
    const answer = await ask(this.socket, 'session:resume', { sessionId: this.sessionId }).catch(() => undefined);
    const status = answer?.ok ? (answer.status as SessionStatus) : undefined;
    return status && status !== 'active' ? examOutcome(status) : undefined;
  }

  close(): void {
    this.socket.off('session:ended', this.onEnded);
    this.delivery.stop();
    this.connection.stop();
    this.socket.close();
  }

  static async open(options: AttemptOptions): Promise<Attempt> {
    const connection = signedInSocket('/training', { reconnectionDelayMax: 2_000 });
    const { socket } = connection;
    try {
      await Promise.race([connected(socket), signInEnded(connection)]);
      const store = typeof indexedDB === 'undefined' ? undefined : new OutboxStore();
      const previous = keptAttempt(options.userId, options.sceneId, options.mode);
      if (options.mode === 'exam' && options.examId) return await Attempt.openExam(connection, options, options.examId, store, previous);
      const choice = options.choice ?? { kind: 'kept' };
      const resumeId = choice.kind === 'continue' ? choice.sessionId : choice.kind === 'kept' && previous?.mode === options.mode ? previous.sessionId : undefined;
      if (resumeId) {
        const answer = await ask(socket, 'session:resume', { sessionId: resumeId });
        if (answer.ok && answer.status === 'active') {
          // This device's own record keeps its clock and unsent events; another device's attempt
          // goes on from the server: events after its ackedSeq, t from its session time now.
          const { kept, here } = continuedAttempt(
            previous,
            resumeId,
            answer as unknown as SessionResumeAck,
            { userId: options.userId, sceneId: options.sceneId, mode: options.mode },
            Date.now(),
          );
          if (!here) keepAttempt(kept);
          const restored = here && store ? await store.load(resumeId).catch(() => []) : [];
          const outbox = new Outbox(answer.ackedSeq as number, restored);
          return new Attempt(connection, kept, true, outbox, store, options.onStatus);
        }
        if (previous?.sessionId === resumeId) forgetAttempt(options.userId, options.sceneId, options.mode);
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
      return new Attempt(connection, kept, false, new Outbox(), store, options.onStatus);
    } catch (error) {
      connection.stop();
      socket.close();
      throw error;
    }
  }

  /**
   * An exam: always session:start with the examId (the server hands back the candidate's one
   * attempt after a reload or from another device), then this device's kept events if it is
   * the same attempt, or t carried on from the server's session time if not.
   */
  private static async openExam(
    connection: SignedInSocket,
    options: AttemptOptions,
    examId: string,
    store: OutboxStore | undefined,
    previous: KeptAttempt | undefined,
  ): Promise<Attempt> {
    const opening = await openExamSession((event, payload) => ask(connection.socket, event, payload), { sceneId: options.sceneId, examId }).catch((error: unknown) => {
      // Ended (handed in, timed out, stopped): this device's record of it is of no more use.
      if (error instanceof ExamAttemptEnded && previous?.sessionId === error.sessionId) forgetAttempt(options.userId, options.sceneId, options.mode);
      throw error;
    });
    const owner = { userId: options.userId, sceneId: options.sceneId, mode: options.mode };
    const { kept, here } = continuedAttempt(previous, opening.sessionId, { params: opening.params, elapsedMs: opening.elapsedMs }, owner, Date.now());
    if (!here) keepAttempt(kept);
    const restored = here && store ? await store.load(opening.sessionId).catch(() => []) : [];
    const outbox = new Outbox(opening.ackedSeq, restored);
    const watch = new ExamWatch(examId, opening.clock);
    return new Attempt(connection, kept, here || opening.ackedSeq > 0, outbox, store, options.onStatus, watch);
  }
}

/** Rejects, as the attempt's `unauthorized`, when the server no longer takes this sign-in (signedInSocket's `refused`). */
const signInEnded = (connection: SignedInSocket): Promise<never> =>
  connection.refused.catch(() => Promise.reject(new AttemptError('unauthorized', 'your sign-in has expired')));

function connected(socket: Socket): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new AttemptError('network', 'the server cannot be reached')), 15_000);
    socket.once('connect', () => {
      clearTimeout(timer);
      resolve();
    });
    // The account already holds the most sockets the server allows (other tabs or devices);
    // a refused token is handled by signedInSocket (one refresh, then `refused`).
    socket.once('connect_error', (error) => {
      if (error.message === 'rate_limited') {
        clearTimeout(timer);
        reject(new AttemptError('rate_limited', 'too many connections are open for this account'));
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
