// Date fields read and show the UI language's day order (dd/mm/yyyy) and keep ISO days behind.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datePartOrder, datePlaceholder, formatDayInput, parseDayInput } from '../../../../client/i18n/dateInput';

describe('date fields', () => {
  it('write the day first, as Vietnamese and British English do', () => {
    expect(datePartOrder('vi')).toEqual(['day', 'month', 'year']);
    expect(datePartOrder('en')).toEqual(['day', 'month', 'year']);
    expect(datePlaceholder('vi')).toBe('dd/mm/yyyy');
    expect(formatDayInput('2026-11-03', 'vi')).toBe('03/11/2026');
    expect(formatDayInput(undefined, 'vi')).toBe('');
    expect(formatDayInput('3 Nov', 'en')).toBe('');
  });

  it('read what people type: day first, any common separator, short forms', () => {
    expect(parseDayInput('03/11/2026', 'vi')).toBe('2026-11-03');
    expect(parseDayInput('3/11/2026', 'vi')).toBe('2026-11-03');
    expect(parseDayInput(' 3.11.26 ', 'en')).toBe('2026-11-03');
    expect(parseDayInput('3-11-2026', 'vi')).toBe('2026-11-03');
    expect(parseDayInput('29/02/2028', 'vi')).toBe('2028-02-29');
  });

  it('refuse what is not a calendar day (never a month-first misreading)', () => {
    for (const text of ['31/02/2026', '29/02/2027', '13/13/2026', '00/10/2026', '2026-11-03', '11/3', 'hôm nay', '1/1/202', '']) {
      expect(parseDayInput(text, 'vi'), text).toBeUndefined();
    }
  });

  it('read back every day they show', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }), fc.constantFrom('vi' as const, 'en' as const), (date, language) => {
        const iso = date.toISOString().slice(0, 10);
        expect(parseDayInput(formatDayInput(iso, language), language)).toBe(iso);
      }),
    );
  });
});
