// The attempt lifecycle behind /training: start, ingest batches exactly once, resume, finish.
// Transport-free (no sockets here): the Socket.IO handlers and the tests call it alike.
import { randomInt } from 'node:crypto';
import type { Logger } from 'pino';
import { findScene } from '../../scenes/registry';
import type { ErrorValue } from '../../scenes/protocol/errors';
import type { SessionEnded, SessionStartRequest, SessionStatus } from '../../scenes/protocol/training';
import type { ScoreReport } from '../../scenes/rubric/report';
import type { TokenClaims } from '../auth/tokens';
import type { SessionEndStatus, SessionRecord, Store } from '../storage/store';
import { examLimits } from '../../scenes/protocol/exams';
import type { SceneRules } from '../../scenes/types';
import { examStartRefusal, examTimeLimitT, pastGrace } from './examAttempt';
import { SocketPresence } from './socketPresence';
import { EventWriter } from './eventWriter';
import { LiveSession } from './liveSession';
import { LiveSessions } from './liveSessions';
import { prepareBatch } from './prepareBatch';
import { scoreStoredLog, toEventRuns, type StoredLogScore } from './storedLog';
import { guardedPublisher, quietPublisher, type AttemptPublisher } from './attemptPublisher';

export type Outcome<T> = ({ ok: true } & T) | { ok: false; error: ErrorValue; ackedSeq?: number };

const fail = (code: ErrorValue['code'], message: string, extra: { ackedSeq?: number } = {}) => ({ ok: false as const, error: { code, message }, ...extra });

/** Random in [0, 1) from the OS's CSPRNG, so variants cannot be predicted by a client (randomInt's range is below 2^48). */
const secureRandom = () => randomInt(0, 2 ** 47) / 2 ** 47;

export interface SessionServiceOptions {
  /** Live sessions idle longer than this are dropped from memory (rebuilt from the log on demand). */
  idleEvictMs?: number;
  now?: () => number;
  /**
   * Numbers in [0, 1) for drawing an attempt's params (drawParams). A test seam only: production
   * passes none and gets the OS's CSPRNG (secureRandom); it is never read from the environment.
   */
  random?: () => number;
  /** Active practice attempts a learner may hold per scene (docs/api.md). @default 3 */
  activeAttemptsPerScene?: number;
  /** How long after an exam attempt's deadline in-time events are still taken. @default 60 s */
  examGraceMs?: number;
}

/** An attempt the server (not its learner) ended: the sockets of `learnerId` are told. */
export type AttemptEnded = SessionEnded & { learnerId: string };

/** What a start answers: the session, and for an exam attempt its time limit and deadline. */
export interface StartedAttempt {
  session: SessionRecord;
  timeLimitMs?: number;
  deadlineAt?: string;
}

export class SessionService {
  private readonly live: LiveSessions;
  /** Each learner's starts run one at a time, so concurrent starts cannot all pass the count. */
  private readonly starting = new Map<string, Promise<unknown>>();
  private readonly activeAttemptsPerScene: number;
  readonly writer: EventWriter;
  /** Sockets holding sessions: a held session is never idle. */
  readonly presence = new SocketPresence();
  readonly now: () => number;
  private readonly random: () => number;
  private readonly sweep: NodeJS.Timeout;
  readonly examGraceMs: number;
  private readonly endedListeners: ((ended: AttemptEnded) => void)[] = [];
  /** Live views of attempts (the /proctor namespace); set once by publishTo. */
  private publisher: AttemptPublisher = quietPublisher;

  constructor(
    private readonly store: Store,
    private readonly logger: Logger,
    options: SessionServiceOptions = {},
  ) {
    this.writer = new EventWriter(store);
    this.live = new LiveSessions(store);
    this.now = options.now ?? Date.now;
    this.random = options.random ?? secureRandom;
    this.activeAttemptsPerScene = options.activeAttemptsPerScene ?? 3;
    this.examGraceMs = options.examGraceMs ?? examLimits.graceMs;
    const idleEvictMs = options.idleEvictMs ?? 10 * 60_000;
    this.sweep = setInterval(() => this.evictIdle(idleEvictMs), Math.min(idleEvictMs, 60_000));
    this.sweep.unref();
  }

