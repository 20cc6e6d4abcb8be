// A failed request becomes a sentence in the UI language with a way forward that can help:
// retry only for the network, the server and rate limits; sign in again for an ended session.
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorCodes } from '../../../../scenes/protocol/errors';
import { describeProblem, errorText } from '../../../../client/app/problems';
import { vi } from '../../../../client/i18n/vi';
import { en } from '../../../../client/i18n/en';

const i18n = i18next.createInstance();
beforeAll(() => i18n.init({ resources: { vi: { translation: vi }, en: { translation: en } }, lng: 'vi', interpolation: { escapeValue: false } }));
const tIn = (lng: 'vi' | 'en') => i18n.getFixedT(lng);

describe('error messages', () => {
  it('offer a retry only where trying again can help', () => {
    expect(describeProblem({ status: 0, code: 'network' }).actions).toEqual(['retry']);
    expect(describeProblem({ status: 500, code: 'internal' }).actions).toContain('retry');
    expect(describeProblem({ status: 429, code: 'rate_limited' }).actions).toEqual(['retry']);
    expect(describeProblem({ status: 503, code: 'unavailable' }).actions).toEqual(['retry']);
    for (const code of ['not_found', 'forbidden', 'invalid', 'unauthorized', 'conflict'] as const) {
      expect(describeProblem({ status: 400, code }).actions, code).not.toContain('retry');
    }
    expect(describeProblem({ status: 401, code: 'unauthorized' }).actions).toEqual(['signIn']);
    expect(describeProblem({ status: 404, code: 'not_found' }).actions).toEqual(['back']);
  });

  it('say what was not found in words, in the UI language, without the code', () => {
    const error = { status: 404, code: 'not_found' } as const;
    expect(errorText(tIn('vi'), error, 'session')).toBe('Không tìm thấy buổi thực hành này. Có thể đường dẫn đã cũ hoặc bị gõ nhầm.');
    expect(errorText(tIn('en'), error, 'class')).toBe('We could not find this class. The link may be old or mistyped.');
    expect(errorText(tIn('vi'), { status: 401, code: 'unauthorized' })).toBe('Phiên đăng nhập của bạn đã hết hạn. Vui lòng đăng nhập lại.');
  });

  it('have a Vietnamese sentence for every error code, with no English and no code in it', () => {
    for (const code of [...errorCodes, 'network'] as const) {
      const text = errorText(tIn('vi'), { status: 400, code });
      expect(text, code).not.toMatch(/problems\.|not_found|_|\b(the|not|found|error|page)\b/i);
      expect(text.length, code).toBeGreaterThan(15);
    }
  });

  it('count with the language’s plural forms through i18next', () => {
    expect(tIn('en')('tables.rows', { count: 1 })).toBe('1 session');
    expect(tIn('en')('tables.rows', { count: 3 })).toBe('3 sessions');
    expect(tIn('en')('formats.criticalCount', { count: 1 })).toBe('1 critical error');
    expect(tIn('vi')('formats.criticalCount', { count: 2 })).toBe('2 lỗi nghiêm trọng');
  });
});
