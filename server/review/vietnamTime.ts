// Calendar days in Vietnam time (UTC+07:00, no daylight saving): the days teachers filter
// and group attempts by, whatever the server's own time zone.
import type { StartedRange } from '../storage/review';

const vietnamOffsetMs = 7 * 60 * 60 * 1000;
const dayMs = 24 * 60 * 60 * 1000;

/** Epoch ms of 00:00 Vietnam time on a YYYY-MM-DD day. */
export const vietnamDayStartMs = (date: string): number => Date.parse(`${date}T00:00:00+07:00`);

/** `from`..`to` as inclusive days: from 00:00 on `from` to before 00:00 the day after `to`. */
export function startedRangeOfDays(from: string | undefined, to: string | undefined): StartedRange {
  return {
    ...(from !== undefined ? { fromMs: vietnamDayStartMs(from) } : {}),
    ...(to !== undefined ? { beforeMs: vietnamDayStartMs(to) + dayMs } : {}),
  };
}

/** YYYY-MM-DD in Vietnam time. */
export const vietnamDate = (ms: number): string => new Date(ms + vietnamOffsetMs).toISOString().slice(0, 10);

/** "YYYY-MM-DD HH:MM:SS" in Vietnam time, which spreadsheets read as a date and time. */
export const vietnamDateTime = (iso: string | undefined): string =>
  iso === undefined ? '' : new Date(Date.parse(iso) + vietnamOffsetMs).toISOString().slice(0, 19).replace('T', ' ');
