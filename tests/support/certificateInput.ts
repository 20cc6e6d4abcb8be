// What sign-off knows when it issues a certificate (the issuing service's input), for tests that
// issue one straight through the service: the learner and their college from the directory, the
// attempt's sealed log head, and an exam and standard of the test's choosing.
import type { CertificateIssueInput } from '../../server/certificates/credential';
import type { TestServer } from './testServer';

export type Award = Pick<CertificateIssueInput, 'exam' | 'standard' | 'final' | 'passed'>;

export async function certificateInputFor(server: TestServer, username: string, sessionId: string, award: Award): Promise<CertificateIssueInput> {
  const learner = (await server.store.directory.findUserByUsername(username))!;
  const institution = (await server.store.directory.getInstitutionOverview(learner.institutionId))!.institution;
  const session = (await server.store.attempts.getSession(sessionId))!;
  return {
    institution: { id: institution.id, name: institution.name },
    learner: { id: learner.id, name: learner.name },
    ...award,
    sessionId,
    sealedHead: session.sealedHead!,
    // Real time: a verifier checks validFrom against its own clock, not the test server's.
    signedOffAt: new Date(Date.now() - 1_000).toISOString(),
    origin: server.url,
  };
}
