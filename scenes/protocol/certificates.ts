// The certificates contract (docs/protocol.md §8): what the public verify and lookup pages, the
// learner's certificates and the admin's revocation read and send.
import { z } from 'zod';

export const revokeCertificateSchema = z.strictObject({
  reason: z.string().trim().min(1, 'reason is required: say why the certificate is revoked').max(500, 'reason is at most 500 characters'),
});
export type RevokeCertificateRequest = z.infer<typeof revokeCertificateSchema>;

export const certificateLookupSchema = z.strictObject({
  number: z.string().trim().min(1, 'number is required').max(64, 'number is too long'),
  name: z.string().trim().min(1, 'name is required').max(200, 'name is too long'),
});
export type CertificateLookupQuery = z.infer<typeof certificateLookupSchema>;

export interface CertificateSummary {
  id: string;
  /** The human-readable number printed on the certificate, unique per issuer. */
  number: string;
  holder: string;
  achievement: string;
  issuer: string;
  issuedAt: string;
  revoked: boolean;
  /** *ext*: the holder's user id, in the institution's "who holds which" list only. */
  learnerId?: string;
}

export interface CertificateStatusResponse {
  id: string;
  revoked: boolean;
  reason?: string;
}

export type VerificationCheckId = 'signature' | 'issuer' | 'revocation' | 'expiry' | 'log';

export interface VerificationCheck {
  check: VerificationCheckId;
  ok: boolean;
  message: string;
}

/** POST /api/verify. */
export interface VerifyResponse {
  verified: boolean;
  revoked: boolean;
  issuer: string;
  holder: string;
  achievement: string;
  checks: VerificationCheck[];
}
