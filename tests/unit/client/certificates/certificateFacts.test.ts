// What a reader sees off a credential: issuer name and DID, date, number, holder, achievement,
// and the certificate's id when the credential points to this server; odd input gives nothing.
import { describe, expect, it } from 'vitest';
import { certificateFacts, certificateFileName, certificateIdFromUrl, formatCertificateDate } from '../../../../client/pages/certificates/certificateFacts';

describe('certificate facts', () => {
  it('reads a credential as VocaXR issues it: number as licenseNumber, id as urn:uuid', () => {
    const facts = certificateFacts({
      id: 'urn:uuid:0B1C2D3E-4F50-4617-8293-A4B5C6D7E8F9',
      issuer: { id: 'did:key:z6Mk', type: ['Profile'], name: 'Trường' },
      validFrom: '2026-11-30T03:00:00Z',
      credentialSubject: { type: ['AchievementSubject'], name: 'Nguyễn Văn An', licenseNumber: 'VXR-2026-000007', achievement: { name: 'Hàn 1G' } },
    });
    expect(facts).toMatchObject({ id: '0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9', number: 'VXR-2026-000007', holder: 'Nguyễn Văn An' });
  });

  it('reads an Open Badges credential with an identifier entry and a URL id', () => {
    const facts = certificateFacts({
      id: 'https://vocaxr.example/api/certificates/c-1',
      issuer: { id: 'did:web:vocaxr.example', type: ['Profile'], name: 'Trường Cao đẳng Kỹ thuật' },
      validFrom: '2026-11-30T03:00:00Z',
      credentialSubject: { type: ['AchievementSubject'], name: 'Nguyễn Văn An', identifier: [{ type: 'IdentityObject', identifierType: 'identifier', identifier: 'VXR-2026-000001' }], achievement: { name: 'Hàn giáp mối 1G' } },
    });
    expect(facts).toEqual({
      id: 'c-1',
      issuerDid: 'did:web:vocaxr.example',
      issuerName: 'Trường Cao đẳng Kỹ thuật',
      issuedAt: '2026-11-30T03:00:00Z',
      holder: 'Nguyễn Văn An',
      achievement: 'Hàn giáp mối 1G',
      number: 'VXR-2026-000001',
    });
  });

  it('gives nothing it cannot read, rather than failing on a stranger’s credential', () => {
    expect(certificateFacts({ issuer: 42, credentialSubject: 'x' })).toEqual({});
    expect(certificateFacts({ issuer: 'did:key:z6Mk' })).toEqual({ issuerDid: 'did:key:z6Mk' });
  });

  it('finds this server’s certificate id in an API or verify URL only', () => {
    expect(certificateIdFromUrl('http://127.0.0.1:3000/verify/abc%20d?x=1')).toBe('abc d');
    expect(certificateIdFromUrl('urn:uuid:1234')).toBeUndefined();
    expect(certificateIdFromUrl('urn:isbn:0451450523')).toBeUndefined();
    expect(certificateIdFromUrl(undefined)).toBeUndefined();
  });

  it('names files by the certificate number and dates in words, in Vietnam time', () => {
    expect(certificateFileName('VXR-2026/000001', 'json')).toBe('vocaxr-certificate-vxr-2026-000001.json');
    expect(certificateFileName(undefined, 'vi.pdf')).toBe('vocaxr-certificate.vi.pdf');
    expect(formatCertificateDate('2026-11-30T20:00:00Z', 'en')).toBe('1 December 2026');
    expect(formatCertificateDate('2026-11-30T20:00:00Z', 'vi')).toBe('1 tháng 12, 2026');
  });
});
