// Calendar days typed by hand, in the order the UI language writes them: dd/mm/yyyy in
// Vietnamese and in British English (the app's English). The URL and the API keep ISO days
// (YYYY-MM-DD); only the field shows and reads the local form. Pure, so unit tests cover it.
import { uiLocale, type UiLanguage } from './format';

type Part = 'day' | 'month' | 'year';

/** The order of day, month and year in the language's short numeric date. */
export function datePartOrder(language: UiLanguage): Part[] {
  const parts = new Intl.DateTimeFormat(uiLocale(language), { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).formatToParts(new Date(Date.UTC(2001, 10, 23)));
  return parts.map((p) => p.type).filter((type): type is Part => type === 'day' || type === 'month' || type === 'year');
}

/** The placeholder letters of each part, in the language ("nn/tt/nnnn" reads oddly, so dd/mm/yyyy in both). */
export function datePlaceholder(language: UiLanguage): string {
  const letters: Record<Part, string> = { day: 'dd', month: 'mm', year: 'yyyy' };
  return datePartOrder(language).map((part) => letters[part]).join('/');
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** An ISO day (YYYY-MM-DD) as the field shows it, "23/11/2026"; an empty string for none. */
export function formatDayInput(iso: string | undefined, language: UiLanguage): string {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  if (!match) return '';
  const values: Record<Part, string> = { year: match[1]!, month: match[2]!, day: match[3]! };
  return datePartOrder(language).map((part) => values[part]).join('/');
}

/**
 * What a person typed as an ISO day: three numbers in the language's order, separated by "/",
 * ".", "-" or spaces; a two-digit year is 20yy. `undefined` when it is not a real calendar day
 * (31/02/2026) or not a date at all.
 */
export function parseDayInput(text: string, language: UiLanguage): string | undefined {
  const numbers = text.trim().split(/[\s./-]+/).filter(Boolean);
  if (numbers.length !== 3 || numbers.some((n) => !/^\d{1,4}$/.test(n))) return undefined;
  const order = datePartOrder(language);
  const value: Partial<Record<Part, number>> = {};
  order.forEach((part, i) => {
    value[part] = Number(numbers[i]);
  });
  let { year = 0 } = value;
  const { month = 0, day = 0 } = value;
  const yearText = numbers[order.indexOf('year')]!;
  if (yearText.length === 2) year += 2000;
  else if (yearText.length !== 4) return undefined;
  if (month < 1 || month > 12 || day < 1) return undefined;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return undefined;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}
