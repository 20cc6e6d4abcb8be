// The create-exam form's pure logic: defaults (opens at the next 5 minutes, closes 2 h later, 30
// minutes, one judge), the checks that mirror createExamSchema and the server's rules (so a draft
// the form accepts is one the schema accepts), and which field a server `invalid` names.
import { describe, expect, it } from 'vitest';
import { createExamSchema } from '../../../../scenes/protocol/exams';
import { checkDraft, defaultDraft, opensNow, parseTimeInput, serverFieldProblem, timeLimitMs, vietnamInstant, vietnamParts, type ExamDraft } from '../../../../client/pages/exams/examForm';

/** 30 Nov 2026, 14:02:30 in Vietnam (07:02:30 UTC). */
const now = Date.parse('2026-11-30T07:02:30Z');

const filled = (overrides: Partial<ExamDraft> = {}): ExamDraft => ({
  ...defaultDraft(now, 'welding-bead'),
  title: 'Thi hàn giáp mối',
  candidateIds: ['s1', 's2'],
  coAssessorIds: ['a2'],
  ...overrides,
});

describe('create-exam defaults', () => {
  it('opens at the next 5 minutes in Vietnam time, closes 2 h later, 30 minutes, one judge', () => {
    const draft = defaultDraft(now, 'welding-bead');
    expect(draft).toMatchObject({ sceneId: 'welding-bead', title: '', candidateIds: [], coAssessorIds: [], timeLimit: '30', timeUnit: 'minutes', judges: 1 });
    expect([draft.opensDay, draft.opensTime, draft.closesDay, draft.closesTime]).toEqual(['2026-11-30', '14:05', '2026-11-30', '16:05']);
  });

  it('keeps a time already on the 5 minutes, and crosses midnight in Vietnam, not in UTC', () => {
    expect(defaultDraft(Date.parse('2026-11-30T07:05:00Z')).opensTime).toBe('14:05');
    const late = defaultDraft(Date.parse('2026-11-30T16:58:00Z')); // 23:58 in Vietnam
    expect([late.opensDay, late.opensTime, late.closesDay, late.closesTime]).toEqual(['2026-12-01', '00:00', '2026-12-01', '02:00']);
  });

  it('"open now" puts the opening at the current minute', () => {
    expect(opensNow(defaultDraft(now), now)).toMatchObject({ opensDay: '2026-11-30', opensTime: '14:02' });
  });
});

describe('times typed by hand', () => {
  it.each([
    ['14:05', '14:05'],
    ['9:05', '09:05'],
    ['9.05', '09:05'],
    ['9h05', '09:05'],
    ['0905', '09:05'],
    [' 23:59 ', '23:59'],
    ['24:00', undefined],
    ['12:60', undefined],
    ['9', undefined],
    ['nine', undefined],
  ])('reads %j as %j', (text, time) => {
    expect(parseTimeInput(text)).toBe(time);
  });

  it('reads a day and a time as Vietnam time', () => {
    expect(vietnamInstant('2026-11-30', '14:05')).toBe(Date.parse('2026-11-30T07:05:00Z'));
    expect(vietnamInstant(undefined, '14:05')).toBeUndefined();
    expect(vietnamParts(Date.parse('2026-11-30T17:30:00Z'))).toEqual({ day: '2026-12-01', time: '00:30' });
  });

  it('reads the time limit in minutes or seconds', () => {
    expect(timeLimitMs({ timeLimit: '30', timeUnit: 'minutes' })).toBe(1_800_000);
    expect(timeLimitMs({ timeLimit: '1,5', timeUnit: 'minutes' })).toBe(90_000);
    expect(timeLimitMs({ timeLimit: '45', timeUnit: 'seconds' })).toBe(45_000);
    expect(timeLimitMs({ timeLimit: '-3', timeUnit: 'minutes' })).toBeUndefined();
    expect(timeLimitMs({ timeLimit: '', timeUnit: 'minutes' })).toBeUndefined();
  });
});

