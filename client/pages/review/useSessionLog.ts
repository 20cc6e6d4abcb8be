// Loads a stored attempt for review and replay: the session (GET /api/sessions/:id) and its
// event log (GET /api/sessions/:id/events, NDJSON), read as it streams in so a long log shows
// real progress (events received of the session's ackedSeq).
import { useCallback, useEffect, useState } from 'react';
import type { AttemptEvent } from '../../../scenes/rubric/events';
import type { SessionDetailResponse } from '../../../scenes/protocol/review';
import { apiFetch, apiResponse, ApiRequestError, asApiError } from '../../app/api';
import { endpoints } from '../../app/endpoints';
import { useSession } from '../../app/useSession';

export type SessionDetail = SessionDetailResponse;

export type SessionLog =
  | { state: 'loading'; received: number; expected: number }
  | { state: 'error'; error: ApiRequestError; retry(): void }
  | { state: 'ready'; session: SessionDetail; events: AttemptEvent[] };

/** Parses NDJSON text into events; `rest` is an unfinished last line to prepend to the next chunk. */
export function parseEventLines(text: string, into: AttemptEvent[]): string {
  let start = 0;
  for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
    const line = text.slice(start, end).trim();
    if (line) into.push(JSON.parse(line) as AttemptEvent);
    start = end + 1;
  }
  return text.slice(start);
}

async function readEvents(sessionId: string, signal: AbortSignal, onProgress: (received: number) => void): Promise<AttemptEvent[]> {
  const response = await apiResponse(endpoints.sessionEvents(sessionId).path, { signal, accept: 'application/x-ndjson' });
  if (!response.body) throw new ApiRequestError(response.status, 'internal', 'the log came without a body');
  const events: AttemptEvent[] = [];
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let rest = '';
  let lastReport = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    rest = parseEventLines(rest + value, events);
    const now = performance.now();
    if (now - lastReport > 100) {
      lastReport = now;
      onProgress(events.length);
    }
  }
  parseEventLines(`${rest}\n`, events);
  return events;
}

export function useSessionLog(sessionId: string | undefined): SessionLog {
  const userId = useSession().session?.user.id;
  const [log, setLog] = useState<SessionLog>({ state: 'loading', received: 0, expected: 0 });
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  useEffect(() => {
    if (!sessionId) return;
    const controller = new AbortController();
    setLog({ state: 'loading', received: 0, expected: 0 });
    (async () => {
      const session = await apiFetch(endpoints.session(sessionId), { signal: controller.signal });
      setLog({ state: 'loading', received: 0, expected: session.ackedSeq });
      const events = await readEvents(sessionId, controller.signal, (received) =>
        setLog({ state: 'loading', received, expected: session.ackedSeq }),
      );
      setLog({ state: 'ready', session, events });
    })().catch((error: unknown) => {
      if (controller.signal.aborted) return;
      setLog({ state: 'error', error: asApiError(error), retry });
    });
    return () => controller.abort();
  }, [sessionId, userId, attempt, retry]);
  return log;
}
