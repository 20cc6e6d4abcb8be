// The signed-off exam results among a learner's profile results, newest sign-off first, one per exam.
import type { ExamOutcome } from '../../../scenes/protocol/marking';

export function signedOffExams(results: readonly { exam?: ExamOutcome }[]): ExamOutcome[] {
  const byExam = new Map<string, ExamOutcome>();
  for (const { exam } of results) if (exam && !byExam.has(exam.examId)) byExam.set(exam.examId, exam);
  return [...byExam.values()].sort((a, b) => Date.parse(b.signedOffAt) - Date.parse(a.signedOffAt));
}
