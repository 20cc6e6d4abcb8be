// Shared set-up of the review tests: real attempts through /training, REST calls with a token,
// and the days of Vietnam time the manual clock is moved through.
import type { AttemptEvent } from '../../../scenes/rubric/events';
import type { ScoreReport } from '../../../scenes/rubric/report';
import { simulateWeld, type SimulatedWeldOptions } from '../../../scenes/welding-bead/simulatedWelder';
import type { TestServer } from '../../support/testServer';
import { batches, connectTraining, emitAck, startPractice } from '../../support/trainingClient';

export const dayMs = 24 * 60 * 60 * 1000;
const vietnamOffsetMs = 7 * 60 * 60 * 1000;

/** YYYY-MM-DD in Vietnam time. */
export const vietnamDate = (ms: number): string => new Date(ms + vietnamOffsetMs).toISOString().slice(0, 10);

/** Ms to add to reach 12:00 Vietnam time on the next day, so a day's attempts never cross midnight. */
export const untilNextNoon = (nowMs: number): number => Date.parse(`${vietnamDate(nowMs)}T12:00:00+07:00`) + dayMs - nowMs;

/** Short welds (10 samples a second, one pass at 8 mm/s: about 250 events). */
export const welds = {
  good: (): AttemptEvent[] => simulateWeld({ sampleRateHz: 10, travelSpeedMmPerS: 8 }),
  noHelmet: (): AttemptEvent[] => simulateWeld({ sampleRateHz: 10, travelSpeedMmPerS: 8, wearPpe: false }),
  sloppy: (seed = 3): AttemptEvent[] =>
    simulateWeld({ seed, sampleRateHz: 10, travelSpeedMmPerS: 8, unsteadiness: 1, workAngleDeg: 9, aimOffsetMm: 1.2, contactTipToWorkDistanceMm: 14 }),
  incomplete: (): AttemptEvent[] => simulateWeld({ sampleRateHz: 10, travelSpeedMmPerS: 8, torchSampleCount: 60 }),
  custom: (options: SimulatedWeldOptions): AttemptEvent[] => simulateWeld({ sampleRateHz: 10, travelSpeedMmPerS: 8, ...options }),
};

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

export interface Api {
  get(path: string, token: string): Promise<Response>;
  put(path: string, token: string, body: unknown): Promise<Response>;
  json<T>(path: string, token: string): Promise<T>;
}

export function apiOf(server: TestServer): Api {
  const get = (path: string, token: string) => fetch(`${server.url}${path}`, { headers: { Authorization: `Bearer ${token}` } });
  return {
    get,
    put: (path, token, body) =>
      fetch(`${server.url}${path}`, {
        method: 'PUT',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      }),
    json: async <T>(path: string, token: string) => {
      const response = await get(path, token);
      if (!response.ok) throw new Error(`GET ${path}: HTTP ${response.status} ${await response.text()}`);
      return (await response.json()) as T;
    },
  };
}

/** The error code of a refused call, with its status: "403 forbidden". */
export async function refusal(response: Response): Promise<string> {
  const body = (await response.json()) as { error?: { code?: string } };
  return `${response.status} ${body.error?.code ?? '?'}`;
}

/** A CSV answer's bytes as text, keeping a BOM if there is one. */
export async function csvText(response: Response): Promise<string> {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
}
