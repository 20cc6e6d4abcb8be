// A learner's open practice attempt of a scene, as the SERVER knows it (any device), and the
// two ways on from it: continue it, or discard it (it ends as `abandoned`) and start over.
// See docs/api.md, "Attempts left behind".
import type { Page, SessionListItem } from '../../scenes/protocol/review';
import type { SessionDiscardAck } from '../../scenes/protocol/training';
import { apiFetch } from '../app/api';
import { keptAttempt, type KeptAttempt } from './telemetry/outboxStore';

/** How Attempt.open begins: continue a chosen session, start a new one, or (exams) resume this device's kept attempt. */
export type AttemptChoice = { kind: 'continue'; sessionId: string } | { kind: 'new' } | { kind: 'kept' };

/** The learner's newest active practice attempt of the scene, if any. */
export async function findOpenAttempt(token: string, learnerId: string, sceneId: string): Promise<SessionListItem | undefined> {
  const query = new URLSearchParams({ status: 'active', mode: 'practice', scene: sceneId, sort: 'startedAt', order: 'desc', pageSize: '1' });
  const page = await apiFetch<Page<SessionListItem>>(`/learners/${encodeURIComponent(learnerId)}/sessions?${query}`, { token });
  return page.items[0];
}

/** Ends the learner's own open attempt as abandoned; the server scores what it holds. */
export function discardAttempt(token: string, sessionId: string): Promise<SessionDiscardAck> {
  return apiFetch<SessionDiscardAck>(`/sessions/${encodeURIComponent(sessionId)}/abandon`, { method: 'POST', token });
}

let reloadSpent = false;

/**
 * True once per page load, when the browser reloaded the page in the middle of this device's
 * attempt `sessionId`: a reload is not leaving, so the attempt goes on without asking.
 */
export function reloadedDuring(userId: string, sceneId: string, sessionId: string): boolean {
  if (reloadSpent) return false;
  reloadSpent = true;
  const navigation = performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
  return navigation?.type === 'reload' && keptAttempt(userId, sceneId)?.sessionId === sessionId;
}

/**
 * The record an attempt continues with: this device's own (its clock and unsent events), or for
 * an attempt begun elsewhere one whose clock starts `elapsedMs` (the server's session time) ago,
 * so t carries on from where the server stands instead of restarting at 0.
 */
export function continuedAttempt(
  previous: KeptAttempt | undefined,
  sessionId: string,
  resumed: { params?: Record<string, unknown>; elapsedMs?: number },
  owner: { userId: string; sceneId: string; mode: KeptAttempt['mode'] },
  nowMs: number,
): { kept: KeptAttempt; here: boolean } {
  if (previous?.sessionId === sessionId) return { kept: previous, here: true };
  const kept: KeptAttempt = {
    sessionId,
    sceneId: owner.sceneId,
    mode: owner.mode,
    params: resumed.params ?? {},
    startEpochMs: nowMs - (resumed.elapsedMs ?? 0),
    userId: owner.userId,
  };
  return { kept, here: false };
}
