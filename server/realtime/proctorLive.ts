// The live side of /proctor (docs/protocol.md §6): the ingest path's AttemptPublisher. A batch of
// an attempt someone spectates goes to its spectate room as it is committed; a change to a
// candidate of an exam someone watches becomes a `proctor:candidate` tile, at most two a second
// per candidate (trailing, so the last state always arrives). With no watchers a change costs a
// Map lookup: only exams with a watcher room have an entry here.
import type { Namespace } from 'socket.io';
import type { Logger } from 'pino';
import { proctorLimits, type CandidateLive } from '../../scenes/protocol/proctor';
import type { AttemptEvent } from '../../scenes/rubric/events';
import { candidateLive } from '../exams/candidateLive';
import type { AttemptPublisher } from '../ingest/attemptPublisher';
import type { LiveSession } from '../ingest/liveSession';
import type { SessionService } from '../ingest/sessionService';
import type { ExamRecord } from '../storage/exams';
import type { SessionRecord } from '../storage/store';
import { TrailingThrottle } from './trailingThrottle';

export const examRoom = (examId: string) => `exam:${examId}`;
export const spectateRoom = (sessionId: string) => `spectate:${sessionId}`;

/** What a watched exam's tiles need besides the attempts: names, the time limit, what changed when. */
interface WatchedExam {
  timeLimitMs: number;
  names: Map<string, string>;
  /** The newest row seen per learner (memory's copy while live). */
  latest: Map<string, SessionRecord>;
  /** Per learner, the change counter's value at their last change (see changedSince). */
  changedAt: Map<string, number>;
}

export class ProctorLive implements AttemptPublisher {
  private readonly exams = new Map<string, WatchedExam>();
  private readonly throttle = new TrailingThrottle(1_000 / proctorLimits.candidateUpdatesPerSecond);
  private changes = 0;

  constructor(
    private readonly namespace: Namespace,
    private readonly sessions: SessionService,
    private readonly logger: Logger,
  ) {
    // The last watcher gone: nothing of that exam is kept or pushed any more.
    namespace.adapter.on('delete-room', (room: string) => {
      if (room.startsWith('exam:')) this.unwatched(room.slice('exam:'.length));
    });
  }

  committed(session: LiveSession, events: readonly AttemptEvent[]): void {
    const record = session.record;
    if (record.examId === undefined) return;
    const room = spectateRoom(record.id);
    // LiveSession.commit hands over a fresh array: sent as it is, not copied.
    if (this.namespace.adapter.rooms.has(room)) this.namespace.to(room).emit('proctor:events', { sessionId: record.id, events: events as AttemptEvent[] });
    this.changed(record);
  }

  changed(record: SessionRecord): void {
    if (record.examId === undefined) return;
    const exam = this.exams.get(record.examId);
    if (!exam) return;
    exam.latest.set(record.learnerId, record);
    exam.changedAt.set(record.learnerId, ++this.changes);
    this.schedule(record.examId, record.learnerId);
  }

  /**
   * Starts keeping `exam`'s tiles: call before the watcher joins examRoom, then read the ack's
   * tiles; returns a mark for changedSince.
   */
  watch(exam: ExamRecord): number {
    if (!this.exams.has(exam.id)) {
      this.exams.set(exam.id, { timeLimitMs: exam.timeLimitMs, names: new Map(exam.candidates.map((c) => [c.learnerId, c.name])), latest: new Map(), changedAt: new Map() });
    }
    return this.changes;
  }

  /** Learners of `examId` who changed after `mark`: a watcher's ack may predate their last push. */
  changedSince(examId: string, mark: number): string[] {
    const exam = this.exams.get(examId);
    return exam ? [...exam.changedAt].filter(([, at]) => at > mark).map(([learnerId]) => learnerId) : [];
  }

  /** Pushes a fresh tile of each learner to the exam's room (throttled). */
  refresh(examId: string, learnerIds: readonly string[]): void {
    if (!this.namespace.adapter.rooms.has(examRoom(examId))) return this.unwatched(examId);
    for (const learnerId of learnerIds) this.schedule(examId, learnerId);
  }

  /** The tile of one candidate now; `record` the attempt's row (undefined before the start). */
  async tile(examId: string, learnerId: string, record: SessionRecord | undefined): Promise<CandidateLive> {
    const exam = this.exams.get(examId);
    // Memory holds the current row of a live attempt; an evicted active one is rebuilt for its report.
    const live = record && (this.sessions.liveSession(record.id) ?? (record.status === 'active' ? await this.sessions.activeSession(record) : undefined));
    const current = live?.record ?? record;
    return candidateLive({
      learnerId,
      name: exam?.names.get(learnerId) ?? '',
      timeLimitMs: exam?.timeLimitMs ?? 0,
      record: current,
      liveReport: current?.status === 'active' ? live?.scorer.report() : undefined,
      raised: live?.scorer.raised(),
      connected: current !== undefined && this.sessions.presence.held(current.id),
      nowMs: this.sessions.now(),
    });
  }

  private schedule(examId: string, learnerId: string): void {
    // Built on the next turn: a change seldom comes alone (a start, then its socket holding it).
    this.throttle.run(`${examId}/${learnerId}`, () => setImmediate(() => this.push(examId, learnerId)));
  }

  private push(examId: string, learnerId: string): void {
    const exam = this.exams.get(examId);
    if (!exam) return;
    const record = exam.latest.get(learnerId);
    this.tile(examId, learnerId, record && (this.sessions.liveSession(record.id)?.record ?? record)).then(
      (tile) => this.namespace.to(examRoom(examId)).emit('proctor:candidate', tile),
      (error: unknown) => this.logger.error({ err: error, examId, learnerId }, 'could not build a proctor tile'),
    );
  }

  private unwatched(examId: string): void {
    this.exams.delete(examId);
    this.throttle.forgetWhere((key) => key.startsWith(`${examId}/`));
  }
}