  start(user: TokenClaims, request: SessionStartRequest): Promise<Outcome<StartedAttempt>> {
    const previous = this.starting.get(user.userId) ?? Promise.resolve();
    const started = previous.then(() => this.startNow(user, request));
    const settled = started.catch(() => undefined);
    this.starting.set(user.userId, settled);
    void settled.then(() => {
      if (this.starting.get(user.userId) === settled) this.starting.delete(user.userId);
    });
    return started;
  }

  private async startNow(user: TokenClaims, request: SessionStartRequest): Promise<Outcome<StartedAttempt>> {
    const rules = findScene(request.sceneId);
    if (!rules) return fail('not_found', `no scene "${request.sceneId}"`);
    if (request.mode === 'exam') return this.startExam(user, rules, request.examId);
    // Exam attempts are not counted here: one per candidate, set by the exam (docs/api.md).
    const active = await this.store.attempts.countActiveSessions(user.userId, rules.summary.id, 'practice');
    if (active >= this.activeAttemptsPerScene) {
      return fail(
        'conflict',
        `you already have ${active} unfinished attempts at this scene (at most ${this.activeAttemptsPerScene}); continue or discard one of them, then start again`,
      );
    }
    const params = rules.paramsSchema.parse(rules.drawParams(this.random)) as Record<string, unknown>;
    const session = await this.store.attempts.createSession({
      learnerId: user.userId,
      sceneId: rules.summary.id,
      mode: request.mode,
      examId: request.examId,
      params,
      startedAtMs: this.now(),
    });
    this.live.add(new LiveSession(session, rules, rules.createScorer(params), 0));
    this.logger.info({ sessionId: session.id, learnerId: user.userId, sceneId: session.sceneId, mode: session.mode }, 'session started');
    return { ok: true, session };
  }

  /** A candidate's one attempt at an exam: created at the first start while open, the same one after. */
  private async startExam(user: TokenClaims, rules: SceneRules, examId: string | undefined): Promise<Outcome<StartedAttempt>> {
    if (!examId) return fail('invalid', 'examId: an exam attempt needs the examId of a scheduled exam');
    const exam = await this.store.exams.getExam(examId);
    const nowMs = this.now();
    const refusal = examStartRefusal(exam, user, rules.summary.id, nowMs);
    if (refusal) return fail(refusal.code, refusal.message);
    const params = rules.paramsSchema.parse(rules.drawParams(this.random)) as Record<string, unknown>;
    const deadlineMs = Math.min(nowMs + exam!.timeLimitMs, exam!.closesAtMs);
    const claimed = await this.store.exams.claimAttempt(
      exam!.id,
      user.userId,
      { learnerId: user.userId, sceneId: rules.summary.id, mode: 'exam', examId: exam!.id, params, startedAtMs: nowMs },
      deadlineMs,
    );
    if (!claimed) return fail('forbidden', 'you are not a candidate of this exam');
    const { session, created } = claimed;
    if (created) {
      this.live.add(new LiveSession(session, rules, rules.createScorer(params), 0));
      this.publisher.changed(session);
      this.logger.info({ sessionId: session.id, learnerId: user.userId, examId: exam!.id, deadlineMs }, 'exam attempt started');
    }
    return { ok: true, session, timeLimitMs: exam!.timeLimitMs, deadlineAt: new Date(session.deadlineMs ?? deadlineMs).toISOString() };
  }

