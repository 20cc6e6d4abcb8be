// Who sees which marks (server/exams/markingView.ts): a judge their own alone until every judge has
// marked every aspect; an admin everything; a signed-off result as it was locked.
import { describe, expect, it } from 'vitest';
import type { ScoreReport } from '../../../../scenes/rubric/report';
import { weldingBeadRules } from '../../../../scenes/welding-bead';
import { fullMarking, markingSeenBy, type CandidateMarks } from '../../../../server/exams/markingView';
import type { SignOffRecord, StoredMark } from '../../../../server/storage/marking';

const report: ScoreReport = { sceneId: 'welding-bead', rubricVersion: '1', total: 80, passed: true, criteria: [], critical: [], durationMs: 1 };
const mark = (assessorId: string, aspectId: string, value: number): StoredMark => ({ assessorId, aspectId, mark: value, note: undefined, updatedMs: 0 });
const candidate = (marks: StoredMark[], signOff?: SignOffRecord): CandidateMarks => ({ exam: { judges: 2 }, rules: weldingBeadRules, report, marks, signOff });

describe('markingSeenBy', () => {
  const partial = [mark('a', 'bead-appearance', 0), mark('a', 'work-practice', 1), mark('b', 'bead-appearance', 3)];

  it("shows a judge only their own marks while any are missing, with the true state", () => {
    const seen = markingSeenBy(candidate(partial), 'b');
    expect(seen.aspects.map((a) => a.marks)).toEqual([[{ assessorId: 'b', mark: 3 }], []]);
    expect(seen).toMatchObject({ othersHidden: true, state: 'awaiting_marks', judgementPoints: 10, final: 74 });
    // The disagreement (0 against 3) is not shown to either judge yet.
    expect(seen.aspects[0]!.disagreement).toBe(false);
    expect(markingSeenBy(candidate(partial), 'a').aspects[0]!.marks).toEqual([{ assessorId: 'a', mark: 0 }]);
  });

  it('shows an admin every mark, and every judge every mark once all are in', () => {
    expect(markingSeenBy(candidate(partial), undefined)).toEqual(fullMarking(candidate(partial)));
    expect(markingSeenBy(candidate(partial), undefined).aspects[0]!.disagreement).toBe(true);
    const complete = [...partial, mark('b', 'work-practice', 1)];
    const seen = markingSeenBy(candidate(complete), 'b');
    expect(seen.othersHidden).toBeUndefined();
    expect(seen).toMatchObject({ state: 'disagreement' });
    expect(seen.aspects[0]!.marks).toHaveLength(2);
  });

  it('answers a signed-off result as it was locked', () => {
    const signOff: SignOffRecord = { examId: 'e', learnerId: 's', signedBy: 'a', signedMs: 0, final: 71.2, passed: true, locked: true, certificateId: undefined };
    const seen = markingSeenBy(candidate(partial, signOff), 'b');
    expect(seen).toMatchObject({ state: 'signed_off', final: 71.2, passed: true });
    expect(seen.othersHidden).toBeUndefined();
  });
});
