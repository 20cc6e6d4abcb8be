// A learner's open practice attempt of a scene, as the SERVER knows it (any device), and the
// two ways on from it: continue it, or discard it (it ends as `abandoned`) and start over.
// See docs/api.md, "Attempts left behind".
import type { SessionListItem } from '../../scenes/protocol/review';
import type { SessionDiscardAck } from '../../scenes/protocol/training';
import { apiFetch, apiSend } from '../app/api';
import { endpoints } from '../app/endpoints';
import type { KeptAttempt } from './telemetry/outboxStore';

/** How Attempt.open begins: continue a chosen session, start a new one, or (exams) resume this device's kept attempt. */
export type AttemptChoice = { kind: 'continue'; sessionId: string } | { kind: 'new' } | { kind: 'kept' };

/** The learner's newest active practice attempt of the scene, if any. */
export async function findOpenAttempt(learnerId: string, sceneId: string): Promise<SessionListItem | undefined> {
  const query = new URLSearchParams({ status: 'active', mode: 'practice', scene: sceneId, sort: 'startedAt', order: 'desc', pageSize: '1' });
  const page = await apiFetch(endpoints.learnerSessions(learnerId, `?${query}`));
  return page.items[0];
}

/** Ends the learner's own open attempt as abandoned; the server scores what it holds. */
export function discardAttempt(sessionId: string): Promise<SessionDiscardAck> {
  return apiSend(endpoints.discardSession(sessionId));
}

/** This tab's attempt in progress: set while the workshop runs it, cleared when the page is left. */
const inAttemptKey = 'vocaxr.inAttempt';

/**
 * Marks `sessionId` as the attempt this tab is in, until the workshop page unmounts. A reload
 * unmounts nothing, so the mark survives it; leaving the page or opening a new tab does not.
 */
export function markInAttempt(sessionId: string): () => void {
  sessionStorage.setItem(inAttemptKey, sessionId);
  return () => {
    if (sessionStorage.getItem(inAttemptKey) === sessionId) sessionStorage.removeItem(inAttemptKey);
  };
}

/** Whether this tab was in attempt `sessionId` when the page was reloaded: it goes on without asking. */
export function reloadedDuring(sessionId: string): boolean {
  return sessionStorage.getItem(inAttemptKey) === sessionId;
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
