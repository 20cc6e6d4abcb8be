// CSV file names: ASCII, dated in Vietnam time; the server's Content-Disposition name wins.
import { describe, expect, it } from 'vitest';
import { csvFileName, csvPathInLanguage, fileNameFromContentDisposition, fileSlug } from '../../../../../client/components/csv/csvDownload';

describe('CSV file names', () => {
  it('drop Vietnamese diacritics and odd characters', () => {
    expect(fileSlug('Nguyễn Văn An')).toBe('nguyen-van-an');
    expect(fileSlug('Đặng Quốc Huy')).toBe('dang-quoc-huy');
    expect(fileSlug('HAN-K24 / Hàn K24')).toBe('han-k24-han-k24');
  });

  it('join the parts and the Vietnam date', () => {
    // 2025-03-01 20:30 UTC is already 2 March in Ho Chi Minh City.
    expect(csvFileName(['HAN-K24', 'sessions', 'welding-bead'], new Date('2025-03-01T20:30:00Z'))).toBe('vocaxr-han-k24-sessions-welding-bead-2025-03-02.csv');
    expect(csvFileName([undefined, 'Lê Hoàng Cường', ''], new Date('2025-03-01T10:00:00Z'))).toBe('vocaxr-le-hoang-cuong-2025-03-01.csv');
  });

  it('read the name from Content-Disposition', () => {
    expect(fileNameFromContentDisposition('attachment; filename="sessions.csv"')).toBe('sessions.csv');
    expect(fileNameFromContentDisposition('attachment; filename=plain.csv')).toBe('plain.csv');
    expect(fileNameFromContentDisposition(`attachment; filename="fallback.csv"; filename*=UTF-8''l%E1%BB%9Bp.csv`)).toBe('lớp.csv');
    expect(fileNameFromContentDisposition('attachment')).toBeUndefined();
    expect(fileNameFromContentDisposition(null)).toBeUndefined();
  });
});

describe('CSV language', () => {
  it('asks for the header row in the UI language, keeping the other query keys', () => {
    expect(csvPathInLanguage('/classes/c1/sessions?scene=welding-bead&format=csv', 'en')).toBe('/classes/c1/sessions?scene=welding-bead&format=csv&lang=en');
    expect(csvPathInLanguage('/learners/u1/sessions?format=csv&lang=en', 'vi')).toBe('/learners/u1/sessions?format=csv&lang=vi');
    expect(csvPathInLanguage('/x', 'vi')).toBe('/x?lang=vi');
  });
});
