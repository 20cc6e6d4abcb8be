// One candidate's proctor tile (CandidateLive, docs/protocol.md §6) from what the server holds:
// the session row, the live scorer of an active attempt, whether a socket holds it, the clock.
// Pure, so the same tile comes out of a watch ack and a push.
import type { CandidateLive } from '../../scenes/protocol/proctor';
import type { CriticalError, ScoreReport } from '../../scenes/rubric/report';
import type { SessionRecord } from '../storage/store';
import { candidateStatusOf } from './examView';

export interface TileInput {
  learnerId: string;
  name: string;
  /** The exam's time limit: the remaining time of a candidate who has not started. */
  timeLimitMs: number;
  /** The attempt's row as it is now (memory's copy for a live one); undefined before the start. */
  record: SessionRecord | undefined;
  /** The live report of an active attempt (its scorer, fed the committed log); ignored once ended. */
  liveReport: ScoreReport | undefined;
  /** The critical errors its events raised so far (LiveScorer.raised), of an active attempt. */
  raised: readonly CriticalError[] | undefined;
  /** A /training socket of the candidate holds the attempt. */
  connected: boolean;
  nowMs: number;
}

export function candidateLive({ learnerId, name, timeLimitMs, record, liveReport, raised, connected, nowMs }: TileInput): CandidateLive {
  if (!record) return { learnerId, name, status: 'not_started', connected: false, ackedSeq: 0, elapsedMs: 0, remainingMs: timeLimitMs, live: null, critical: [] };
  const deadlineMs = record.deadlineMs ?? record.startedAtMs + timeLimitMs;
  const active = record.status === 'active';
  // An ended attempt's clock stopped when it ended (the deadline at the latest).
  const endMs = active ? nowMs : Math.min(deadlineMs, record.finishedAt !== undefined ? Date.parse(record.finishedAt) : deadlineMs);
  const live = active ? (liveReport ?? null) : ((record.result as ScoreReport | undefined) ?? null);
  return {
    learnerId,
    name,
    sessionId: record.id,
    status: candidateStatusOf[record.status],
    connected,
    ackedSeq: record.ackedSeq,
    elapsedMs: Math.max(0, Math.min(endMs, deadlineMs) - record.startedAtMs),
    remainingMs: active ? Math.max(0, deadlineMs - nowMs) : 0,
    live,
    // While active, the errors events raised: an end-of-attempt check (a seam not yet finished)
    // is in `live` as if it ended now, but is no alert until it does end.
    critical: active ? [...(raised ?? [])] : (live?.critical ?? []),
  };
}
