// Dates, durations, scores and rates as teachers read them: the UI language's conventions,
// always in Vietnam time (the institution's clock), whatever the browser's zone.
export type UiLanguage = 'vi' | 'en';
export const uiTimeZone = 'Asia/Ho_Chi_Minh';

const locales: Record<UiLanguage, string> = { vi: 'vi-VN', en: 'en-GB' };
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let format = cache.get(key) as T | undefined;
  if (!format) {
    format = make();
    cache.set(key, format);
  }
  return format;
}

export function uiLanguage(language: string | undefined): UiLanguage {
  return language === 'en' ? 'en' : 'vi';
}

/** "02/03/2025 14:05": the date first in both languages, so a column of them scans well. */
export function formatDateTime(iso: string, language: UiLanguage): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const day = cached(`dd-${language}`, () => new Intl.DateTimeFormat(locales[language], { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: uiTimeZone }));
  const time = cached(`tt-${language}`, () => new Intl.DateTimeFormat(locales[language], { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: uiTimeZone }));
  return `${day.format(date)} ${time.format(date)}`;
}

/** Midnight of a Vietnam calendar day (UTC+07:00, no daylight saving) as a Date. */
export function vietnamDayStart(day: string): Date {
  return new Date(`${day}T00:00:00+07:00`);
}

export function formatDay(day: string, language: UiLanguage): string {
  const date = vietnamDayStart(day);
  if (Number.isNaN(date.getTime())) return day;
  return cached(`d-${language}`, () => new Intl.DateTimeFormat(locales[language], { dateStyle: 'medium', timeZone: uiTimeZone })).format(date);
}

/** Day and month only ("23 thg 11", "23 Nov"), for chart axes. */
export function formatShortDay(day: string, language: UiLanguage): string {
  const date = vietnamDayStart(day);
  if (Number.isNaN(date.getTime())) return day;
  return cached(`sd-${language}`, () => new Intl.DateTimeFormat(locales[language], { day: 'numeric', month: 'short', timeZone: uiTimeZone })).format(date);
}

/** "m:ss", or "h:mm:ss" from an hour. */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

export function sessionDurationMs(startedAt: string, finishedAt: string | undefined): number | undefined {
  if (!finishedAt) return undefined;
  const ms = Date.parse(finishedAt) - Date.parse(startedAt);
  return Number.isFinite(ms) ? ms : undefined;
}

/** A score out of 100 with at most one decimal ("72,5" in Vietnamese); an en dash for none. */
export function formatScore(total: number | null | undefined, language: UiLanguage): string {
  if (total === null || total === undefined) return '–';
  return cached(`n-${language}`, () => new Intl.NumberFormat(locales[language], { maximumFractionDigits: 1 })).format(total);
}

/** A 0..1 fraction as a whole percentage; an en dash for none. */
export function formatPercent(fraction: number | null | undefined, language: UiLanguage): string {
  if (fraction === null || fraction === undefined) return '–';
  return cached(`p-${language}`, () => new Intl.NumberFormat(locales[language], { style: 'percent', maximumFractionDigits: 0 })).format(fraction);
}

/** Today's date in Vietnam as YYYY-MM-DD (for file names). */
export function vietnamToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}