  async appendEvents(user: TokenClaims, sessionId: string, events: readonly unknown[]): Promise<Outcome<{ ackedSeq: number; session: LiveSession }>> {
    const found = await this.ownedLiveSession(user, sessionId);
    if (!found.ok) return found;
    const session = found.session;
    return session.run(async () => {
      if (session.record.status !== 'active') {
        return fail('conflict', `this session is ${session.record.status}; it takes no more events`, { ackedSeq: session.ackedSeq });
      }
      if (pastGrace(session.record, this.now(), this.examGraceMs)) {
        return fail('time_over', 'the time for this exam is over; the attempt is ended as it stood at the deadline', { ackedSeq: session.ackedSeq });
      }
      const batch = prepareBatch(session, events, this.now());
      if (!batch.ok) return { ...batch, ackedSeq: session.ackedSeq };
      // Exam time is the server's (docs/protocol.md §5): events past the time limit are refused
      // with time_over; the in-time ones of the same batch (a seq prefix, t rising with seq) are kept.
      const limitT = examTimeLimitT(session.record);
      const fresh = limitT === undefined ? batch.fresh : batch.fresh.filter((p) => p.event.t <= limitT);
      const lateFrom = fresh.length < batch.fresh.length ? batch.fresh.find((p) => p.event.t > limitT!) : undefined;
      let ackedSeq = session.ackedSeq;
      if (fresh.length > 0) {
        ackedSeq = session.ackedSeqWith(fresh);
        await this.writer.append({ sessionNo: session.record.no, runs: toEventRuns(fresh), ackedSeq, atMs: this.now() });
        this.publisher.committed(session, session.commit(fresh, ackedSeq));
      }
      if (lateFrom) {
        return fail(
          'time_over',
          `events from seq ${lateFrom.event.seq} (t = ${lateFrom.event.t} ms) are past the exam's time limit (t <= ${limitT} ms) and were not stored; the events before them were`,
          { ackedSeq },
        );
      }
      return { ok: true as const, ackedSeq, session };
    });
  }

  async resume(
    user: TokenClaims,
    sessionId: string,
  ): Promise<Outcome<{ ackedSeq: number; status: SessionStatus; params: Record<string, unknown>; elapsedMs?: number; timeLimitMs?: number; deadlineAt?: string }>> {
    const record = await this.store.attempts.getSession(sessionId);
    if (!record) return fail('not_found', `no session "${sessionId}"`);
    if (record.learnerId !== user.userId) return fail('forbidden', 'this session belongs to another learner');
    const exam = record.examId !== undefined && record.deadlineMs !== undefined ? await this.store.exams.getExam(record.examId) : undefined;
    const timing = exam ? { timeLimitMs: exam.timeLimitMs, deadlineAt: new Date(record.deadlineMs!).toISOString() } : {};
    if (record.status !== 'active') return { ok: true, ackedSeq: record.ackedSeq, status: record.status, params: record.params, ...timing };
    // Session time on the server's clock, never behind the stored log, for a client that
    // continues the attempt without its own record of when it began (another device).
    const live = this.live.get(sessionId) ?? (await this.live.load(record));
    const elapsedMs = Math.max(this.now() - record.startedAtMs, live?.lastAckedT ?? 0);
    return { ok: true, ackedSeq: live?.ackedSeq ?? record.ackedSeq, status: record.status, params: record.params, elapsedMs, ...timing };
  }

  async finish(user: TokenClaims, sessionId: string, lastSeq: number): Promise<Outcome<{ result: ScoreReport }>> {
    const record = await this.store.attempts.getSession(sessionId);
    if (!record) return fail('not_found', `no session "${sessionId}"`);
    if (record.learnerId !== user.userId) return fail('forbidden', 'this session belongs to another learner');
    if (record.status === 'finished') return { ok: true, result: record.result as ScoreReport };
    if (record.status !== 'active') return fail('conflict', `this session ended as ${record.status}; it cannot be finished`);
    const found = await this.ownedLiveSession(user, sessionId);
    if (!found.ok) return found;
    const session = found.session;
    return session.run(async () => {
      if (session.record.status === 'finished') return { ok: true as const, result: session.record.result as ScoreReport };
      if (session.record.status !== 'active') return fail('conflict', `this session ended as ${session.record.status}; it cannot be finished`);
      if (pastGrace(session.record, this.now(), this.examGraceMs)) {
        // Too late to submit: it ends as timed out, the same as the deadline sweeper would.
        await this.closeAttempt(session, 'timed_out', await scoreStoredLog(this.store, session.rules, session.record, session.ackedSeq), 'time_over');
        return fail('time_over', 'the time for this exam is over; the attempt was ended as it stood at the deadline');
      }
      if (lastSeq > session.ackedSeq) {
        return fail('incomplete', `events up to seq ${lastSeq} were sent but only 1..${session.ackedSeq} are stored; resend the rest, then finish`, {
          ackedSeq: session.ackedSeq,
        });
      }
      // The authoritative report comes from the stored log alone, not from memory.
      const { report: result, sealedHead } = await scoreStoredLog(this.store, session.rules, session.record, session.ackedSeq);
      const live = session.scorer.report();
      if (JSON.stringify(live) !== JSON.stringify(result)) {
        this.logger.error({ sessionId, live, result }, 'live and stored-log reports differ; the stored log wins');
      }
      await this.closeAttempt(session, 'finished', { report: result, sealedHead });
      this.logger.info({ sessionId, total: result.total, passed: result.passed, events: session.ackedSeq }, 'session finished');
      return { ok: true as const, result };
    });
  }

