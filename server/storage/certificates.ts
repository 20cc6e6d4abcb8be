// Certificates as stored (docs/protocol.md §8): each signed credential with its holder, number and
// revocation, and each institution's one revocation status list (its URL, next free bit, and the
// signed list as served).

export interface CertificateRecord {
  id: string;
  number: string;
  institutionId: string;
  learnerId: string;
  examId: string;
  sessionId: string;
  holderName: string;
  achievement: string;
  /** The signed credential exactly as issued. */
  credentialJson: string;
  issuedAt: string;
  statusListId: string;
  statusListIndex: number;
  revocation: { at: string; reason: string; by: string } | undefined;
}

export type NewCertificate = Omit<CertificateRecord, 'revocation'>;

export interface StatusListRecord {
  id: string;
  institutionId: string;
  url: string;
  length: number;
  /** The signed BitstringStatusListCredential, once signed. */
  credentialJson: string | undefined;
}

export interface StatusEntry {
  list: StatusListRecord;
  index: number;
}

export interface CertificateRepository {
  getCertificate(id: string): Promise<CertificateRecord | undefined>;
  findBySession(sessionId: string): Promise<CertificateRecord | undefined>;
  /** Every certificate with this exact number (numbers are unique per issuer, not across them). */
  findByNumber(number: string): Promise<CertificateRecord[]>;
  /** Newest first. */
  listByLearner(learnerId: string): Promise<CertificateRecord[]>;
  /** Newest first. */
  listByInstitution(institutionId: string): Promise<CertificateRecord[]>;
  /**
   * The institution's list (made with `url` and `length` when it has none) and its next free bit,
   * taken in one transaction; undefined when the list is full.
   */
  takeStatusEntry(institutionId: string, url: string, length: number): Promise<StatusEntry | undefined>;
  insertCertificate(certificate: NewCertificate): Promise<void>;
  /** Marks it revoked; false when it already was (the first reason stands). */
  revoke(id: string, revocation: { at: string; reason: string; by: string }): Promise<boolean>;
  getStatusList(listId: string): Promise<StatusListRecord | undefined>;
  /** Indexes of the revoked certificates on the list. */
  revokedIndexes(listId: string): Promise<number[]>;
  saveStatusListCredential(listId: string, credentialJson: string): Promise<void>;
}
