// The /training Socket.IO contract (docs/protocol.md §3): payload schemas, acknowledgements and
// the typed event maps that the server and every client share.
import { z } from 'zod';
import type { ErrorValue } from './errors';
import type { ScoreReport } from '../rubric/report';

/** Batch and event limits of the ingest path. */
export const ingestLimits = {
  maxEventsPerBatch: 500,
  /** Bytes of one event's `data` as JSON. */
  maxEventDataBytes: 4 * 1024,
  /** Bytes of one `session:events` message (estimated from its events' JSON). */
  maxMessageBytes: 1024 * 1024,
  /** How far an event's `t` may run ahead of the server's own clock for the session. */
  maxClockLeadMs: 5_000,
  /**
   * How far above the acknowledged log (ackedSeq) an event's seq may lie. A batch with any event
   * beyond it is refused whole with \`incomplete\` and the ackedSeq: send from ackedSeq + 1 first.
   * 5,000 is ten full batches, more than a client ever has in flight (one batch at a time, resent
   * from ackedSeq after a reconnect), and bounds the events a session holds beyond a gap to
   * 5,000 × 4 KiB at worst (about 1.5 s of ordinary torch samples at 60 Hz is ~100 events).
   */
  maxSeqAhead: 5_000,
  /** Nesting depth of one event's \`data\` (arrays and objects); real events nest 2 deep. */
  maxEventDataDepth: 16,
} as const;

const sessionIdSchema = z.string().min(1, 'sessionId is required').max(64, 'sessionId is too long');

export const sessionStartSchema = z.object({
  sceneId: z.string().min(1, 'sceneId is required').max(64),
  mode: z.enum(['practice', 'exam'], { message: 'mode must be "practice" or "exam"' }),
  examId: z.string().min(1).max(64).optional(),
});
export type SessionStartRequest = z.infer<typeof sessionStartSchema>;

/** The batch envelope; each event is checked separately by the scene's rules. */
export const sessionEventsSchema = z.object({
  sessionId: sessionIdSchema,
  events: z.array(z.unknown()).min(1, 'a batch needs at least one event'),
});

export const sessionResumeSchema = z.object({ sessionId: sessionIdSchema });

/** The learner gives up their own open practice attempt: it ends as `abandoned`. */
export const sessionDiscardSchema = z.object({ sessionId: sessionIdSchema });

export const sessionFinishSchema = z.object({
  sessionId: sessionIdSchema,
  lastSeq: z.number().int('lastSeq must be a whole number').min(0, 'lastSeq must be >= 0'),
});

export type Mode = 'practice' | 'exam';
/**
 * `abandoned`: a practice attempt that ended unfinished, left idle past the server's limit or
 * discarded by its learner; scored from what it holds, and closed like a finished one.
 * `timed_out`: an exam attempt the server ended at its deadline + grace (docs/protocol.md §5);
 * `stopped`: one an assessor stopped. Both are scored from the stored log and count as results.
 */
export type SessionStatus = 'active' | 'finished' | 'abandoned' | 'timed_out' | 'stopped';

export type Ack<T extends object> = ({ ok: true } & T) | ({ ok: false; error: ErrorValue } & Partial<T>);

export interface SessionStartAck {
  sessionId: string;
  startedAt: string;
  timeLimitMs?: number;
  /** Exam attempts: min(first start + timeLimitMs, closesAt), ISO 8601; the same on every start. */
  deadlineAt?: string;
  params?: Record<string, unknown>;
}
export interface SessionEventsAck {
  ackedSeq: number;
}
export interface SessionResumeAck {
  ackedSeq: number;
  status: SessionStatus;
  params?: Record<string, unknown>;
  /**
   * Active sessions: ms of session time now on the server's clock (at least the last stored
   * event's t), so a client continuing the attempt on another device stamps t from there.
   */
  elapsedMs?: number;
  /** Exam attempts: the exam's time limit and the attempt's deadline (as on session:start). */
  timeLimitMs?: number;
  deadlineAt?: string;
}
export interface SessionDiscardAck {
  status: 'abandoned';
  /** The report of what the attempt held when it was discarded. */
  result: ScoreReport;
}
export interface SessionFinishAck {
  result: ScoreReport;
}

export interface SessionEnded {
  sessionId: string;
  reason: 'time_over' | 'stopped';
}

export interface SessionFeedback {
  sessionId: string;
  ackedSeq: number;
  report: ScoreReport;
}

/** `auth:renew`: a fresh access token of the same user keeps the socket open past the old one's expiry. */
export const authRenewSchema = z.object({ token: z.string().min(1, 'token is required').max(4096, 'token is too long') });
export type AuthRenewRequest = z.infer<typeof authRenewSchema>;
export interface AuthRenewAck {
  /** When the new token expires (ISO 8601); the server disconnects then unless renewed again. */
  expiresAt: string;
}

export interface ClientToServerEvents {
  'session:start': (payload: SessionStartRequest, ack: (answer: Ack<SessionStartAck>) => void) => void;
  'session:events': (payload: { sessionId: string; events: unknown[] }, ack: (answer: Ack<SessionEventsAck>) => void) => void;
  'session:resume': (payload: { sessionId: string }, ack: (answer: Ack<SessionResumeAck>) => void) => void;
  'session:finish': (payload: { sessionId: string; lastSeq: number }, ack: (answer: Ack<SessionFinishAck>) => void) => void;
  'session:discard': (payload: { sessionId: string }, ack: (answer: Ack<SessionDiscardAck>) => void) => void;
  'auth:renew': (payload: AuthRenewRequest, ack: (answer: Ack<AuthRenewAck>) => void) => void;
}

export interface ServerToClientEvents {
  'session:feedback': (feedback: SessionFeedback) => void;
  /** An exam attempt ended by the server: `time_over` (deadline + grace) or `stopped` (by an assessor). */
  'session:ended': (ended: SessionEnded) => void;
  /** The socket's access token expired without `auth:renew`; the server disconnects right after. */
  'auth:expired': (payload: Record<string, never>) => void;
}
