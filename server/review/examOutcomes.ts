// Signed-off exam results on the learner's views (profile, session lists, progress): an `exam`
// field beside the measurement, only once the lead signed the result off (docs/api.md "Marking").
import type { ExamOutcome } from '../../scenes/protocol/marking';
import type { SessionSignOff } from '../storage/marking';

export function toExamOutcome(signOff: SessionSignOff): ExamOutcome {
  return {
    examId: signOff.examId,
    examTitle: signOff.examTitle,
    final: signOff.final,
    passed: signOff.passed,
    signedOffAt: new Date(signOff.signedMs).toISOString(),
    ...(signOff.certificateId !== undefined ? { certificateId: signOff.certificateId } : {}),
  };
}

/** Each item whose session was signed off, with `exam` added; the others as they are. */
export function withExamOutcomes<T>(items: readonly T[], sessionIdOf: (item: T) => string, signOffs: ReadonlyMap<string, SessionSignOff>): (T & { exam?: ExamOutcome })[] {
  return items.map((item): T & { exam?: ExamOutcome } => {
    const signOff = signOffs.get(sessionIdOf(item));
    return signOff ? { ...item, exam: toExamOutcome(signOff) } : (item as T & { exam?: ExamOutcome });
  });
}
