// Wires one admitted /training socket to the SessionService (through ackedHandlers.ts: zod at
// the edge, a rate limit, every ack either {ok:true,...} or {ok:false,error:{code,message}}).
import type { Socket } from 'socket.io';
import type { Logger } from 'pino';
import type { z } from 'zod';
import {
  authRenewSchema,
  sessionDiscardSchema,
  sessionEventsSchema,
  sessionFinishSchema,
  sessionResumeSchema,
  sessionStartSchema,
  type ClientToServerEvents,
  type ServerToClientEvents,
} from '../../scenes/protocol/training';
import type { Caller } from '../auth/tokens';
import type { SessionService } from '../ingest/sessionService';
import { ackedHandlers } from './ackedHandlers';
import { createTokenBucket, type RateLimit } from './rateLimiter';
import type { SocketAccess } from './socketAuth';
import type { UserBudgets } from './userBudgets';

type TrainingSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, { auth: Caller }>;
/** Practice cues: at most one live report a second per session. */
const feedbackIntervalMs = 1_000;

export function attachTrainingHandlers(socket: TrainingSocket, sessions: SessionService, access: SocketAccess, logger: Logger, rateLimit: RateLimit, budgets: UserBudgets): void {
  const allow = createTokenBucket(rateLimit);
  /** The caller as re-read from the database before the message being handled. */
  let user = socket.data.auth;
  const register = ackedHandlers(socket as unknown as Socket, {
    access,
    logger,
    // This socket's bucket, then its user's across all their sockets.
    admit: (caller) => allow() && budgets.allowMessage(caller.userId),
  });
  function on<S extends z.ZodType>(event: keyof ClientToServerEvents, schema: S, handle: (data: z.output<S>) => Promise<object>): void {
    register(event, schema, (data, caller) => {
      user = caller;
      return handle(data);
    });
  }

  on('session:start', sessionStartSchema, async (request) => {
    if (!budgets.allowSessionStart(user.userId)) {
      return { ok: false, error: { code: 'rate_limited', message: 'too many attempts started in a short time; wait a minute, then start again' } };
    }
    const outcome = await sessions.start(user, request);
    if (!outcome.ok) return outcome;
    const { id, startedAt, params } = outcome.session;
    sessions.holdSession(socket.id, id);
    const { timeLimitMs, deadlineAt } = outcome;
    return { ok: true, sessionId: id, startedAt, ...(deadlineAt !== undefined ? { timeLimitMs, deadlineAt } : {}), params };
  });

  on('session:events', sessionEventsSchema, async ({ sessionId, events }) => {
    const outcome = await sessions.appendEvents(user, sessionId, events);
    if (!outcome.ok) return outcome;
    const { session, ackedSeq } = outcome;
    sessions.holdSession(socket.id, sessionId);
    // Cues are for practice only: an exam attempt gets no feedback (docs/protocol.md §5).
    if (session.record.mode === 'practice' && Date.now() - session.lastFeedbackAtMs >= feedbackIntervalMs) {
      session.lastFeedbackAtMs = Date.now();
      socket.emit('session:feedback', { sessionId, ackedSeq, report: session.scorer.report() });
    }
    return { ok: true, ackedSeq };
  });

  on('session:resume', sessionResumeSchema, async ({ sessionId }) => {
    const outcome = await sessions.resume(user, sessionId);
    if (outcome.ok && outcome.status === 'active') sessions.holdSession(socket.id, sessionId);
    return outcome;
  });

  on('session:discard', sessionDiscardSchema, async ({ sessionId }) => sessions.discard(user, sessionId));

  // A socket that goes holds its sessions no longer: their idle clock starts now (docs/api.md).
  socket.on('disconnect', () => {
    sessions.releaseSocket(socket.id).catch((error: unknown) => logger.error({ err: error, socketId: socket.id }, 'could not store the idle clock'));
  });

  on('auth:renew', authRenewSchema, async ({ token }) => access.renew(token));

  on('session:finish', sessionFinishSchema, async ({ sessionId, lastSeq }) => sessions.finish(user, sessionId, lastSeq));
}