describe('create-exam checks', () => {
  it('builds the request of a good draft, which the server schema accepts', () => {
    const { problems, request } = checkDraft(filled({ title: '  Thi hàn giáp mối  ' }), now);
    expect(problems).toEqual({});
    expect(request).toEqual({
      sceneId: 'welding-bead',
      title: 'Thi hàn giáp mối',
      candidateIds: ['s1', 's2'],
      assessorIds: ['a2'],
      opensAt: '2026-11-30T07:05:00.000Z',
      closesAt: '2026-11-30T09:05:00.000Z',
      timeLimitMs: 1_800_000,
      judges: 1,
    });
    expect(createExamSchema.safeParse(request).success).toBe(true);
  });

  it('names every problem by field, with the key of its sentence', () => {
    const { problems, request } = checkDraft(
      filled({ sceneId: '', title: '   ', candidateIds: [], opensTime: '25:00', closesDay: undefined, timeLimit: 'abc', judges: 3, coAssessorIds: ['a2'] }),
      now,
    );
    expect(request).toBeUndefined();
    expect(problems).toEqual({
      sceneId: { key: 'sceneRequired' },
      title: { key: 'titleRequired' },
      candidateIds: { key: 'noCandidates' },
      opensAt: { key: 'badTime' },
      closesAt: { key: 'badDay' },
      timeLimitMs: { key: 'timeLimitNotNumber' },
      judges: { key: 'judgesMoreThanAssessors', values: { judges: 3 } },
    });
  });

  it('mirrors the schema bounds: title length, candidates, assessors, time limit 10 s to 12 h', () => {
    const many = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
    expect(checkDraft(filled({ title: 'x'.repeat(201) }), now).problems.title).toEqual({ key: 'titleTooLong', values: { max: 200 } });
    expect(checkDraft(filled({ title: 'x'.repeat(200) }), now).problems.title).toBeUndefined();
    expect(checkDraft(filled({ candidateIds: many(501, 's') }), now).problems.candidateIds).toEqual({ key: 'tooManyCandidates', values: { max: 500 } });
    expect(checkDraft(filled({ coAssessorIds: many(20, 'a') }), now).problems.assessorIds).toEqual({ key: 'tooManyAssessors', values: { max: 20 } });
    expect(checkDraft(filled({ coAssessorIds: many(19, 'a') }), now).problems.assessorIds).toBeUndefined();
    expect(checkDraft(filled({ timeLimit: '9', timeUnit: 'seconds' }), now).problems.timeLimitMs).toEqual({ key: 'timeLimitTooShort' });
    expect(checkDraft(filled({ timeLimit: '10', timeUnit: 'seconds' }), now).request?.timeLimitMs).toBe(10_000);
    expect(checkDraft(filled({ timeLimit: '721', timeUnit: 'minutes' }), now).problems.timeLimitMs).toEqual({ key: 'timeLimitTooLong' });
    expect(checkDraft(filled({ timeLimit: '720', timeUnit: 'minutes' }), now).request?.timeLimitMs).toBe(43_200_000);
  });

  it('wants the window to close after it opens and in the future; an opening in the past is fine', () => {
    expect(checkDraft(filled({ closesTime: '14:05' }), now).problems.closesAt).toEqual({ key: 'closesBeforeOpens' });
    expect(checkDraft(filled({ opensTime: '12:00', closesTime: '14:00' }), now).problems.closesAt).toEqual({ key: 'closesPast' });
    expect(checkDraft(filled({ opensTime: '12:00', closesTime: '14:03' }), now).problems).toEqual({});
  });

  it('counts the creator among the assessors for the judges', () => {
    expect(checkDraft(filled({ coAssessorIds: [], judges: 1 }), now).problems.judges).toBeUndefined();
    expect(checkDraft(filled({ coAssessorIds: [], judges: 2 }), now).problems.judges).toEqual({ key: 'judgesMoreThanAssessors', values: { judges: 2 } });
    expect(checkDraft(filled({ coAssessorIds: ['a2', 'a3'], judges: 3 }), now).problems.judges).toBeUndefined();
    expect(checkDraft(filled({ judges: 4 }), now).problems.judges).toEqual({ key: 'judgesRange' });
  });
});

describe('server refusals by field', () => {
  it('finds the field a server message names, never showing the message itself', () => {
    expect(serverFieldProblem('candidateIds[1]: "x" is not a student of your institution')).toEqual({ field: 'candidateIds', problem: { key: 'candidateRefused' } });
    expect(serverFieldProblem('assessorIds[0]: "y" is not an assessor of your institution')).toEqual({ field: 'assessorIds', problem: { key: 'assessorRefused' } });
    expect(serverFieldProblem('sceneId: no scene "z"')).toEqual({ field: 'sceneId', problem: { key: 'sceneRefused' } });
    expect(serverFieldProblem('closesAt: the exam would be closed already; choose a window that ends in the future')).toEqual({ field: 'closesAt', problem: { key: 'closesPast' } });
    expect(serverFieldProblem('judges: 3 judges need at least 3 assessors; add co-assessors or lower judges')).toEqual({ field: 'judges', problem: { key: 'judgesMoreThanAssessors', values: { judges: 3 } } });
    expect(serverFieldProblem('title: title is required')).toEqual({ field: 'title', problem: { key: 'serverRefused' } });
    expect(serverFieldProblem('Unrecognized key: "extra"')).toBeUndefined();
    expect(serverFieldProblem('invalid input')).toBeUndefined();
  });
});
