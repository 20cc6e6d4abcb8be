// The CSV writer: every text cell quoted, formulas defused also after spaces and after `;`
// (where a `;`-locale spreadsheet starts a new cell), numbers and booleans as they are.
import { describe, expect, it } from 'vitest';
import { csvCell, defuseFormula, toCsv } from '../../../../server/http/csv';

describe('csvCell', () => {
  it('quotes every text cell, doubling quotes inside', () => {
    expect(csvCell('Nguyễn Văn An')).toBe('"Nguyễn Văn An"');
    expect(csvCell('say "hi", then go')).toBe('"say ""hi"", then go"');
    expect(csvCell('two\r\nlines')).toBe('"two\r\nlines"');
    expect(csvCell('')).toBe('""');
  });

  it('writes numbers, booleans and empty values bare', () => {
    expect(csvCell(72.5)).toBe('72.5');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1+2', `"'+1+2"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\tcmd', `"'\tcmd"`],
    ['  =1+1', `"'  =1+1"`],
    ['\n=1+1', `"'\n=1+1"`],
    ['\u00a0=1+1', `"'\u00a0=1+1"`],
    ['＝1+1', `"'＝1+1"`],
  ])('defuses the formula start of %j', (text, cell) => {
    expect(csvCell(text)).toBe(cell);
  });

  it('defuses each piece a `;`-locale spreadsheet would make a cell of its own', () => {
    expect(defuseFormula("An;=cmd|' /C calc'!A0;")).toBe("An;'=cmd|' /C calc'!A0;");
    expect(defuseFormula('a; -1; b')).toBe("a;' -1; b");
    expect(csvCell('Lê; Cường')).toBe('"Lê; Cường"');
  });

  it('leaves ordinary text with signs inside alone', () => {
    expect(defuseFormula('a-b = c@d')).toBe('a-b = c@d');
    expect(defuseFormula('2024-01-02 10:00:00')).toBe('2024-01-02 10:00:00');
  });
});

describe('toCsv', () => {
  it('writes a BOM, quoted text, CRLF line ends', () => {
    expect(toCsv(['Learner', 'Total'], [['An', 90], ['=x', null]])).toBe('\uFEFF"Learner","Total"\r\n"An",90\r\n"\'=x",\r\n');
  });
});
