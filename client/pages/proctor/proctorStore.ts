// The dashboard's state as a plain zustand store (no React): the tiles by learner, the link to
// the server, and a clock that ticks once a second. Tiles subscribe to their own entry, so a push
// about one candidate re-renders one tile; only what shows time subscribes to the clock.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { CandidateLive } from '../../../scenes/protocol/proctor';
import type { ScoreReport } from '../../../scenes/rubric/report';
import type { ClientErrorCode } from '../../app/http';
import { mergeCandidate, stoppedTile, type CandidateTile } from './candidateTile';

/** connecting → live; a dropped socket → reconnecting (and live again after the re-watch); refused → failed. */
export type LinkState = { state: 'connecting' } | { state: 'live' } | { state: 'reconnecting' } | { state: 'failed'; problem: { status: number; code: ClientErrorCode } };

export interface ProctorState {
  examId: string;
  link: LinkState;
  tiles: Readonly<Record<string, CandidateTile>>;
  /** This PC's clock, moved on once a second by the page. */
  nowMs: number;
}

export type ProctorStore = StoreApi<ProctorState>;

export function createProctorStore(examId: string, nowMs = Date.now()): ProctorStore {
  return createStore<ProctorState>(() => ({ examId, link: { state: 'connecting' }, tiles: {}, nowMs }));
}

/**
 * Since when each candidate has been seen offline, per exam, for this tab's life: the server does
 * not say when a candidate went offline, so going to the spectator and back must not restart
 * the count (a reload does).
 */
const offlineSeen = new Map<string, Map<string, number>>();

function merged(store: ProctorStore, candidate: CandidateLive, nowMs: number): CandidateTile {
  const { examId, tiles } = store.getState();
  let seen = offlineSeen.get(examId);
  if (!seen) offlineSeen.set(examId, (seen = new Map()));
  const tile = mergeCandidate(tiles[candidate.learnerId], candidate, nowMs, seen.get(candidate.learnerId));
  if (tile.offlineSinceMs === null) seen.delete(candidate.learnerId);
  else seen.set(candidate.learnerId, tile.offlineSinceMs);
  return tile;
}

/** The watch's answer: every candidate; tiles already held keep their offline time. */
export function applySnapshot(store: ProctorStore, candidates: readonly CandidateLive[], nowMs: number): void {
  const tiles: Record<string, CandidateTile> = {};
  for (const candidate of candidates) tiles[candidate.learnerId] = merged(store, candidate, nowMs);
  store.setState({ tiles, link: { state: 'live' }, nowMs });
}

/** One `proctor:candidate` push: only that learner's entry changes (the others keep their identity). */
export function applyCandidate(store: ProctorStore, candidate: CandidateLive, nowMs: number): void {
  const { tiles } = store.getState();
  const previous = tiles[candidate.learnerId];
  const next = merged(store, candidate, nowMs);
  if (next !== previous) store.setState({ tiles: { ...tiles, [candidate.learnerId]: next } });
}

export function applyStopped(store: ProctorStore, learnerId: string, result: ScoreReport | undefined, nowMs: number): void {
  const { tiles } = store.getState();
  const tile = tiles[learnerId];
  if (tile) store.setState({ tiles: { ...tiles, [learnerId]: stoppedTile(tile, result, nowMs) } });
}

export function setLink(store: ProctorStore, link: LinkState): void {
  store.setState({ link });
}

export function tick(store: ProctorStore, nowMs: number): void {
  store.setState({ nowMs });
}
