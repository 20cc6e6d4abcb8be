// One candidate's tile as the dashboard holds it: the server's CandidateLive plus what this PC
// saw (when it arrived, since when the candidate is offline), and the rules for merging pushes.
import type { CandidateLive } from '../../../scenes/protocol/proctor';
import type { CandidateStatus } from '../../../scenes/protocol/exams';
import type { ScoreReport } from '../../../scenes/rubric/report';

export interface CandidateTile extends CandidateLive {
  /** When this state arrived, on this PC's clock: `remainingMs` counts down from here. */
  receivedAtMs: number;
  /** Since when this dashboard sees the candidate offline (this PC's clock); null while connected. */
  offlineSinceMs: number | null;
}

const endedStatuses: ReadonlySet<CandidateStatus> = new Set(['submitted', 'timed_out', 'stopped']);

export function attemptEnded(status: CandidateStatus): boolean {
  return endedStatuses.has(status);
}

/**
 * The tile after `next` arrived at `nowMs`. An ended attempt stays ended (a push sent before a
 * stop may arrive after the stop's HTTP answer), and a push about an older point of the same
 * attempt (lower ackedSeq) never replaces a newer one. The offline time runs from the first
 * push that said offline, so a reconnect of the dashboard does not restart it; `seenOfflineSince`
 * carries it over from an earlier page of this tab when there is no previous tile.
 */
export function mergeCandidate(previous: CandidateTile | undefined, next: CandidateLive, nowMs: number, seenOfflineSince?: number): CandidateTile {
  if (previous && previous.sessionId === next.sessionId && previous.sessionId !== undefined) {
    if (attemptEnded(previous.status) && !attemptEnded(next.status)) return previous;
    if (next.ackedSeq < previous.ackedSeq && previous.status === next.status) return previous;
  }
  const heldOffline = previous ? (previous.connected ? null : previous.offlineSinceMs) : (seenOfflineSince ?? null);
  const offlineSinceMs = next.connected ? null : (heldOffline ?? nowMs);
  return { ...next, critical: [...next.critical], receivedAtMs: nowMs, offlineSinceMs };
}

/** The tile once its assessor stopped the attempt (the stop's answer), before the server's push. */
export function stoppedTile(tile: CandidateTile, result: ScoreReport | undefined, nowMs: number): CandidateTile {
  return { ...tile, status: 'stopped', remainingMs: 0, live: result ?? tile.live, critical: result ? [...result.critical] : tile.critical, receivedAtMs: nowMs };
}

/** Time left at `nowMs`: counting down locally while the attempt runs, 0 once it ended, the limit before the start. */
export function remainingAt(tile: Pick<CandidateTile, 'status' | 'remainingMs' | 'receivedAtMs'>, nowMs: number): number {
  if (attemptEnded(tile.status)) return 0;
  if (tile.status !== 'in_progress') return tile.remainingMs;
  return Math.max(0, tile.remainingMs - Math.max(0, nowMs - tile.receivedAtMs));
}

/** How long the candidate has been seen offline at `nowMs`; null while connected. */
export function offlineFor(tile: Pick<CandidateTile, 'connected' | 'offlineSinceMs'>, nowMs: number): number | null {
  if (tile.connected || tile.offlineSinceMs === null) return null;
  return Math.max(0, nowMs - tile.offlineSinceMs);
}
