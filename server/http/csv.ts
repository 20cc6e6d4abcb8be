// CSV downloads for spreadsheets: UTF-8 with a BOM (so Excel reads Vietnamese names right),
// every text cell quoted (RFC 4180), and text that a spreadsheet would run as a formula defused.
import type { Response } from 'express';

export type CsvCell = string | number | boolean | null | undefined;

/**
 * Text that starts like a formula (OWASP "CSV injection"), also after leading spaces or line
 * breaks, and with the full-width signs some IMEs type. Such text is prefixed with an apostrophe.
 */
const formulaStart = /^[\s\u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r\n]/;

/**
 * Spreadsheets in a `;` list-separator locale (Vietnamese Windows among them) split lines at
 * `;` and ignore our quotes there, so each `;`-separated piece of a text is a cell of its
 * own and is defused on its own; in a `,` locale the quotes keep the text one cell.
 */
export function defuseFormula(text: string): string {
  return text
    .split(';')
    .map((piece) => (formulaStart.test(piece) ? `'${piece}` : piece))
    .join(';');
}

/** Every text cell is quoted, so no separator, quote or line break inside it splits it. */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return `"${defuseFormula(value).replace(/"/g, '""')}"`;
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
