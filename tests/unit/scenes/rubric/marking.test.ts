// The final-result fold (standards/MARKING.md): points, the final result and its rounding, the
// critical-error rule, disagreement and the marking states.
import { describe, expect, it } from 'vitest';
import type { JudgementAspect } from '../../../../scenes/protocol/marking';
import { everyJudgeHasMarked, foldMarking, signOffBlockers, type JudgeMark } from '../../../../scenes/rubric/marking';
import type { ScoreReport } from '../../../../scenes/rubric/report';
import { weldingBeadJudgementAspects } from '../../../../scenes/welding-bead';

const report = (total: number, critical: ScoreReport['critical'] = []): ScoreReport => ({
  sceneId: 'welding-bead',
  rubricVersion: '1',
  total,
  passed: critical.length === 0 && total >= 70,
  criteria: [],
  critical,
  durationMs: 1000,
});
const aspects = weldingBeadJudgementAspects;
const marks = (...given: [assessorId: string, aspectId: string, mark: number][]): JudgeMark[] => given.map(([assessorId, aspectId, mark]) => ({ assessorId, aspectId, mark }));
const both = (assessorId: string, appearance: number, practice: number) =>
  marks([assessorId, 'bead-appearance', appearance], [assessorId, 'work-practice', practice]);

describe('foldMarking', () => {
  it('weighs the measurement by (100 − J)/100 and adds max × mean / 3 per aspect', () => {
    const marking = foldMarking({ report: report(80), aspects, judges: 1, passMark: 70, marks: both('a', 2, 2) });
    // 80 × 0.8 = 64; 2 × (10 × 2 / 3) = 13.333…; 77.333… → 77.3.
    expect(marking).toEqual({
      aspects: [
        { id: 'bead-appearance', max: 10, marks: [{ assessorId: 'a', mark: 2 }], mean: 2, disagreement: false },
        { id: 'work-practice', max: 10, marks: [{ assessorId: 'a', mark: 2 }], mean: 2, disagreement: false },
      ],
      judgementPoints: 13.33,
      final: 77.3,
      passed: true,
      state: 'ready',
    });
  });

  it('counts an aspect without marks as 0 points and waits for them', () => {
    const marking = foldMarking({ report: report(90), aspects, judges: 2, passMark: 70, marks: marks(['a', 'bead-appearance', 3]) });
    expect(marking.aspects[1]).toEqual({ id: 'work-practice', max: 10, marks: [], mean: null, disagreement: false });
    expect(marking).toMatchObject({ judgementPoints: 10, final: 82, state: 'awaiting_marks' });
    expect(foldMarking({ report: report(90), aspects, judges: 1, passMark: 70, marks: [] })).toMatchObject({ judgementPoints: 0, final: 72, passed: true });
  });

  it('averages several judges, the mean to 4 decimals and the points to 0.01', () => {
    const marking = foldMarking({ report: report(71.3), aspects, judges: 3, passMark: 70, marks: [...both('a', 1, 2), ...both('b', 2, 2), ...both('c', 2, 3)] });
    expect(marking.aspects.map((a) => a.mean)).toEqual([1.6667, 2.3333]);
    // (10 × 5/9) + (10 × 7/9) = 13.333…; 71.3 × 0.8 = 57.04; 70.373… → 70.4.
    expect(marking).toMatchObject({ judgementPoints: 13.33, final: 70.4, passed: true, state: 'ready' });
  });

  it('rounds a tie up, exactly, as the report does', () => {
    // One aspect of 1 point marked 1, 1, 1, 0 by four judges: 1 × 0.75 / 3 = 0.25 → 0.3 in tenths.
    const tiny: JudgementAspect[] = [
      { id: 'big', max: 19, descriptor: { vi: 'x', en: 'x' } },
      { id: 'small', max: 1, descriptor: { vi: 'y', en: 'y' } },
    ];
    const four = marks(['a', 'small', 1], ['b', 'small', 1], ['c', 'small', 1], ['d', 'small', 0]);
    expect(foldMarking({ report: report(0), aspects: tiny, judges: 1, passMark: 70, marks: four })).toMatchObject({ judgementPoints: 0.25, final: 0.3 });
    // 0.8 × 70.7 is 56.56000000000001 in floating point; the fold has no such drift.
    expect(foldMarking({ report: report(70.7), aspects, judges: 1, passMark: 70, marks: both('a', 0, 0) }).final).toBe(56.6);
    // 87.5 × 0.8 = 70 exactly; with all zeros the final is 70.0 and passes (≥, not >).
    expect(foldMarking({ report: report(87.5), aspects, judges: 1, passMark: 70, marks: both('a', 0, 0) })).toMatchObject({ final: 70, passed: true });
    expect(foldMarking({ report: report(87.4), aspects, judges: 1, passMark: 70, marks: both('a', 0, 0) })).toMatchObject({ final: 69.9, passed: false });
  });

  it('never lets judgement clear a critical error', () => {
    const critical = [{ id: 'arc-without-helmet', t: 10, message: 'arc struck without helmet' }];
    const marking = foldMarking({ report: report(95, critical), aspects, judges: 1, passMark: 70, marks: both('a', 3, 3) });
    expect(marking).toMatchObject({ final: 96, passed: false, state: 'ready' });
  });

  it('lets judgement lift a measurement below the pass mark, and sink one above it', () => {
    expect(foldMarking({ report: report(65), aspects, judges: 1, passMark: 70, marks: both('a', 3, 3) })).toMatchObject({ final: 72, passed: true });
    expect(foldMarking({ report: report(80), aspects, judges: 1, passMark: 70, marks: both('a', 0, 0) })).toMatchObject({ final: 64, passed: false });
  });

  it('flags an aspect whose marks differ by more than 1, and the state until it is settled', () => {
    const split = foldMarking({ report: report(80), aspects, judges: 2, passMark: 70, marks: [...both('a', 0, 1), ...both('b', 2, 2)] });
    expect(split.aspects.map((a) => a.disagreement)).toEqual([true, false]);
    expect(split.state).toBe('disagreement');
    const settled = foldMarking({ report: report(80), aspects, judges: 2, passMark: 70, marks: [...both('a', 1, 1), ...both('b', 2, 2)] });
    expect(settled.aspects.map((a) => a.disagreement)).toEqual([false, false]);
    expect(settled.state).toBe('ready');
  });

  it('waits for marks before it calls a disagreement the state', () => {
    const marking = foldMarking({ report: report(80), aspects, judges: 3, passMark: 70, marks: [...both('a', 0, 1), ...both('b', 3, 1)] });
    expect(marking.aspects[0]!.disagreement).toBe(true);
    expect(marking.state).toBe('awaiting_marks');
  });

  it('is signed_off once signed off, and ignores marks on aspects the standard does not name', () => {
    const marking = foldMarking({ report: report(80), aspects, judges: 1, passMark: 70, marks: [...both('a', 2, 2), ...marks(['a', 'colour', 3])], signedOff: true });
    expect(marking).toMatchObject({ final: 77.3, state: 'signed_off' });
    expect(marking.aspects.map((a) => a.id)).toEqual(['bead-appearance', 'work-practice']);
  });
});

describe('signOffBlockers', () => {
  it('names each aspect short of marks, and how many', () => {
    const marking = foldMarking({ report: report(80), aspects, judges: 3, passMark: 70, marks: [...both('a', 0, 1), ...marks(['b', 'bead-appearance', 3])] });
    expect(everyJudgeHasMarked(marking, 3)).toBe(false);
    // The disagreement on bead-appearance is not named while marks are missing (they are hidden).
    expect(signOffBlockers(marking, 3)).toEqual(['aspect bead-appearance lacks 1 mark', 'aspect work-practice lacks 2 marks']);
  });

  it('names the aspects in disagreement once every judge has marked, and nothing when ready', () => {
    const split = foldMarking({ report: report(80), aspects, judges: 2, passMark: 70, marks: [...both('a', 0, 1), ...both('b', 2, 2)] });
    expect(everyJudgeHasMarked(split, 2)).toBe(true);
    expect(signOffBlockers(split, 2)).toEqual(['aspect bead-appearance is in disagreement (marks 0, 2)']);
    const ready = foldMarking({ report: report(80), aspects, judges: 1, passMark: 70, marks: both('a', 2, 2) });
    expect(signOffBlockers(ready, 1)).toEqual([]);
  });
});