  /** The learner gives up their own open practice attempt: it ends as abandoned, scored from what it holds. */
  async discard(user: TokenClaims, sessionId: string): Promise<Outcome<{ status: 'abandoned'; result: ScoreReport }>> {
    const record = await this.store.attempts.getSession(sessionId);
    if (!record) return fail('not_found', `no session "${sessionId}"`);
    if (record.learnerId !== user.userId) return fail('forbidden', 'this session belongs to another learner');
    if (record.mode !== 'practice') return fail('forbidden', 'an exam attempt cannot be discarded');
    const result = record.status === 'active' ? await this.abandon(sessionId, () => true, 'discarded') : undefined;
    if (result) return { ok: true, status: 'abandoned', result };
    const status = (await this.store.attempts.getSession(sessionId))?.status ?? record.status;
    return fail('conflict', `this session is ${status}; only an active attempt can be discarded`);
  }

  /**
   * Ends an active session as abandoned, scored from its stored log like a finish, if `still`
   * agrees once every operation queued before it has run (the sweeper checks the idle clock
   * again there). Returns the stored report, or undefined when nothing was abandoned.
   */
  async abandon(sessionId: string, still: (record: SessionRecord) => boolean, reason: 'idle' | 'discarded'): Promise<ScoreReport | undefined> {
    return this.endActive(sessionId, 'abandoned', still, reason);
  }

  /** The deadline sweeper: an exam attempt past its deadline + grace ends as timed_out. */
  timeOut(sessionId: string): Promise<ScoreReport | undefined> {
    return this.endActive(sessionId, 'timed_out', (record) => pastGrace(record, this.now(), this.examGraceMs), 'time_over');
  }

  /** An assessor stops an active exam attempt: it ends as stopped, scored from what it holds. */
  stop(sessionId: string): Promise<ScoreReport | undefined> {
    return this.endActive(sessionId, 'stopped', (record) => record.mode === 'exam', 'stopped');
  }

  /** Listens for attempts the server or an assessor ended (the sockets tell the learner). */
  onAttemptEnded(listener: (ended: AttemptEnded) => void): void {
    this.endedListeners.push(listener);
  }

  /**
   * Ends an active session with `status`, scored from its stored log like a finish, if `still`
   * agrees once every operation queued before it has run. Returns the stored report, or
   * undefined when nothing was ended.
   */
  private async endActive(
    sessionId: string,
    status: Exclude<SessionEndStatus, 'finished'>,
    still: (record: SessionRecord) => boolean,
    reason: 'idle' | 'discarded' | SessionEnded['reason'],
  ): Promise<ScoreReport | undefined> {
    const live = this.live.get(sessionId);
    const row = live ? undefined : await this.store.attempts.getSession(sessionId);
    const session = live ?? (row && (await this.live.load(row)));
    if (!session) return undefined;
    return session.run(async () => {
      const record = await this.store.attempts.getSession(sessionId);
      if (!record || record.status !== 'active' || session.record.status !== 'active' || !still(record)) return undefined;
      const scored = await scoreStoredLog(this.store, session.rules, session.record, session.ackedSeq);
      const result = scored.report;
      // The learner's sockets hear of an end they did not ask for (time over, stopped).
      const ended = reason === 'time_over' || reason === 'stopped' ? reason : undefined;
      if (!(await this.closeAttempt(session, status, scored, ended))) return undefined;
      this.logger.info({ sessionId, status, reason, total: result.total, events: session.ackedSeq }, `session ${status}`);
      return result;
    });
  }

