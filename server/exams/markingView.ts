// A candidate's Marking as a caller may see it (docs/api.md "Marking"): the fold over the stored
// marks, locked numbers once signed off, and a judge's own marks alone until every judge has marked.
import type { JudgeMark } from '../../scenes/rubric/marking';
import { everyJudgeHasMarked, foldMarking } from '../../scenes/rubric/marking';
import type { Marking } from '../../scenes/protocol/marking';
import type { ScoreReport } from '../../scenes/rubric/report';
import type { SceneRules } from '../../scenes/types';
import type { ExamRecord } from '../storage/exams';
import type { SignOffRecord, StoredMark } from '../storage/marking';

export interface CandidateMarks {
  exam: Pick<ExamRecord, 'judges'>;
  rules: Pick<SceneRules, 'judgementAspects' | 'rubric'>;
  report: ScoreReport;
  marks: readonly StoredMark[];
  signOff: SignOffRecord | undefined;
}

const toJudgeMarks = (marks: readonly StoredMark[]): JudgeMark[] => marks.map(({ assessorId, aspectId, mark }) => ({ assessorId, aspectId, mark }));

/** Everyone's marks: what an admin sees, what sign-off decides on. */
export function fullMarking({ exam, rules, report, marks, signOff }: CandidateMarks): Marking {
  const marking = foldMarking({
    report,
    aspects: rules.judgementAspects,
    judges: exam.judges,
    passMark: rules.rubric.passMark,
    marks: toJudgeMarks(marks),
    signedOff: signOff !== undefined,
  });
  // A signed-off result is what was locked, whatever a later version's fold would say.
  return signOff ? { ...marking, final: signOff.final, passed: signOff.passed } : marking;
}

/**
 * `judgeId`: a judge's view (their own marks only while any judge's are missing, so nobody
 * anchors on another's); undefined: every mark (an admin's view).
 */
export function markingSeenBy(candidate: CandidateMarks, judgeId: string | undefined): Marking {
  const full = fullMarking(candidate);
  if (judgeId === undefined || candidate.signOff || everyJudgeHasMarked(full, candidate.exam.judges)) return full;
  const own = fullMarking({ ...candidate, marks: candidate.marks.filter((m) => m.assessorId === judgeId) });
  return { ...own, state: full.state, othersHidden: true };
}
