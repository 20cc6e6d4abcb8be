// One practice attempt recorded through the real /training protocol, for tests that need stored
// sessions (review lists, analytics, the review and replay pages).
import type { AttemptEvent } from '../../scenes/rubric/events';
import type { ScoreReport } from '../../scenes/rubric/report';
import type { TestServer } from './testServer';
import { batches, connectTraining, emitAck, startPractice } from './trainingClient';

export interface RecordedAttempt {
  sessionId: string;
  /** The server's report; absent when the attempt was left unfinished. */
  result?: ScoreReport;
}

/**
 * One practice attempt by the token's learner: start, send the log, and (unless `finish` is
 * false) finish. `advance` runs the server's clock past the log so no event is "in the future".
 */
export async function recordAttempt(
  server: TestServer,
  token: string,
  events: readonly AttemptEvent[],
  advance: (ms: number) => void,
  finish = true,
): Promise<RecordedAttempt> {
  const socket = await connectTraining(server.url, token);
  try {
    const sessionId = await startPractice(socket);
    advance(events.at(-1)!.t + 1_000);
    for (const batch of batches(events, 500)) {
      const answer = await emitAck(socket, 'session:events', { sessionId, events: batch });
      if (!answer.ok) throw new Error(`session:events refused: ${JSON.stringify(answer.error)}`);
    }
    if (!finish) return { sessionId };
    const finished = await emitAck(socket, 'session:finish', { sessionId, lastSeq: events.length });
    if (!finished.ok) throw new Error(`session:finish refused: ${JSON.stringify(finished.error)}`);
    return { sessionId, result: finished.result as ScoreReport };
  } finally {
    socket.close();
  }
}
