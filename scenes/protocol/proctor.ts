// The /proctor Socket.IO contract (docs/protocol.md §6): what assessors' dashboards ask for and
// what the server pushes while they watch an exam or spectate one candidate's attempt.
import { z } from 'zod';
import type { AttemptEvent } from '../rubric/events';
import type { CriticalError, ScoreReport } from '../rubric/report';
import type { Ack, AuthRenewAck, AuthRenewRequest } from './training';
import type { CandidateStatus } from './exams';

const id = (what: string) => z.string().min(1, `${what} is required`).max(64, `${what} is too long`);

export const proctorWatchSchema = z.strictObject({ examId: id('examId') });
export type ProctorWatchRequest = z.infer<typeof proctorWatchSchema>;
export const proctorSpectateSchema = z.strictObject({ sessionId: id('sessionId') });
export type ProctorSpectateRequest = z.infer<typeof proctorSpectateSchema>;

/** At most this many `proctor:candidate` pushes a second per candidate (PROTOCOL §6). */
export const proctorLimits = {
  candidateUpdatesPerSecond: 2,
} as const;

/** One candidate's tile: the server's view of their attempt now. */
export interface CandidateLive {
  learnerId: string;
  name: string;
  sessionId?: string;
  status: CandidateStatus;
  /** A /training socket of the candidate holds their exam attempt now. */
  connected: boolean;
  ackedSeq: number;
  /** Session time of the attempt so far (0 before the start). */
  elapsedMs: number;
  /** Until the attempt's deadline (0 once it is over); the exam's time limit before the start. */
  remainingMs: number;
  /** The same fold as the final report, over the events committed so far; null before the start. */
  live: ScoreReport | null;
  critical: CriticalError[];
}

export interface ProctorWatchAck {
  candidates: CandidateLive[];
}
export interface ProctorSpectateAck {
  /** The attempt's log so far, in seq order. */
  events: AttemptEvent[];
}
export interface ProctorEvents {
  sessionId: string;
  events: AttemptEvent[];
}

export interface ProctorClientToServerEvents {
  'proctor:watch': (payload: ProctorWatchRequest, ack: (answer: Ack<ProctorWatchAck>) => void) => void;
  'proctor:spectate': (payload: ProctorSpectateRequest, ack: (answer: Ack<ProctorSpectateAck>) => void) => void;
  'proctor:unspectate': (payload: ProctorSpectateRequest, ack: (answer: Ack<Record<string, never>>) => void) => void;
  /** A fresh access token of the same user before the socket's runs out (as on /training, docs/protocol.md §3). */
  'auth:renew': (payload: AuthRenewRequest, ack: (answer: Ack<AuthRenewAck>) => void) => void;
}

export interface ProctorServerToClientEvents {
  'proctor:candidate': (candidate: CandidateLive) => void;
  'proctor:events': (batch: ProctorEvents) => void;
  /** The socket's access token expired; the server disconnects right after (as on /training). */
  'auth:expired': (payload: Record<string, never>) => void;
}
