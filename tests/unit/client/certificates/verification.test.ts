// A verification answer reads as one verdict and one sentence per check, chosen by the check's
// id and outcome in the UI language, never by the server's English message.
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { VerificationCheck, VerificationCheckId } from '../../../../scenes/protocol/certificates';
import { checkSentence, orderedChecks, verdictOf } from '../../../../client/pages/certificates/verification';
import { vi } from '../../../../client/i18n/vi';
import { en } from '../../../../client/i18n/en';

const i18n = i18next.createInstance();
beforeAll(() => i18n.init({ resources: { vi: { translation: vi }, en: { translation: en } }, lng: 'vi', interpolation: { escapeValue: false } }));
const say = (lng: 'vi' | 'en', check: Pick<VerificationCheck, 'check' | 'ok'>, reason?: string) => {
  const sentence = checkSentence(check, reason);
  return i18n.getFixedT(lng)(`certificates.checks.${sentence.key}`, sentence.values);
};

const all = (failing: VerificationCheckId[] = []): VerificationCheck[] =>
  (['signature', 'issuer', 'revocation', 'expiry', 'log'] as const).map((check) => ({ check, ok: !failing.includes(check), message: `${check} message in English` }));

describe('the verdict', () => {
  it('is valid only when verified, not revoked and every check holds', () => {
    expect(verdictOf({ verified: true, revoked: false, checks: all() })).toBe('valid');
    expect(verdictOf({ verified: true, revoked: false, checks: all(['log']) })).toBe('invalid');
    expect(verdictOf({ verified: false, revoked: false, checks: all(['signature']) })).toBe('invalid');
  });

  it('is revoked when only the revocation check fails', () => {
    expect(verdictOf({ verified: false, revoked: true, checks: all(['revocation']) })).toBe('revoked');
  });

  it('is invalid for a revoked credential whose signature fails too: a forged status entry proves nothing', () => {
    expect(verdictOf({ verified: false, revoked: true, checks: all(['revocation', 'signature']) })).toBe('invalid');
  });

  it('is invalid when the server verified nothing, even with no checks listed', () => {
    expect(verdictOf({ verified: false, revoked: false, checks: [] })).toBe('invalid');
  });
});

describe('each check in plain words', () => {
  it('has a sentence for every check id and outcome in both languages, without the server’s message', () => {
    for (const lng of ['vi', 'en'] as const) {
      for (const check of all()) {
        for (const ok of [true, false]) {
          const text = say(lng, { check: check.check, ok });
          expect(text, `${lng} ${check.check} ${ok}`).not.toMatch(/certificates\.checks|English/);
          expect(text.length).toBeGreaterThan(15);
        }
      }
    }
    expect(say('vi', { check: 'signature', ok: true })).toBe('Chữ ký số đúng: nội dung chứng chỉ không bị thay đổi kể từ khi cấp.');
    expect(say('en', { check: 'expiry', ok: false })).toBe('The certificate has expired, or is not valid yet.');
  });

  it('names the reason of a revocation when it is known, and only for a failed revocation check', () => {
    expect(say('vi', { check: 'revocation', ok: false }, '  Gian lận khi thi ')).toBe('Chứng chỉ đã bị đơn vị cấp thu hồi. Lý do: Gian lận khi thi');
    expect(say('en', { check: 'revocation', ok: false }, 'Cheating')).toBe('The issuer has revoked this certificate. Reason: Cheating');
    expect(say('en', { check: 'revocation', ok: false }, '   ')).toBe('The issuer has revoked this certificate.');
    expect(say('en', { check: 'revocation', ok: true }, 'Cheating')).toBe('The certificate has not been revoked.');
  });

  it('still says something for a check this client does not know (a newer server)', () => {
    const check = { check: 'holder-binding' as VerificationCheckId, ok: false };
    expect(say('en', check)).toBe('Check “holder-binding” failed.');
  });

  it('are listed signature, issuer, revocation, expiry, log, whatever order the server sends', () => {
    const shuffled = [...all()].reverse().concat({ check: 'other' as VerificationCheckId, ok: true, message: '' });
    expect(orderedChecks(shuffled).map((c) => c.check)).toEqual(['signature', 'issuer', 'revocation', 'expiry', 'log', 'other']);
  });
});
