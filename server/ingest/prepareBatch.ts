// Checks a `session:events` batch against the delivery rules of docs/protocol.md §3 before anything
// is stored: every event valid for the scene, data within limits, t not ahead of the server's
// clock and non-decreasing in seq, seq within the window above the acknowledged log. Resent events (already stored) are dropped, not counted twice.
import { ingestLimits } from '../../scenes/protocol/training';
import type { AttemptEvent } from '../../scenes/rubric/events';
import type { ErrorValue } from '../../scenes/protocol/errors';
import type { LiveSession, PreparedEvent } from './liveSession';
import { nestsDeeperThan } from './nestingDepth';

export type PreparedBatch = { ok: true; fresh: PreparedEvent[] } | { ok: false; error: ErrorValue };

const refuse = (code: ErrorValue['code'], message: string): PreparedBatch => ({ ok: false, error: { code, message } });

/** Bytes an event adds to a message beyond its data: `{"seq":…,"t":…,"type":"…","data":}`. */
const envelopeBytes = 40;

/** UTF-8 size of a string; a string of n UTF-16 units takes at most 3n bytes, so short ones need no count. */
const utf8Bytes = (text: string) => (text.length * 3 <= ingestLimits.maxEventDataBytes ? text.length : Buffer.byteLength(text, 'utf8'));

export function prepareBatch(session: LiveSession, events: readonly unknown[], nowMs: number): PreparedBatch {
  if (events.length > ingestLimits.maxEventsPerBatch) {
    return refuse('too_large', `a batch holds at most ${ingestLimits.maxEventsPerBatch} events (got ${events.length})`);
  }
  const latestAllowedT = nowMs - session.record.startedAtMs + ingestLimits.maxClockLeadMs;
  const fresh: PreparedEvent[] = [];
  // Batches almost always come in rising seq order; only a batch that does not needs the Set.
  let highestSeq = 0;
  let seen: Set<number> | undefined;
  let messageBytes = 0;
  const highestAllowedSeq = session.ackedSeq + ingestLimits.maxSeqAhead;
  for (let i = 0; i < events.length; i++) {
    // Before validateEvent and JSON.stringify, which both recurse and would overflow the stack.
    // The event object itself is one level above its data.
    if (nestsDeeperThan(events[i], ingestLimits.maxEventDataDepth + 1)) {
      return refuse('invalid', `events[${i}]: data is nested deeper than ${ingestLimits.maxEventDataDepth} levels`);
    }
    const problem = session.rules.validateEvent(events[i]);
    if (problem) return refuse('invalid', `events[${i}]: ${problem}`);
    const event = events[i] as AttemptEvent;
    const dataJson = JSON.stringify(event.data);
    const dataBytes = utf8Bytes(dataJson);
    if (dataBytes > ingestLimits.maxEventDataBytes) {
      return refuse('too_large', `events[${i}]: data is ${dataBytes} bytes; at most ${ingestLimits.maxEventDataBytes}`);
    }
    messageBytes += dataBytes + event.type.length + envelopeBytes;
    if (event.t > latestAllowedT) {
      return refuse('invalid', `events[${i}]: t = ${event.t} ms is ahead of the session's clock (${Math.round(latestAllowedT - ingestLimits.maxClockLeadMs)} ms since start)`);
    }
    // Far beyond a gap: refused, so what waits for the gap to fill stays bounded (incomplete:
    // the client sends from ackedSeq + 1 first).
    if (event.seq > highestAllowedSeq) {
      return refuse(
        'incomplete',
        `events[${i}]: seq ${event.seq} is more than ${ingestLimits.maxSeqAhead} beyond the stored log (1..${session.ackedSeq}); send from seq ${session.ackedSeq + 1} first`,
      );
    }
    // Stored already (or twice in this batch): ignored, whatever its content.
    if (event.seq <= session.ackedSeq || session.pending.has(event.seq)) continue;
    if (event.seq <= highestSeq) {
      seen ??= new Set(fresh.map((p) => p.event.seq));
      if (seen.has(event.seq)) continue;
    }
    seen?.add(event.seq);
    highestSeq = Math.max(highestSeq, event.seq);
    fresh.push({
      event: { seq: event.seq, t: event.t, type: event.type, data: event.data },
      line: `{"seq":${event.seq},"t":${event.t},"type":${JSON.stringify(event.type)},"data":${dataJson}}\n`,
    });
  }
  if (messageBytes > ingestLimits.maxMessageBytes) {
    return refuse('too_large', `a batch carries at most ${ingestLimits.maxMessageBytes} bytes of events (got about ${messageBytes})`);
  }
  const problem = timeOrderProblem(session, fresh);
  return problem ? refuse('invalid', problem) : { ok: true, fresh };
}

function risingSeq(events: readonly PreparedEvent[]): boolean {
  for (let i = 1; i < events.length; i++) if (events[i]!.event.seq <= events[i - 1]!.event.seq) return false;
  return true;
}

/** t must not decrease with seq, across this batch, the acked log's tail and stored pending events. */
function timeOrderProblem(session: LiveSession, fresh: PreparedEvent[]): string | undefined {
  if (fresh.length === 0) return undefined;
  if (!risingSeq(fresh)) fresh.sort((a, b) => a.event.seq - b.event.seq);
  let previous = { seq: session.ackedSeq, t: session.lastAckedT };
  // The usual case checks the batch in place; events stored beyond a gap join only when present.
  const known: Iterable<{ seq: number; t: number }> =
    session.pending.size === 0
      ? fresh.map((p) => p.event)
      : [...fresh.map((p) => p.event), ...[...session.pending.values()].map((p) => p.event)].sort((a, b) => a.seq - b.seq);
  for (const e of known) {
    if (e.t < previous.t) {
      return `event seq ${e.seq} has t = ${e.t} ms, earlier than seq ${previous.seq} (t = ${previous.t} ms): t must not decrease with seq`;
    }
    previous = e;
  }
  return undefined;
}
