// Numbers, units, dates and durations in the UI language (Vietnam time whatever the machine's zone).
import { describe, expect, it } from 'vitest';
import {
  formatBand,
  formatDateTime,
  formatDay,
  formatDuration,
  formatDurationWords,
  formatMeasure,
  formatNumber,
  formatPercent,
  formatScore,
  formatSeconds,
  formatShortDay,
  pluralForm,
  sessionDurationMs,
  unitSymbol,
  vietnamToday,
} from '../../../../client/i18n/format';

describe('formatting', () => {
  it('shows times in Vietnam time', () => {
    // 17:30 UTC = 00:30 the next day in Ho Chi Minh City.
    expect(formatDateTime('2025-03-01T17:30:00Z', 'en')).toBe('02/03/2025 00:30');
    expect(formatDateTime('2025-03-01T17:30:00Z', 'vi')).toBe('02/03/2025 00:30');
    expect(formatDateTime('not a date', 'vi')).toBe('not a date');
  });

  it('shows a calendar day as that day', () => {
    expect(formatDay('2025-03-02', 'en')).toBe('2 Mar 2025');
    expect(formatDay('2025-03-02', 'vi')).toMatch(/2.*3.*2025/);
    expect(formatShortDay('2025-03-02', 'en')).toBe('2 Mar');
  });

  it('formats durations as m:ss or h:mm:ss', () => {
    expect(formatDuration(65_400)).toBe('1:05');
    expect(formatDuration(3_725_000)).toBe('1:02:05');
    expect(sessionDurationMs('2025-03-01T10:00:00Z', '2025-03-01T10:04:05Z')).toBe(245_000);
    expect(sessionDurationMs('2025-03-01T10:00:00Z', undefined)).toBeUndefined();
  });

  it('uses the language’s decimal sign and a dash for none', () => {
    expect(formatScore(72.46, 'vi')).toBe('72,5');
    expect(formatScore(72.46, 'en')).toBe('72.5');
    expect(formatScore(undefined, 'en')).toBe('–');
    expect(formatPercent(0.456, 'en')).toBe('46%');
    expect(formatPercent(null, 'vi')).toBe('–');
  });

  it('dates files by the Vietnam calendar', () => {
    expect(vietnamToday(new Date('2025-12-31T17:00:00Z'))).toBe('2026-01-01');
  });
});


describe('numbers, units and durations in the UI language', () => {
  it('writes decimals with a comma in Vietnamese and a point in English', () => {
    expect(formatNumber(6.25, 'vi', 2)).toBe('6,25');
    expect(formatNumber(6.25, 'en', 2)).toBe('6.25');
    expect(formatNumber(1234.5, 'vi')).toBe('1.234,5');
    expect(formatNumber(87.5, 'vi', 1, 1)).toBe('87,5');
    expect(formatNumber(87, 'vi', 1, 1)).toBe('87,0');
    expect(formatNumber(Number.NaN, 'en')).toBe('–');
    expect(formatPercent(0.725, 'vi', 1)).toMatch(/^72,5\s?%$/);
  });

  it('shows degrees with the degree sign, never "deg", and mm, mm/s after a no-break space', () => {
    expect(formatMeasure(12.5, 'deg', 'vi')).toBe('12,5°');
    expect(formatMeasure(12.5, 'deg', 'en')).toBe('12.5°');
    expect(formatMeasure(6.25, 'mm/s', 'vi', 2)).toBe('6,25\u00a0mm/s');
    expect(formatMeasure(11, 'mm', 'en')).toBe('11\u00a0mm');
    expect(formatMeasure(null, 'mm', 'en')).toBe('–');
    expect(unitSymbol('deg')).toBe('°');
    expect(formatBand({ min: null, max: 10, unit: 'deg' }, 'vi')).toBe('≤ 10°');
    expect(formatBand({ min: 5, max: null, unit: 'mm' }, 'en')).toBe('≥ 5\u00a0mm');
    expect(formatBand({ min: 4.5, max: 8, unit: 'mm/s' }, 'vi')).toBe('4,5–8\u00a0mm/s');
    for (const language of ['vi', 'en'] as const) expect(formatBand({ min: 5, max: 15, unit: 'deg' }, language)).not.toMatch(/deg/);
  });

  it('spells durations out in words and seconds with the language’s decimal sign', () => {
    expect(formatDurationWords(125_000, 'vi')).toBe('2 phút 5 giây');
    expect(formatDurationWords(125_000, 'en')).toBe('2 minutes 5 seconds');
    expect(formatDurationWords(3_600_000, 'en')).toBe('1 hour');
    expect(formatDurationWords(61_000, 'en')).toBe('1 minute 1 second');
    expect(formatDurationWords(200, 'vi')).toBe('0 giây');
    expect(formatSeconds(12_345, 'vi')).toBe('12,3 giây');
    expect(formatSeconds(12_345, 'en')).toMatch(/^12\.3\s?s$/);
  });

  it('picks plural forms by the language’s rules (Vietnamese has one form, English two)', () => {
    expect(pluralForm(1, 'en')).toBe('one');
    expect(pluralForm(2, 'en')).toBe('other');
    expect(pluralForm(1, 'vi')).toBe('other');
  });
});
