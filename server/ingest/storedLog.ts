// The stored event log, written and read in runs of consecutive events (NDJSON lines): building
// runs from a checked batch, and reading a session's log page by page (never the whole log in
// memory, never an open cursor across awaits) for the authoritative fold at finish, rebuilding
// a live session, and streaming the replay log over HTTP.
import type { AttemptEvent } from '../../scenes/rubric/events';
import type { LiveScorer } from '../../scenes/rubric/liveScorer';
import type { ScoreReport } from '../../scenes/rubric/report';
import type { SceneRules } from '../../scenes/types';
import type { EventRun, SessionRecord, Store } from '../storage/store';
import type { PreparedEvent } from './liveSession';
import { LogChain } from './logChain';

const runsPerPage = 500;

/** Cuts fresh events (sorted by seq) into runs of consecutive seqs. */
export function toEventRuns(fresh: readonly PreparedEvent[]): EventRun[] {
  const runs: EventRun[] = [];
  let current: EventRun | undefined;
  for (const { event, line } of fresh) {
    if (current && event.seq === current.lastSeq + 1) {
      current.lastSeq = event.seq;
      current.lines += line;
    } else {
      current = { firstSeq: event.seq, lastSeq: event.seq, lines: line };
      runs.push(current);
    }
  }
  return runs;
}

/** Pages of stored runs whose events lie in (afterSeq, toSeq], in seq order. */
export async function* storedRunPages(store: Store, sessionNo: number, afterSeq: number, toSeq: number): AsyncGenerator<EventRun[]> {
  let after = afterSeq;
  while (after < toSeq) {
    const page = await store.attempts.readEventRuns(sessionNo, after, toSeq, runsPerPage);
    if (page.length === 0) return;
    yield page;
    after = page[page.length - 1]!.firstSeq;
  }
}

/** The events of a run, parsed. */
export function eventsOfRun(run: EventRun): AttemptEvent[] {
  return JSON.parse(`[${run.lines.slice(0, -1).replaceAll('\n', ',')}]`) as AttemptEvent[];
}

/**
 * Folds the stored log 1..upToSeq into `scorer` (and, when given, its lines into `chain` in the
 * same pass); returns the t of the last event (0 if none).
 */
export async function foldStoredLogInto(store: Store, record: SessionRecord, upToSeq: number, scorer: LiveScorer, chain?: LogChain): Promise<number> {
  let lastT = 0;
  for await (const page of storedRunPages(store, record.no, 0, upToSeq)) {
    for (const run of page) {
      chain?.addRun(run.lines);
      const events = eventsOfRun(run);
      scorer.pushAll(events);
      lastT = events[events.length - 1]?.t ?? lastT;
    }
  }
  return lastT;
}

/**
 * The ScoreReport of the stored log 1..upToSeq, folded afresh with the stored params, and the
 * log's chain head (PROTOCOL §9) computed in the same read: the seal of an ending attempt.
 */
/** The report folded from a stored log and the chain head of the same log (its seal). */
export interface StoredLogScore {
  report: ScoreReport;
  sealedHead: string;
}

export async function scoreStoredLog(store: Store, rules: SceneRules, record: SessionRecord, upToSeq: number): Promise<StoredLogScore> {
  const scorer = rules.createScorer(rules.paramsSchema.parse(record.params));
  const chain = new LogChain(record.id);
  await foldStoredLogInto(store, record, upToSeq, scorer, chain);
  return { report: scorer.report(), sealedHead: chain.hex };
}

/** The chain head of the stored log 1..upToSeq, recomputed now (GET /api/sessions/:id/integrity). */
export async function chainHeadOfStoredLog(store: Store, record: SessionRecord, upToSeq: number): Promise<string> {
  const chain = new LogChain(record.id);
  for await (const page of storedRunPages(store, record.no, 0, upToSeq)) for (const run of page) chain.addRun(run.lines);
  return chain.hex;
}

/** Events stored beyond ackedSeq (after a gap), for a session rebuilt from the store. */
export async function loadPendingEvents(store: Store, record: SessionRecord): Promise<PreparedEvent[]> {
  const pending: PreparedEvent[] = [];
  for await (const page of storedRunPages(store, record.no, record.ackedSeq, Number.MAX_SAFE_INTEGER)) {
    for (const run of page) {
      const lines = run.lines.split('\n');
      eventsOfRun(run).forEach((event, i) => pending.push({ event, line: `${lines[i]}\n` }));
    }
  }
  return pending;
}
