// CSV downloads for spreadsheets: UTF-8 with a BOM (so Excel reads Vietnamese names right),
// RFC 4180 quoting, and text cells that a spreadsheet would run as a formula defused.
import type { Response } from 'express';

export type CsvCell = string | number | boolean | null | undefined;

/** A text cell starting like a formula (OWASP "CSV injection") is prefixed with an apostrophe. */
const formulaStart = /^[=+\-@\t\r]/;
const needsQuotes = /[",\r\n]/;

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = formulaStart.test(value) ? `'${value}` : value;
  return needsQuotes.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole document: BOM, header row, rows, each line ended by CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** A filename part that is safe in a Content-Disposition header. */
export const filenamePart = (text: string): string => text.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 64) || 'export';

export function sendCsv(res: Response, filename: string, header: readonly string[], rows: readonly (readonly CsvCell[])[]): void {
  res.status(200);
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
  res.setHeader('Cache-Control', 'no-store');
  res.send(toCsv(header, rows));
}
