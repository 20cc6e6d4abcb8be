// Dates in Vietnam time whatever the machine's zone; durations, scores and percentages.
import { describe, expect, it } from 'vitest';
import { formatDateTime, formatDay, formatDuration, formatShortDay, formatPercent, formatScore, sessionDurationMs, vietnamToday } from '../../../../client/i18n/format';

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

