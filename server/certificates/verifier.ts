// POST /api/verify: any credential JSON checked offline, each check in plain English (the UI
// translates by check id and ok). Signature and issuer by @digitalcredentials/vc, revocation by
// vc-bitstring-status-list against our own lists only, expiry by validUntil, and the log by
// recomputing the attempt's chain head (§9) when the credential is one of ours.
import * as vc from '@digitalcredentials/vc';
import { checkStatus } from '@digitalcredentials/vc-bitstring-status-list';
import type { VerificationCheck, VerifyResponse } from '../../scenes/protocol/certificates';
import type { Store } from '../storage/store';
import { chainHeadOfStoredLog } from '../ingest/storedLog';
import type { CertificateService } from './certificateService';
import { sealedLogOf } from './credential';
import { verifyingSuite } from './signing';

type Json = Record<string, unknown>;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const objectOf = (value: unknown): Json => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {});
const issuerIdOf = (credential: Json): string => (typeof credential.issuer === 'string' ? credential.issuer : text(objectOf(credential.issuer).id));

export async function verifyCredentialJson(store: Store, service: CertificateService, input: unknown, now = new Date()): Promise<VerifyResponse> {
  const credential = objectOf(input);
  const issuerId = issuerIdOf(credential);
  const subject = objectOf(credential.credentialSubject);
  const checks: VerificationCheck[] = [];

  // The library also checks dates; it is given the credential's own validFrom as "now" so an
  // expired credential still reports its signature truly, and expiry is its own check below.
  const validFrom = Date.parse(text(credential.validFrom));
  const result = await vc.verifyCredential({
    credential,
    suite: verifyingSuite(),
    documentLoader: service.documentLoader,
    checkStatus: async () => ({ verified: true }),
    ...(Number.isFinite(validFrom) ? { now: new Date(validFrom) } : {}),
  });
  checks.push(
    result.verified
      ? { check: 'signature', ok: true, message: 'The signature is valid: the credential is exactly as the issuer signed it.' }
      : { check: 'signature', ok: false, message: `The signature does not verify: the credential was changed after signing, or was not signed by its issuer's key (${firstError(result)}).` },
  );

  const ours = issuerId === service.identity.did;
  const resolvable = ours || issuerId.startsWith('did:key:');
  checks.push(
    !resolvable
      ? { check: 'issuer', ok: false, message: `The issuer "${issuerId || 'none'}" cannot be checked offline: only this server's own DID and did:key identifiers are resolved.` }
      : !result.verified
        ? { check: 'issuer', ok: false, message: `The issuer ${issuerId} could not be confirmed, because the signature does not verify.` }
        : { check: 'issuer', ok: true, message: ours ? `Issued by ${text(objectOf(credential.issuer).name) || issuerId} (${issuerId}), the institution of this server.` : `Issued by ${issuerId}, whose key is in the identifier itself.` },
  );

  const revocation = await revocationCheck(service, credential);
  checks.push(revocation.check);

  const validUntil = Date.parse(text(credential.validUntil));
  checks.push(
    Number.isFinite(validFrom) && validFrom > now.getTime()
      ? { check: 'expiry', ok: false, message: `The credential is not valid yet: it is valid from ${text(credential.validFrom)}.` }
      : Number.isFinite(validUntil) && validUntil < now.getTime()
        ? { check: 'expiry', ok: false, message: `The credential expired on ${text(credential.validUntil)}.` }
        : { check: 'expiry', ok: true, message: Number.isFinite(validUntil) ? `The credential is valid until ${text(credential.validUntil)}.` : 'The credential does not expire.' },
  );

  checks.push(await logCheck(store, credential, ours));

  return {
    verified: checks.every((c) => c.ok),
    revoked: revocation.revoked,
    issuer: text(objectOf(credential.issuer).name) || issuerId,
    holder: text(subject.name),
    achievement: text(objectOf(subject.achievement).name) || text(credential.name),
    checks,
  };
}

function firstError(result: vc.VerifyCredentialResult): string {
  const error = result.error?.errors?.[0] ?? result.results?.[0]?.error ?? result.error;
  return error?.message ?? 'no valid proof';
}

async function revocationCheck(service: CertificateService, credential: Json): Promise<{ check: VerificationCheck; revoked: boolean }> {
  const status = objectOf(credential.credentialStatus);
  if (Object.keys(status).length === 0) {
    return { revoked: false, check: { check: 'revocation', ok: true, message: 'The credential has no revocation list: it cannot be revoked.' } };
  }
  const listUrl = text(status.statusListCredential);
  if (!(await service.statusLists.byUrl(listUrl))) {
    return {
      revoked: false,
      check: { check: 'revocation', ok: false, message: `Revocation could not be checked: the status list ${listUrl || '(none)'} is not on this server, and this server fetches nothing from the network.` },
    };
  }
  const result = await checkStatus({ credential, documentLoader: service.documentLoader, suite: verifyingSuite(), verifyBitstringStatusListCredential: true, verifyMatchingIssuers: true });
  if (result.error) {
    return { revoked: false, check: { check: 'revocation', ok: false, message: `Revocation could not be checked: ${result.error.message}` } };
  }
  return result.verified
    ? { revoked: false, check: { check: 'revocation', ok: true, message: 'Not revoked: the issuer\'s signed status list does not mark it.' } }
    : { revoked: true, check: { check: 'revocation', ok: false, message: 'Revoked: the issuer\'s signed status list marks this credential as revoked.' } };
}

async function logCheck(store: Store, credential: Json, ours: boolean): Promise<VerificationCheck> {
  const sealed = sealedLogOf(credential);
  if (!sealed) return { check: 'log', ok: false, message: 'The credential names no sealed event log, so the exam attempt behind it cannot be checked.' };
  const session = ours ? await store.attempts.getSession(sealed.sessionId) : undefined;
  if (!session) return { check: 'log', ok: false, message: 'The exam attempt\'s event log is not on this server, so it cannot be checked here.' };
  const chainHead = await chainHeadOfStoredLog(store, session, session.ackedSeq);
  return chainHead === sealed.sealedHead
    ? { check: 'log', ok: true, message: 'The exam attempt\'s event log is intact: it hashes to the head sealed in the credential.' }
    : { check: 'log', ok: false, message: 'The exam attempt\'s event log was altered after the exam: it no longer hashes to the head sealed in the credential.' };
}
