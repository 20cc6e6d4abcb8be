// Opening a candidate's exam attempt over /training: session:start with the examId (the first
// start creates the attempt, any later one — a reload, another device — returns the same one
// with the same deadline), then session:resume for what the server holds (ackedSeq, status) and
// its session time now, which anchors the countdown (examClock.ts). No React, no DOM.
import type { SessionStatus } from '../../../scenes/protocol/training';
import { AttemptError } from '../attemptError';
import { examClockFromAnswer, type ExamClock } from './examClock';

type Answer = { ok: boolean; error?: { code: string; message: string } } & Record<string, unknown>;
/** Sends one event and resolves with its acknowledgement (rejects when none comes). */
export type AskServer = (event: 'session:start' | 'session:resume', payload: unknown) => Promise<Answer>;

/** How an exam attempt ended, as the candidate is told. */
export type ExamOutcome = 'submitted' | 'time_over' | 'stopped';

export interface ExamOpening {
  sessionId: string;
  params: Record<string, unknown>;
  ackedSeq: number;
  status: SessionStatus;
  /** The server's session time when it answered the resume (active attempts). */
  elapsedMs: number;
  clock: ExamClock;
}

/** Raised when the attempt asked for has already ended: the page shows how, not the workshop. */
export class ExamAttemptEnded extends AttemptError {
  constructor(
    readonly sessionId: string,
    readonly outcome: ExamOutcome,
  ) {
    super('exam_ended', `this exam attempt has ended (${outcome})`);
    this.name = 'ExamAttemptEnded';
  }
}

/** The candidate-facing outcome of a session status that is no longer active. */
export function examOutcome(status: SessionStatus): ExamOutcome {
  if (status === 'timed_out') return 'time_over';
  if (status === 'stopped') return 'stopped';
  return 'submitted';
}

export async function openExamSession(ask: AskServer, request: { sceneId: string; examId: string }, pageNow: () => number = () => performance.now()): Promise<ExamOpening> {
  const started = await ask('session:start', { sceneId: request.sceneId, mode: 'exam', examId: request.examId });
  if (!started.ok) throw new AttemptError(started.error?.code ?? 'internal', started.error?.message ?? 'refused');
  const sessionId = started.sessionId as string;
  const sent = pageNow();
  const resumed = await ask('session:resume', { sessionId });
  const received = pageNow();
  if (!resumed.ok) throw new AttemptError(resumed.error?.code ?? 'internal', resumed.error?.message ?? 'refused');
  const status = resumed.status as SessionStatus;
  if (status !== 'active') throw new ExamAttemptEnded(sessionId, examOutcome(status));
  const timing = {
    startedAt: started.startedAt as string,
    deadlineAt: (resumed.deadlineAt ?? started.deadlineAt) as string,
    timeLimitMs: (resumed.timeLimitMs ?? started.timeLimitMs) as number,
  };
  const elapsedMs = (resumed.elapsedMs as number | undefined) ?? 0;
  return {
    sessionId,
    params: (resumed.params as Record<string, unknown> | undefined) ?? (started.params as Record<string, unknown> | undefined) ?? {},
    ackedSeq: (resumed.ackedSeq as number | undefined) ?? 0,
    status,
    elapsedMs,
    clock: examClockFromAnswer(timing, elapsedMs, sent, received),
  };
}
