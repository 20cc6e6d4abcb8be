// The sign-off hook (docs/protocol.md §7 → §8): when the lead signs off a pass, the marking route
// hands the locked result to a CertificateIssuer and stores the id it answers. Optional in
// ServerDeps: without one, sign-off answers without a certificateId.
import type { Marking } from '../../scenes/protocol/marking';
import type { ScoreReport } from '../../scenes/rubric/report';
import type { ExamRecord } from '../storage/exams';

/** A passed, signed-off exam attempt: everything a certificate says, and its evidence. */
export interface SignedOffAttempt {
  exam: ExamRecord;
  learner: { id: string; name: string };
  /** The attempt (its session) and its measurement. */
  sessionId: string;
  report: ScoreReport;
  marking: Marking;
  final: number;
  passed: boolean;
  signedOffAt: string;
  signedOffBy: string;
  /** The log's sealed chain head (docs/protocol.md §9); undefined only for an attempt never sealed. */
  sealedHead: string | undefined;
  /** The origin the sign-off request came to: the status list's URL when VOCAXR_PUBLIC_URL is not set. */
  origin?: string;
}

export interface CertificateIssuer {
  /** Issues (signs and stores) the credential; called once per passed sign-off (again only on a retry after a failure). */
  issueFor(signedOff: SignedOffAttempt): Promise<{ certificateId: string }>;
}
