import { describe, expect, it } from 'vitest';
import { buildOpenBadgeCredential, sealedLogOf, type CertificateIssueInput } from '../../../../server/certificates/credential';
import { certificateNumber } from '../../../../server/certificates/certificateService';
import { normalizeCertificateNumber, normalizeHolderName } from '../../../../server/certificates/summaries';

const input: CertificateIssueInput = {
  institution: { id: 'inst', name: 'Trường Cao đẳng' },
  learner: { id: 'u1', name: 'Nguyễn Văn An' },
  exam: { id: 'e1', title: 'Kiểm tra' },
  standard: { id: 'welding-bead', name: 'Hàn giáp mối', version: '1', criteriaNarrative: 'Đường hàn đạt.' },
  sessionId: 's-1',
  sealedHead: 'ab'.repeat(32),
  final: 82.46,
  passed: true,
  signedOffAt: '2026-11-30T10:00:00.000Z',
};

describe('the OpenBadgeCredential', () => {
  const credential = buildOpenBadgeCredential(input, { certificateId: 'c-1', number: 'VX-2026-000007', issuerDid: 'did:key:z6Mk', statusListUrl: 'https://x.vn/api/status-lists/l1', statusListIndex: 6 });

  it('carries the status entry, the number, and the sealed head it can give back', () => {
    expect(credential).toMatchObject({
      id: 'urn:uuid:c-1',
      description: 'Certificate VX-2026-000007: passed the exam "Kiểm tra" with a final result of 82.5 / 100.',
      credentialSubject: { licenseNumber: 'VX-2026-000007', achievement: { id: 'urn:vocaxr:standard:welding-bead:1' } },
      credentialStatus: { id: 'https://x.vn/api/status-lists/l1#6', statusListIndex: '6', statusListCredential: 'https://x.vn/api/status-lists/l1' },
    });
    expect(sealedLogOf(credential)).toEqual({ sessionId: 's-1', sealedHead: 'ab'.repeat(32) });
    expect(sealedLogOf({ evidence: { id: 'https://elsewhere', narrative: 'x' } })).toBeUndefined();
  });

  it('numbers certificates by year of issue and place on the list', () => {
    expect(certificateNumber('2026-11-30T10:00:00.000Z', 0)).toBe('VX-2026-000001');
    expect(certificateNumber('2027-01-02T10:00:00.000Z', 122)).toBe('VX-2027-000123');
  });

  it('compares numbers without case, names without case or extra spaces, but with their diacritics', () => {
    expect(normalizeCertificateNumber(' vx-2026-000001 ')).toBe('VX-2026-000001');
    expect(normalizeHolderName('  NGUYỄN   Văn\tAn ')).toBe(normalizeHolderName('Nguyễn Văn An'));
    expect(normalizeHolderName('Nguyen Van An')).not.toBe(normalizeHolderName('Nguyễn Văn An'));
    // Decomposed (NFD) input as some keyboards send it.
    expect(normalizeHolderName('Nguyễn Văn An'.normalize('NFD'))).toBe(normalizeHolderName('Nguyễn Văn An'));
  });
});
