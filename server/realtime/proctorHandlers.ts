// Wires one admitted /proctor socket (docs/protocol.md §6): watch an exam (the tiles now, then
// pushes through ProctorLive), spectate one attempt (its committed log, then every batch as it is
// committed, with no gap or duplicate between the two), unspectate, renew the token.
import type { Socket } from 'socket.io';
import type { Logger } from 'pino';
import { proctorSpectateSchema, proctorWatchSchema, type CandidateLive } from '../../scenes/protocol/proctor';
import { authRenewSchema } from '../../scenes/protocol/training';
import type { AttemptEvent } from '../../scenes/rubric/events';
import { visibleExam } from '../auth/access';
import type { TokenClaims } from '../auth/tokens';
import { ApiError } from '../http/errors';
import type { SessionService } from '../ingest/sessionService';
import { eventsOfRun, storedRunPages } from '../ingest/storedLog';
import type { ExamRecord } from '../storage/exams';
import type { Store } from '../storage/store';
import { ackedHandlers } from './ackedHandlers';
import { examRoom, spectateRoom, type ProctorLive } from './proctorLive';
import { createTokenBucket, type RateLimit } from './rateLimiter';
import type { SocketAccess } from './socketAuth';

/** The exam, if the caller may proctor it: its assessors and an admin of its institution; refusals as REST's. */
async function proctoredExam(store: Store, caller: TokenClaims, examId: string): Promise<ExamRecord> {
  const { exam, viewer } = await visibleExam(store, caller, examId);
  if (viewer === 'candidate') throw new ApiError('forbidden', "only the exam's assessors and its institution's admins may proctor it");
  return exam;
}

/** The stored events with seq in (afterSeq, toSeq], in seq order. */
async function committedEvents(store: Store, sessionNo: number, afterSeq: number, toSeq: number): Promise<AttemptEvent[]> {
  const events: AttemptEvent[] = [];
  for await (const page of storedRunPages(store, sessionNo, afterSeq, toSeq)) {
    for (const run of page) for (const event of eventsOfRun(run)) if (event.seq > afterSeq && event.seq <= toSeq) events.push(event);
  }
  return events;
}

export function attachProctorHandlers(socket: Socket, store: Store, sessions: SessionService, live: ProctorLive, access: SocketAccess, logger: Logger, rateLimit: RateLimit): void {
  const allow = createTokenBucket(rateLimit);
  const on = ackedHandlers(socket, { access, logger, admit: () => allow() });

  on('proctor:watch', proctorWatchSchema, async ({ examId }, caller, reply) => {
    const exam = await proctoredExam(store, caller, examId);
    // Join first, so no change is missed; a change while the tiles are read is pushed again after the ack.
    const mark = live.watch(exam);
    await socket.join(examRoom(exam.id));
    const candidates: CandidateLive[] = [];
    for (const c of exam.candidates) {
      const record = c.attempt ? await store.attempts.getSession(c.attempt.sessionId) : undefined;
      candidates.push(await live.tile(exam.id, c.learnerId, record));
    }
    reply({ ok: true, candidates });
    live.refresh(exam.id, live.changedSince(exam.id, mark));
    return undefined;
  });

  on('proctor:spectate', proctorSpectateSchema, async ({ sessionId }, caller, reply) => {
    const record = await store.attempts.getSession(sessionId);
    if (!record || record.examId === undefined) throw new ApiError('not_found', `no exam attempt "${sessionId}"`);
    await proctoredExam(store, caller, record.examId);
    // The committed log is 1..ackedSeq as memory has it: ackedSeq moves in the same synchronous
    // step that pushes the batch to the spectate room. Read up to it, again while it moved during
    // the read, then join and answer in one step: the ack holds every event before the first push.
    const active = record.status === 'active' ? await sessions.activeSession(record) : undefined;
    const committedSeq = () => (sessions.liveSession(sessionId) ?? active)?.ackedSeq ?? record.ackedSeq;
    const events: AttemptEvent[] = [];
    let readTo = 0;
    for (let upTo = committedSeq(); upTo > readTo; upTo = committedSeq()) {
      events.push(...(await committedEvents(store, record.no, readTo, upTo)));
      readTo = upTo;
    }
    void socket.join(spectateRoom(sessionId));
    reply({ ok: true, events });
    return undefined;
  });

  on('proctor:unspectate', proctorSpectateSchema, async ({ sessionId }) => {
    await socket.leave(spectateRoom(sessionId));
    return { ok: true };
  });

  on('auth:renew', authRenewSchema, async ({ token }) => access.renew(token));
}
