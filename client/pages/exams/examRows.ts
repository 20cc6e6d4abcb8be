// An Exam as a row of the exam list: how many candidates it has, how many started and how many
// handed in (submitted, timed out or stopped: an ended attempt is a result to mark).
import type { Exam } from '../../../scenes/protocol/exams';

export interface ExamProgress {
  candidates: number;
  started: number;
  submitted: number;
}

export function examProgress(exam: Pick<Exam, 'candidates'>): ExamProgress {
  let started = 0;
  let submitted = 0;
  for (const candidate of exam.candidates) {
    if (candidate.status === 'not_started') continue;
    started += 1;
    if (candidate.status !== 'in_progress') submitted += 1;
  }
  return { candidates: exam.candidates.length, started, submitted };
}
