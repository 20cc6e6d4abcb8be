// A candidate taking an exam through the real /training protocol from Node, for the proctor
// browser tests: start the exam attempt, then stream a recorded welding log in real time (each
// event sent once its t has passed on the attempt's clock), as a headset would.
import type { AttemptEvent } from '../../../scenes/rubric/events';
import { connectTraining, emitAck, type TrainingSocket } from '../../support/trainingClient';

export interface ExamAttempt {
  socket: TrainingSocket;
  sessionId: string;
  /** Epoch ms the server started the attempt (the ack's startedAt). */
  startedAtMs: number;
}

export async function startExamAttempt(url: string, token: string, examId: string): Promise<ExamAttempt> {
  const socket = await connectTraining(url, token);
  const answer = await emitAck(socket, 'session:start', { sceneId: 'welding-bead', mode: 'exam', examId });
  if (!answer.ok) throw new Error(`exam session:start refused: ${JSON.stringify(answer.error)}`);
  return { socket, sessionId: answer.sessionId as string, startedAtMs: Date.parse(answer.startedAt as string) };
}

export interface Stream {
  /** Events the server has acknowledged. */
  readonly acked: number;
  /** Resolves when the log is sent, the stream is stopped, or the server refuses a batch (with its code). */
  readonly done: Promise<string | undefined>;
  stop(): void;
}

/** Sends `events` as their time comes, in batches every `everyMs` (the server refuses a t in its future). */
export function streamInRealTime(attempt: ExamAttempt, events: readonly AttemptEvent[], everyMs = 200): Stream {
  let next = 0;
  let acked = 0;
  let stopped = false;
  const done = (async () => {
    while (!stopped && next < events.length) {
      const due = Date.now() - attempt.startedAtMs - 50;
      let end = next;
      while (end < events.length && events[end]!.t <= due) end += 1;
      if (end > next) {
        const answer = await emitAck(attempt.socket, 'session:events', { sessionId: attempt.sessionId, events: events.slice(next, end) });
        if (!answer.ok) return answer.error?.code ?? 'refused';
        acked = answer.ackedSeq as number;
        next = end;
      }
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
    return undefined;
  })();
  return {
    get acked() {
      return acked;
    },
    done,
    stop: () => void (stopped = true),
  };
}
