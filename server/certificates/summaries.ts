// A stored certificate as the API lists it (CertificateSummary, docs/protocol.md §8), and the
// normalisation lookup compares numbers and names with.
import type { CertificateSummary } from '../../scenes/protocol/certificates';
import type { CertificateRecord } from '../storage/certificates';

export function certificateSummary(record: CertificateRecord): CertificateSummary {
  const credential = JSON.parse(record.credentialJson) as { issuer?: { name?: unknown } };
  return {
    id: record.id,
    number: record.number,
    holder: record.holderName,
    achievement: record.achievement,
    issuer: typeof credential.issuer?.name === 'string' ? credential.issuer.name : '',
    issuedAt: record.issuedAt,
    revoked: record.revocation !== undefined,
  };
}

/** Certificate numbers: trimmed, upper case (`vx-2026-000001` finds VX-2026-000001). */
export const normalizeCertificateNumber = (number: string): string => number.trim().toUpperCase();

/**
 * Full names: Unicode NFC, runs of white space as one space, trimmed, lower case. Diacritics stay:
 * "Nguyen Van An" is not "Nguyễn Văn An" (both must match exactly, PROTOCOL §8).
 */
export const normalizeHolderName = (name: string): string => name.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();
