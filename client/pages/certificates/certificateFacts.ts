// What a person reads off a signed credential (Open Badges 3.0, PROTOCOL §8): issuer name and
// DID, issue date, certificate number, holder, achievement, and the certificate's id on this
// server. Read defensively: a pasted credential may come from anywhere. Pure.
import { fileSlug } from '../../components/csv/csvDownload';
import { uiLocale, uiTimeZone, type UiLanguage } from '../../i18n/format';
import type { CredentialJson } from './credentialText';

export interface CertificateFacts {
  /** The certificate's id on this server, when the credential points here. */
  id?: string;
  number?: string;
  holder?: string;
  achievement?: string;
  issuerName?: string;
  issuerDid?: string;
  issuedAt?: string;
  validUntil?: string;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
const record = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

/**
 * A certificate id from a credential id of this app's shape: `urn:uuid:<id>` (as issued), or a
 * URL …/api/certificates/:id or …/verify/:id. Another issuer's id simply finds nothing here.
 */
export function certificateIdFromUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const uuid = /^urn:uuid:([0-9a-f-]{36})$/i.exec(url);
  if (uuid) return uuid[1]!.toLowerCase();
  const match = /\/(?:api\/certificates|verify)\/([^/?#]+)(?:[?#].*)?$/.exec(url);
  if (!match) return undefined;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return undefined;
  }
}

export function certificateFacts(credential: CredentialJson): CertificateFacts {
  const issuer = typeof credential.issuer === 'string' ? { id: credential.issuer } : (record(credential.issuer) ?? {});
  const subject = record(Array.isArray(credential.credentialSubject) ? credential.credentialSubject[0] : credential.credentialSubject) ?? {};
  const achievement = record(subject.achievement) ?? {};
  const facts: CertificateFacts = {
    id: certificateIdFromUrl(text(credential.id)),
    number: certificateNumber(credential),
    holder: text(subject.name),
    achievement: text(achievement.name),
    issuerName: text(issuer.name),
    issuerDid: text(issuer.id),
    issuedAt: text(credential.validFrom) ?? text(credential.issuanceDate) ?? text(credential.awardedDate),
    validUntil: text(credential.validUntil),
  };
  return Object.fromEntries(Object.entries(facts).filter(([, value]) => value !== undefined)) as CertificateFacts;
}

/**
 * The printed certificate number: OB 3.0's `credentialSubject.licenseNumber` (as VocaXR issues
 * it), else an `identifier` entry of the subject or the credential (another issuer's habit).
 */
function certificateNumber(credential: CredentialJson): string | undefined {
  const subject = record(credential.credentialSubject);
  const licenseNumber = text(subject?.licenseNumber);
  if (licenseNumber) return licenseNumber;
  for (const holder of [subject, credential]) {
    const entries = holder?.identifier;
    for (const entry of Array.isArray(entries) ? entries : []) {
      const fields = record(entry);
      if (fields && text(fields.identifierType) !== 'emailAddress' && text(fields.identifier)) return text(fields.identifier);
    }
  }
  return text(credential.number) ?? text(subject?.number);
}

/** `vocaxr-certificate-<number>.<ext>`. */
export function certificateFileName(number: string | undefined, extension: string): string {
  const slug = number ? fileSlug(number) : '';
  return `vocaxr-certificate${slug ? `-${slug}` : ''}.${extension}`;
}

/** "30 tháng 11, 2026" / "30 November 2026": a certificate's date in words, in Vietnam time. */
export function formatCertificateDate(iso: string, language: UiLanguage): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(uiLocale(language), { dateStyle: 'long', timeZone: uiTimeZone }).format(date);
}
