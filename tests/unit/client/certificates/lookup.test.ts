// /lookup: the query is both fields trimmed; a rate-limit answer's Retry-After becomes seconds.
import { describe, expect, it } from 'vitest';
import { lookupPath } from '../../../../client/pages/certificates/lookup';
import { retryAfterSeconds } from '../../../../client/app/http';

describe('lookup', () => {
  it('sends the number and the full name trimmed, escaped once', () => {
    expect(lookupPath(' VXR-2026-000001 ', ' Nguyễn Văn An ')).toBe('/certificates?number=VXR-2026-000001&name=Nguy%E1%BB%85n+V%C4%83n+An');
  });

  it('reads Retry-After in seconds or as a date, never less than a second', () => {
    expect(retryAfterSeconds('42')).toBe(42);
    expect(retryAfterSeconds('0')).toBe(1);
    const now = Date.parse('2026-11-30T10:00:00Z');
    expect(retryAfterSeconds('Mon, 30 Nov 2026 10:00:30 GMT', now)).toBe(30);
    expect(retryAfterSeconds(null)).toBeUndefined();
    expect(retryAfterSeconds('soon')).toBeUndefined();
  });
});
