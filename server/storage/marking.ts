// Exam marking as stored (docs/protocol.md §7): each judge's current mark per aspect of a
// candidate, every change of a mark, and the lead's sign-off that locks them.

/** One judge's current mark on one aspect of one candidate. */
export interface StoredMark {
  assessorId: string;
  aspectId: string;
  mark: number;
  note: string | undefined;
  updatedMs: number;
}

export interface MarkChangeRecord {
  assessorId: string;
  assessorName: string;
  aspectId: string;
  /** undefined: the judge's first mark on the aspect. */
  from: number | undefined;
  to: number;
  note: string | undefined;
  atMs: number;
}

export interface MarksUpdate {
  examId: string;
  learnerId: string;
  assessorId: string;
  /** aspect id → 0..3; aspects not named keep their mark. */
  marks: Readonly<Record<string, number>>;
  note: string | undefined;
  atMs: number;
}

export interface SignOffRecord {
  examId: string;
  learnerId: string;
  signedBy: string;
  signedMs: number;
  final: number;
  passed: boolean;
  locked: boolean;
  certificateId: string | undefined;
}

/** A signed-off exam attempt as the learner's views show it (keyed by the attempt's session). */
export interface SessionSignOff {
  sessionId: string;
  examId: string;
  examTitle: string;
  final: number;
  passed: boolean;
  signedMs: number;
  certificateId: string | undefined;
}

/** What the sign-off decides from the marks it reads inside its transaction. */
export type SignOffDecision = { ok: true; final: number; passed: boolean } | { ok: false; reason: string };

export interface MarkingRepository {
  /** The current marks of one candidate, by aspect then assessor. */
  listMarks(examId: string, learnerId: string): Promise<StoredMark[]>;
  /** Every candidate's current marks of one exam, by learner id. */
  listExamMarks(examId: string): Promise<Map<string, StoredMark[]>>;
  /**
   * Writes the marks and a change row for each mark that changed, in ONE transaction that first
   * checks for a sign-off: `signed_off` (nothing written) once the candidate is signed off.
   */
  putMarks(update: MarksUpdate): Promise<'ok' | 'signed_off'>;
  /** Every change of the candidate's marks, oldest first, with the judge's name. */
  listMarkChanges(examId: string, learnerId: string): Promise<MarkChangeRecord[]>;
  getSignOff(examId: string, learnerId: string): Promise<SignOffRecord | undefined>;
  listSignOffs(examId: string): Promise<SignOffRecord[]>;
  /**
   * Signs off in ONE transaction: reads the current marks, asks `decide`, and stores the
   * decision, so no mark can change between the decision and the lock. `already` when a sign-off
   * exists; the decision's reason when it refuses.
   */
  signOff(
    candidate: { examId: string; learnerId: string; signedBy: string; signedMs: number },
    decide: (marks: StoredMark[]) => SignOffDecision,
  ): Promise<{ ok: true; signOff: SignOffRecord } | { ok: false; already: SignOffRecord } | { ok: false; reason: string }>;
  /** Records the certificate a passed sign-off issued. */
  setCertificateId(examId: string, learnerId: string, certificateId: string): Promise<void>;
  /** The signed-off exam attempts among these sessions (profile, session lists, progress). */
  signOffsForSessions(sessionIds: readonly string[]): Promise<Map<string, SessionSignOff>>;
  /** Every signed-off exam attempt of one learner. */
  learnerSignOffs(learnerId: string): Promise<Map<string, SessionSignOff>>;
}
