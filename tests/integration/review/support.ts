// Shared set-up of the review tests: real attempts through /training, REST calls with a token,
// and the days of Vietnam time the manual clock is moved through.
import type { AttemptEvent } from '../../../scenes/rubric/events';
import type { TestServer } from '../../support/testServer';
import { simulateWeld, type SimulatedWeldOptions } from '../../../scenes/welding-bead/simulatedWelder';

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

export { recordAttempt, type RecordedAttempt } from '../../support/recordAttempt';

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

/** One CSV line's cells, unquoted (RFC 4180; the exports quote every text cell). */
export function csvCells(line: string): string[] {
  const cells: string[] = [];
  const pattern = /("((?:[^"]|"")*)"|[^,]*)(,|$)/g;
  for (const match of line.replace(/^\uFEFF/, '').matchAll(pattern)) {
    cells.push(match[2] !== undefined ? match[2].replace(/""/g, '"') : match[1]!);
    if (match[3] === '') break;
  }
  return cells;
}
