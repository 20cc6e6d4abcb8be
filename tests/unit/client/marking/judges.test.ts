// The judges' columns: lead first, then the other assessors, then anyone else who marked; names
// from the institution's assessors, else the mark history, else the id.
import { describe, expect, it } from 'vitest';
import { judgesOf } from '../../../../client/pages/marking/judges';
import { aspectTitle } from '../../../../client/pages/marking/aspectText';
import { signedOffExams } from '../../../../client/pages/progress/examOutcomes';

describe('judgesOf', () => {
  it('orders the lead first and names each judge', () => {
    const judges = judgesOf(
      { leadAssessorId: 'a1', assessorIds: ['a1', 'a2', 'a3'] },
      [{ marks: [{ assessorId: 'a9', mark: 1 }, { assessorId: 'a2', mark: 2 }] }],
      [{ id: 'a1', name: 'Võ Thị Hạnh' }, { id: 'a2', name: 'Assessor Two' }],
      [{ assessorId: 'a9', assessorName: 'From history' }],
    );
    expect(judges).toEqual([
      { id: 'a1', name: 'Võ Thị Hạnh' },
      { id: 'a2', name: 'Assessor Two' },
      { id: 'a3', name: 'a3' },
      { id: 'a9', name: 'From history' },
    ]);
  });
});

describe('aspectTitle', () => {
  const aspect = { id: 'bead-appearance', descriptor: { vi: 'Mối hàn đều: bề rộng đồng đều.', en: 'Uniform bead: even width.' } };
  it('takes the descriptor up to its colon in the UI language, else the id', () => {
    expect(aspectTitle(aspect, aspect.id, 'vi')).toBe('Mối hàn đều');
    expect(aspectTitle(aspect, aspect.id, 'en')).toBe('Uniform bead');
    expect(aspectTitle(undefined, 'x', 'en')).toBe('x');
  });
});

describe('signedOffExams', () => {
  it('keeps only signed-off exam results, one per exam, newest first', () => {
    const outcome = (examId: string, signedOffAt: string) => ({ examId, examTitle: examId, final: 70, passed: true, signedOffAt });
    expect(signedOffExams([{}, { exam: outcome('e1', '2026-11-01T00:00:00Z') }, { exam: outcome('e2', '2026-11-20T00:00:00Z') }, { exam: outcome('e1', '2026-11-01T00:00:00Z') }]).map((e) => e.examId)).toEqual(['e2', 'e1']);
    expect(signedOffExams([{}, {}])).toEqual([]);
  });
});