  /**
   * THE end of every attempt (finish, abandon, time over, stop): stores the status and report,
   * seals the log (its chain head, folded in the same read as the report; docs/protocol.md §9),
   * updates memory, and tells the learner's sockets when the server ended it (`endedAs`).
   * Runs inside the session's queue. False when the row was no longer active.
   */
  private async closeAttempt(session: LiveSession, status: SessionEndStatus, { report: result, sealedHead }: StoredLogScore, endedAs?: SessionEnded['reason']): Promise<boolean> {
    const finishedAt = new Date(this.now()).toISOString();
    if (!(await this.store.attempts.endSession(session.record.no, status, { finishedAt, result, total: result.total, passed: result.passed, sealedHead }))) return false;
    session.record = { ...session.record, status, finishedAt, result, sealedHead };
    this.live.delete(session.record.id);
    this.publisher.changed(session.record);
    if (endedAs) {
      const ended = { sessionId: session.record.id, reason: endedAs, learnerId: session.record.learnerId };
      for (const listener of this.endedListeners) listener(ended);
    }
    return true;
  }

  /** `socketId` holds `sessionId` until it disconnects (see SocketPresence). */
  holdSession(socketId: string, sessionId: string): void {
    if (!this.presence.bind(socketId, sessionId)) return;
    const record = this.live.get(sessionId)?.record;
    if (record) this.publisher.changed(record);
  }

  /** A socket is gone: the idle clock of each session it alone held starts now, in the store. */
  async releaseSocket(socketId: string): Promise<void> {
    const atMs = this.now();
    for (const sessionId of this.presence.release(socketId)) {
      const record = this.live.get(sessionId)?.record ?? (await this.store.attempts.getSession(sessionId));
      if (record === undefined) continue;
      this.publisher.changed(record);
      await this.store.attempts.touchSession(record.no, atMs);
    }
  }

  /** Sends what changes on attempts to `publisher` from now on (the /proctor namespace). */
  publishTo(publisher: AttemptPublisher): void {
    this.publisher = guardedPublisher(publisher, this.logger);
  }

  /** The active session held in memory, if it is. */
  liveSession(sessionId: string): LiveSession | undefined {
    return this.live.get(sessionId);
  }

  /** The active session, rebuilt from the store when not in memory; undefined for an ended one. */
  async activeSession(record: SessionRecord): Promise<LiveSession | undefined> {
    return this.live.get(record.id) ?? (await this.live.load(record));
  }

  /** The live report of an active session held in memory (practice cues, the assessor view). */
  liveReport(sessionId: string): ScoreReport | undefined {
    return this.live.get(sessionId)?.scorer.report();
  }

  close(): void {
    clearInterval(this.sweep);
  }

  /**
   * The caller's active session, live. Owner and status come from memory or the session row (one
   * indexed read), never from a rebuild: a finished, abandoned or someone else's session costs
   * no more than that read, whatever the size of its log.
   */
  private async ownedLiveSession(user: TokenClaims, sessionId: string): Promise<Outcome<{ session: LiveSession }>> {
    const live = this.live.get(sessionId);
    const record = live?.record ?? (await this.store.attempts.getSession(sessionId));
    if (!record) return fail('not_found', `no session "${sessionId}"`);
    if (record.learnerId !== user.userId) return fail('forbidden', 'this session belongs to another learner');
    if (record.status !== 'active') {
      return fail('conflict', `this session is ${record.status}; it takes no more events`, { ackedSeq: record.ackedSeq });
    }
    const session = live ?? (await this.live.load(record));
    if (!session) return fail('not_found', `no session "${sessionId}"`);
    return { ok: true, session };
  }

  private evictIdle(idleMs: number): void {
    this.live.evictIdle(this.now() - idleMs);
  }
}
