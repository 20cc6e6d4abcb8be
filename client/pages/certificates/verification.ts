// What a verification answer (POST /api/verify, PROTOCOL §8) means to a reader: one verdict
// (valid, revoked, invalid) and each check as a sentence key in the UI language. Pure.
import type { VerificationCheck, VerificationCheckId, VerifyResponse } from '../../../scenes/protocol/certificates';

export type Verdict = 'valid' | 'revoked' | 'invalid';

/** The order a reader checks a certificate in: is it genuine, from whom, still standing, and its evidence. */
export const checkOrder: readonly VerificationCheckId[] = ['signature', 'issuer', 'revocation', 'expiry', 'log'];

/**
 * Revoked only when everything else holds: a forged or altered credential is invalid whatever
 * its status list says (its status entry may itself be forged).
 */
export function verdictOf(result: Pick<VerifyResponse, 'verified' | 'revoked' | 'checks'>): Verdict {
  const othersHold = result.checks.every((check) => check.ok || check.check === 'revocation');
  if (result.revoked && othersHold) return 'revoked';
  if (result.verified && !result.revoked && result.checks.every((check) => check.ok)) return 'valid';
  return 'invalid';
}

/** The checks in reading order; ones this client does not know (a newer server) come last. */
export function orderedChecks(checks: readonly VerificationCheck[]): VerificationCheck[] {
  const rank = (check: VerificationCheck) => {
    const at = checkOrder.indexOf(check.check);
    return at === -1 ? checkOrder.length : at;
  };
  return [...checks].sort((a, b) => rank(a) - rank(b));
}

export interface CheckSentence {
  /** i18n key under `certificates.checks.` */
  key: string;
  values?: Record<string, string>;
}

/**
 * The sentence for one check, picked by its id and outcome, never by the server's English
 * message. A revoked certificate names the admin's reason when it is known.
 */
export function checkSentence(check: Pick<VerificationCheck, 'check' | 'ok'>, revocationReason?: string): CheckSentence {
  const known = checkOrder.includes(check.check);
  const id = known ? check.check : 'unknown';
  if (id === 'revocation' && !check.ok && revocationReason?.trim()) {
    return { key: 'revocation.failedWithReason', values: { reason: revocationReason.trim() } };
  }
  return { key: `${id}.${check.ok ? 'ok' : 'failed'}`, ...(known ? {} : { values: { check: String(check.check) } }) };
}
