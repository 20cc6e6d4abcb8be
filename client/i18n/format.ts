// Numbers, units, dates and durations as people read them, for every page: the UI language's
// conventions through Intl (decimal comma in Vietnamese), always in Vietnam time (the
// institution's clock), whatever the browser's zone. No page formats a number by hand.
export type UiLanguage = 'vi' | 'en';
export const uiTimeZone = 'Asia/Ho_Chi_Minh';

const locales: Record<UiLanguage, string> = { vi: 'vi-VN', en: 'en-GB' };

/** The BCP 47 locale behind a UI language (Vietnamese, British English: day before month). */
export function uiLocale(language: UiLanguage): string {
  return locales[language];
}
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

/** "m:ss", or "h:mm:ss" from an hour: a clock reading, the same in both languages. */
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

/** A 0..1 fraction as a percentage, whole by default ("46%", "72,5%"); an en dash for none. */
export function formatPercent(fraction: number | null | undefined, language: UiLanguage, digits = 0): string {
  if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return '–';
  return cached(`p-${language}-${digits}`, () => new Intl.NumberFormat(locales[language], { style: 'percent', maximumFractionDigits: digits })).format(fraction);
}

/** Today's date in Vietnam as YYYY-MM-DD (for file names). */
export function vietnamToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** A plain number with at most `digits` decimals ("6,25" in Vietnamese); an en dash for none. */
export function formatNumber(value: number | null | undefined, language: UiLanguage, digits = 1, minDigits = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const format = cached(`num-${language}-${digits}-${minDigits}`, () => new Intl.NumberFormat(locales[language], { maximumFractionDigits: digits, minimumFractionDigits: minDigits }));
  return format.format(value);
}

/**
 * A measured value with its unit as the rubric names it (`deg`, `mm`, `mm/s`, `s`): the number
 * through Intl, the unit as its symbol ("°" for degrees, never "deg"), a no-break space between
 * number and symbol except for the degree sign, which sits on the number (ISO 80000-1).
 */
export function formatMeasure(value: number | null | undefined, unit: string, language: UiLanguage, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return withUnit(formatNumber(value, language, digits), unit);
}

/** The symbol a rubric unit is shown with. */
export function unitSymbol(unit: string): string {
  return unit === 'deg' || unit === 'degree' ? '°' : unit;
}

function withUnit(number: string, unit: string): string {
  const symbol = unitSymbol(unit);
  if (!symbol) return number;
  return symbol === '°' ? `${number}°` : `${number}\u00a0${symbol}`;
}

/** A tolerance band: "≤ 10°", "≥ 5 mm", "4 – 8 mm/s". */
export function formatBand(band: { min: number | null; max: number | null; unit: string }, language: UiLanguage): string {
  const n = (v: number) => formatNumber(v, language, 2);
  if (band.min === null && band.max === null) return '–';
  if (band.min === null) return `≤ ${withUnit(n(band.max!), band.unit)}`;
  if (band.max === null) return `≥ ${withUnit(n(band.min), band.unit)}`;
  return `${n(band.min)}\u2013${withUnit(n(band.max), band.unit)}`;
}

/** Seconds with at most `digits` decimals and the unit spelled for the language ("12,5 giây", "12.5 s"). */
export function formatSeconds(ms: number, language: UiLanguage, digits = 1): string {
  return cached(`sec-${language}-${digits}`, () => new Intl.NumberFormat(locales[language], { style: 'unit', unit: 'second', unitDisplay: language === 'vi' ? 'long' : 'narrow', maximumFractionDigits: digits })).format(ms / 1000);
}

/**
 * A length of time in words for a sentence: "1 giờ 2 phút 5 giây", "2 minutes 5 seconds"; zero
 * parts are left out (a whole minute is "1 minute"), and under a second reads as "0 seconds".
 */
export function formatDurationWords(ms: number, language: UiLanguage): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const parts: [number, 'hour' | 'minute' | 'second'][] = [
    [Math.floor(total / 3600), 'hour'],
    [Math.floor((total % 3600) / 60), 'minute'],
    [total % 60, 'second'],
  ];
  const shown = parts.filter(([n]) => n > 0);
  const unit = (n: number, u: string) => cached(`dw-${language}-${u}`, () => new Intl.NumberFormat(locales[language], { style: 'unit', unit: u, unitDisplay: 'long' })).format(n);
  return (shown.length > 0 ? shown : [[0, 'second'] as const]).map(([n, u]) => unit(n, u)).join(' ');
}

/** Which plural form a count takes in the language (i18next picks `_one` / `_other` keys the same way). */
export function pluralForm(count: number, language: UiLanguage): Intl.LDMLPluralRule {
  return new Intl.PluralRules(locales[language]).select(count);
}
