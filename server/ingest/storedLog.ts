// Reading a session's stored event log in pages (never the whole log in memory, and never an
// open cursor across awaits): for the authoritative fold at finish, rebuilding a live session,
// and streaming the replay log over HTTP.
import type { AttemptEvent } from '../../scenes/rubric/events';
import type { LiveScorer } from '../../scenes/rubric/liveScorer';
import type { ScoreReport } from '../../scenes/rubric/report';
import type { SceneRules } from '../../scenes/types';
import type { SessionRecord, Store, StoredEvent } from '../storage/store';
import type { PreparedEvent } from './liveSession';

const pageSize = 5_000;

/** Pages of stored events with seq in (afterSeq, toSeq], in seq order. */
export async function* storedEventPages(store: Store, sessionNo: number, afterSeq: number, toSeq: number): AsyncGenerator<StoredEvent[]> {
  let after = afterSeq;
  while (after < toSeq) {
    const page = await store.readEvents(sessionNo, after, toSeq, pageSize);
    if (page.length === 0) return;
    yield page;
    after = page[page.length - 1]!.seq;
  }
}

export const toAttemptEvent = (e: StoredEvent): AttemptEvent => ({
  seq: e.seq,
  t: e.t,
  type: e.type,
  data: JSON.parse(e.dataJson) as Record<string, unknown>,
});

/** Folds the stored log 1..upToSeq into `scorer`; returns the t of the last event (0 if none). */
export async function foldStoredLogInto(store: Store, record: SessionRecord, upToSeq: number, scorer: LiveScorer): Promise<number> {
  let lastT = 0;
  for await (const page of storedEventPages(store, record.no, 0, upToSeq)) {
    for (const stored of page) {
      scorer.push(toAttemptEvent(stored));
      lastT = stored.t;
    }
  }
  return lastT;
}

/** The ScoreReport of the stored log 1..upToSeq, folded afresh with the stored params. */
export async function scoreStoredLog(store: Store, rules: SceneRules, record: SessionRecord, upToSeq: number): Promise<ScoreReport> {
  const scorer = rules.createScorer(rules.paramsSchema.parse(record.params));
  await foldStoredLogInto(store, record, upToSeq, scorer);
  return scorer.report();
}

/** Events stored beyond ackedSeq (after a gap) for a session rebuilt from the store. */
export async function loadPendingEvents(store: Store, record: SessionRecord): Promise<PreparedEvent[]> {
  const pending: PreparedEvent[] = [];
  for await (const page of storedEventPages(store, record.no, record.ackedSeq, Number.MAX_SAFE_INTEGER)) {
    for (const stored of page) pending.push({ event: toAttemptEvent(stored), dataJson: stored.dataJson });
  }
  return pending;
}
