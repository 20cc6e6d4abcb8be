// The unsigned Open Badges 3.0 OpenBadgeCredential of a certificate (docs/protocol.md §8), pure:
// every term is defined by the VC 2.0 and OB 3.0.3 contexts, so JSON-LD safe mode accepts it.
export const credentialContexts = ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'];

/** What sign-off knows of a passed attempt: everything the certificate states. */
export interface CertificateIssueInput {
  institution: { id: string; name: string };
  learner: { id: string; name: string };
  exam: { id: string; title: string };
  /** The scene's standard: name, version and the criteria narrative the achievement cites. */
  standard: { id: string; name: string; version: string; description?: string; criteriaNarrative: string };
  sessionId: string;
  /** The attempt's sealed log head (§9), lowercase hex SHA-256. */
  sealedHead: string;
  final: number;
  passed: boolean;
  /** ISO time of the sign-off: the credential's validFrom. */
  signedOffAt: string;
  /**
   * The origin the sign-off request came to (e.g. `https://vr.college.edu.vn`); used for the
   * status list URL only when VOCAXR_PUBLIC_URL is not set and the institution has no list yet.
   */
  origin?: string;
}

export interface CredentialFacts {
  certificateId: string;
  number: string;
  issuerDid: string;
  statusListUrl: string;
  statusListIndex: number;
}

/** The evidence entry that carries the sealed log head, found again by its `urn:vocaxr:session:` id. */
export const sessionEvidencePrefix = 'urn:vocaxr:session:';
export const sealedHeadPrefix = 'sha256:';

export function buildOpenBadgeCredential(input: CertificateIssueInput, facts: CredentialFacts): Record<string, unknown> {
  return {
    '@context': credentialContexts,
    id: `urn:uuid:${facts.certificateId}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: input.standard.name,
    description: `Certificate ${facts.number}: passed the exam "${input.exam.title}" with a final result of ${input.final.toFixed(1)} / 100.`,
    issuer: { id: facts.issuerDid, type: ['Profile'], name: input.institution.name },
    validFrom: input.signedOffAt,
    credentialSubject: {
      type: ['AchievementSubject'],
      name: input.learner.name,
      // OB 3.0's "license number issued with this credential": the human certificate number.
      licenseNumber: facts.number,
      achievement: {
        id: `urn:vocaxr:standard:${encodeURIComponent(input.standard.id)}:${encodeURIComponent(input.standard.version)}`,
        type: ['Achievement'],
        name: input.standard.name,
        description: input.standard.description ?? `Practical assessment against the ${input.standard.name} standard, version ${input.standard.version}.`,
        version: input.standard.version,
        criteria: { narrative: input.standard.criteriaNarrative },
      },
    },
    evidence: [
      {
        id: `${sessionEvidencePrefix}${input.sessionId}`,
        type: ['Evidence'],
        name: 'Sealed event log of the exam attempt',
        description: 'SHA-256 hash-chain head of the attempt\'s event log, recorded when the attempt ended (VocaXR protocol §9).',
        narrative: `${sealedHeadPrefix}${input.sealedHead}`,
      },
    ],
    credentialStatus: {
      id: `${facts.statusListUrl}#${facts.statusListIndex}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: String(facts.statusListIndex),
      statusListCredential: facts.statusListUrl,
    },
  };
}

/** The session id and sealed head a credential's evidence names, when it names them. */
export function sealedLogOf(credential: Record<string, unknown>): { sessionId: string; sealedHead: string } | undefined {
  const evidence = Array.isArray(credential.evidence) ? (credential.evidence as unknown[]) : [credential.evidence];
  for (const entry of evidence) {
    if (!entry || typeof entry !== 'object') continue;
    const { id, narrative } = entry as { id?: unknown; narrative?: unknown };
    if (typeof id === 'string' && id.startsWith(sessionEvidencePrefix) && typeof narrative === 'string' && narrative.startsWith(sealedHeadPrefix)) {
      return { sessionId: id.slice(sessionEvidencePrefix.length), sealedHead: narrative.slice(sealedHeadPrefix.length) };
    }
  }
  return undefined;
}
