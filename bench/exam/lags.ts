// Joins the load generator's acks with what the proctors received (bench/exam.ts): how long after
// a candidate's batch was acked the first tile showing that ackedSeq, and the spectated batch
// holding that seq, reached a proctor. Both sides stamp epoch ms on the same machine.

export interface AckLog {
  sessionIds: string[];
  /** [learner index, ackedSeq, epoch ms] */
  acks: [number, number, number][];
}
export interface ProctorLog {
  tiles: [number, string, number, number][];
  batches: [number, string, number, number, number][];
  spectated: { sessionId: string; ackedTo: number }[];
}

export interface Lags {
  /** ms, sorted; a push that came before the ack counts as 0. */
  sorted: number[];
  /** Acks for which the push never came. */
  missing: number;
}

const lagsOf = (values: number[], missing: number): Lags => ({ sorted: values.sort((a, b) => a - b), missing });

/** The first index in `seqs` (non-decreasing) holding a value >= seq, or -1. */
function firstAtLeast(seqs: readonly number[], seq: number): number {
  let lo = 0;
  let hi = seqs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (seqs[mid]! < seq) lo = mid + 1;
    else hi = mid;
  }
  return lo < seqs.length ? lo : -1;
}

/** Per watcher and ack: the first tile of that session with ackedSeq >= the ack's. */
export function tileLags(acks: AckLog, proctors: ProctorLog): Lags {
  // watcher -> session -> tiles in arrival order (ackedSeq never goes down along it).
  const byWatcher = new Map<number, Map<string, { seqs: number[]; at: number[] }>>();
  for (const [watcher, sessionId, seq, at] of proctors.tiles) {
    let sessions = byWatcher.get(watcher);
    if (!sessions) byWatcher.set(watcher, (sessions = new Map()));
    let list = sessions.get(sessionId);
    if (!list) sessions.set(sessionId, (list = { seqs: [], at: [] }));
    list.seqs.push(seq);
    list.at.push(at);
  }
  const values: number[] = [];
  let missing = 0;
  for (const sessions of byWatcher.values()) {
    for (const [learner, seq, ackAt] of acks.acks) {
      const list = sessions.get(acks.sessionIds[learner]!);
      const i = list ? firstAtLeast(list.seqs, seq) : -1;
      if (i < 0) missing += 1;
      else values.push(Math.max(0, list!.at[i]! - ackAt));
    }
  }
  return lagsOf(values, missing);
}

/** Per spectator and ack of the session it spectates (beyond its ack's log): the batch holding that seq. */
export function spectatorLags(acks: AckLog, proctors: ProctorLog): Lags {
  const values: number[] = [];
  let missing = 0;
  for (const [k, { sessionId, ackedTo }] of proctors.spectated.entries()) {
    const mine = proctors.batches.filter(([spectator]) => spectator === k);
    const lastSeqs = mine.map(([, , , last]) => last);
    for (const [learner, seq, ackAt] of acks.acks) {
      if (acks.sessionIds[learner] !== sessionId || seq <= ackedTo) continue;
      const i = firstAtLeast(lastSeqs, seq);
      if (i < 0 || mine[i]![2] > seq) missing += 1;
      else values.push(Math.max(0, mine[i]![4] - ackAt));
    }
  }
  return lagsOf(values, missing);
}

export const percentileOf = (lags: Lags, p: number): number => lags.sorted[Math.min(lags.sorted.length - 1, Math.floor(p * lags.sorted.length))] ?? NaN;
