// The issuing service: sign-off calls `issueCertificate` for a pass; admins revoke. It owns the
// institution's identity, the offline document loader and the status lists, so routes, the
// verifier and the sign-off hook share one of each.
import { randomUUID } from 'node:crypto';
import type { DocumentLoader } from '@digitalcredentials/vc';
import type { Store } from '../storage/store';
import type { CertificateRecord } from '../storage/certificates';
import type { IssuerIdentity } from './issuerIdentity';
import { offlineDocumentLoader } from './documentLoader';
import { buildOpenBadgeCredential, type CertificateIssueInput } from './credential';
import { signCredential } from './signing';
import { defaultStatusListLength, StatusLists, statusListPath } from './statusLists';

export class CertificateIssueError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CertificateIssueError';
  }
}

/** `VX-<year>-<6 digits>`: the year of issue and the certificate's place on its issuer's list. */
export const certificateNumber = (issuedAt: string, index: number): string => `VX-${issuedAt.slice(0, 4)}-${String(index + 1).padStart(6, '0')}`;

export interface CertificateServiceOptions {
  /** VOCAXR_PUBLIC_URL: the origin every status list URL is on when set. */
  publicUrl?: string | undefined;
  statusListLength?: number;
  now?: () => number;
}

export class CertificateService {
  readonly documentLoader: DocumentLoader;
  readonly statusLists: StatusLists;
  private readonly publicUrl: string | undefined;
  private readonly statusListLength: number;

  constructor(
    private readonly store: Store,
    readonly identity: IssuerIdentity,
    options: CertificateServiceOptions = {},
  ) {
    this.publicUrl = options.publicUrl;
    this.statusListLength = options.statusListLength ?? defaultStatusListLength;
    this.statusLists = new StatusLists(store, identity, () => this.documentLoader, options.now ?? Date.now);
    this.documentLoader = offlineDocumentLoader(identity, (url) => this.statusLists.byUrl(url));
  }

  /**
   * Issues the certificate of a passed, signed-off attempt and returns its id; the same attempt
   * twice returns the first certificate. Throws CertificateIssueError for a result that earns none.
   */
  async issueCertificate(input: CertificateIssueInput): Promise<{ certificateId: string }> {
    if (!input.passed) throw new CertificateIssueError('only a passed result earns a certificate');
    if (!/^[0-9a-f]{64}$/.test(input.sealedHead)) throw new CertificateIssueError('the attempt has no sealed log head (it has not ended)');
    const existing = await this.store.certificates.findBySession(input.sessionId);
    if (existing) return { certificateId: existing.id };
    const origin = this.publicUrl ?? input.origin;
    if (!origin) throw new CertificateIssueError('the status list needs the public origin: set VOCAXR_PUBLIC_URL or pass the sign-off request\'s origin');
    const entry = await this.store.certificates.takeStatusEntry(input.institution.id, `${new URL(origin).origin}${statusListPath('{listId}')}`, this.statusListLength);
    if (!entry) throw new CertificateIssueError('the institution\'s status list is full');
    if (!entry.list.credentialJson) await this.statusLists.resign(entry.list);
    const certificateId = randomUUID();
    const number = certificateNumber(input.signedOffAt, entry.index);
    const credential = buildOpenBadgeCredential(input, {
      certificateId,
      number,
      issuerDid: this.identity.did,
      statusListUrl: entry.list.url,
      statusListIndex: entry.index,
    });
    const signed = await signCredential(this.identity, credential, this.documentLoader);
    await this.store.certificates.insertCertificate({
      id: certificateId,
      number,
      institutionId: input.institution.id,
      learnerId: input.learner.id,
      examId: input.exam.id,
      sessionId: input.sessionId,
      holderName: input.learner.name,
      achievement: input.standard.name,
      credentialJson: JSON.stringify(signed),
      issuedAt: input.signedOffAt,
      statusListId: entry.list.id,
      statusListIndex: entry.index,
    });
    return { certificateId };
  }

  /** Revokes and re-signs the list before answering, so verification reports it at once. */
  async revoke(certificate: CertificateRecord, reason: string, by: string, at: string): Promise<void> {
    await this.store.certificates.revoke(certificate.id, { at, reason, by });
    const list = await this.store.certificates.getStatusList(certificate.statusListId);
    if (list) await this.statusLists.resign(list);
  }
}
