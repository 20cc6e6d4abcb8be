// Picking candidates: name search without tone marks, "select all" over what the search shows,
// and how many started and handed in, as the exam list counts them.
import { describe, expect, it } from 'vitest';
import { allPicked, foldForSearch, matchingPeople, toggleAll, toggleOne } from '../../../../client/pages/exams/candidatePick';
import { examProgress } from '../../../../client/pages/exams/examRows';

const students = [
  { id: 'an', name: 'Nguyễn Văn An' },
  { id: 'bich', name: 'Trần Thị Bích' },
  { id: 'cuong', name: 'Lê Hoàng Cường' },
  { id: 'duc', name: 'Đặng Đức' },
];

describe('searching names', () => {
  it('folds tone marks, case, "đ" and spaces', () => {
    expect(foldForSearch('  Đặng   Đức ')).toBe('dang duc');
    expect(foldForSearch('Trần Thị Bích')).toBe('tran thi bich');
  });

  it('matches the start of a word of the name for every word typed, with or without tone marks, in any order', () => {
    expect(matchingPeople(students, 'bich').map((s) => s.id)).toEqual(['bich']);
    expect(matchingPeople(students, 'CƯỜNG lê').map((s) => s.id)).toEqual(['cuong']);
    expect(matchingPeople(students, 'duc').map((s) => s.id)).toEqual(['duc']);
    // Word starts, not any substring: "an" is An, not Trần, Hoàng or Đặng.
    expect(matchingPeople(students, 'an').map((s) => s.id)).toEqual(['an']);
    expect(matchingPeople(students, 'ng').map((s) => s.id)).toEqual(['an']);
    expect(matchingPeople(students, '   ').map((s) => s.id)).toEqual(['an', 'bich', 'cuong', 'duc']);
    expect(matchingPeople(students, 'zz')).toEqual([]);
  });
});

describe('ticking candidates', () => {
  it('"select all" picks what is shown, keeps other picks, and unpicks them when all are picked', () => {
    const picked = toggleAll(['other'], ['an', 'bich']);
    expect(picked).toEqual(['other', 'an', 'bich']);
    expect(allPicked(picked, ['an', 'bich'])).toBe(true);
    expect(toggleAll(picked, ['an', 'bich'])).toEqual(['other']);
    expect(toggleAll(['an'], ['an', 'bich'])).toEqual(['an', 'bich']);
    expect(allPicked([], [])).toBe(false);
  });

  it('ticks one in the order of picking, never twice', () => {
    expect(toggleOne(['bich'], 'an', true)).toEqual(['bich', 'an']);
    expect(toggleOne(['bich', 'an'], 'an', true)).toEqual(['bich', 'an']);
    expect(toggleOne(['bich', 'an'], 'bich', false)).toEqual(['an']);
  });
});

describe('exam progress', () => {
  it('counts the started and the handed in (submitted, timed out, stopped)', () => {
    const candidate = (status: 'not_started' | 'in_progress' | 'submitted' | 'timed_out' | 'stopped') => ({ learnerId: status, name: status, status });
    const exam = { candidates: [candidate('not_started'), candidate('in_progress'), candidate('submitted'), candidate('timed_out'), candidate('stopped')] };
    expect(examProgress(exam)).toEqual({ candidates: 5, started: 4, submitted: 3 });
    expect(examProgress({ candidates: [] })).toEqual({ candidates: 0, started: 0, submitted: 0 });
  });
});
