// Session-list filters survive the trip through the URL and become the API's query.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sessionListQuerySchema } from '../../../../../scenes/protocol/review';
import {
  changeSessionFilters,
  defaultSessionFilters,
  hasActiveFilters,
  pageCount,
  readSessionFilters,
  sessionListQueryString,
  toggleSessionSort,
  writeSessionFilters,
  type SessionFilters,
} from '../../../../../client/components/tables/sessionQuery';

const day = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const filtersArbitrary: fc.Arbitrary<SessionFilters> = fc.record(
  {
    scene: fc.constantFrom('welding-bead', 'fire-extinguisher'),
    mode: fc.constantFrom('practice' as const, 'exam' as const),
    status: fc.constantFrom('active' as const, 'finished' as const, 'abandoned' as const, 'timed_out' as const, 'stopped' as const),
    passed: fc.constantFrom('true' as const, 'false' as const),
    learner: fc.uuid(),
    from: day,
    to: day,
    sort: fc.constantFrom('startedAt' as const, 'finishedAt' as const, 'total' as const, 'learner' as const, 'scene' as const),
    order: fc.constantFrom('asc' as const, 'desc' as const),
    page: fc.integer({ min: 1, max: 100_000 }),
    pageSize: fc.integer({ min: 1, max: 100 }),
  },
  { requiredKeys: ['sort', 'order', 'page', 'pageSize'] },
);

describe('session list filters in the URL', () => {
  it('read back exactly what was written', () => {
    fc.assert(fc.property(filtersArbitrary, (filters) => {
      expect(readSessionFilters(writeSessionFilters(filters))).toEqual(filters);
    }));
  });

  it('leave defaults out of the URL and keep other keys', () => {
    const params = writeSessionFilters({ ...defaultSessionFilters, mode: 'exam' }, new URLSearchParams('tab=learners&page=4'));
    expect(params.toString()).toBe('tab=learners&mode=exam');
  });

  it('drop invalid values one by one', () => {
    const filters = readSessionFilters(new URLSearchParams('mode=drill&passed=yes&from=2025-13-45&to=2025-03-02&sort=grade&order=up&page=0&pageSize=500&learner=%20'));
    expect(filters).toEqual({ ...defaultSessionFilters, to: '2025-03-02' });
  });

  it('make a query the server schema accepts, paged for JSON and whole for CSV', () => {
    fc.assert(
      fc.property(filtersArbitrary, (filters) => {
        const json = Object.fromEntries(new URLSearchParams(sessionListQueryString(filters)));
        const parsed = sessionListQuerySchema.parse(json);
        expect(parsed).toMatchObject({ sort: filters.sort, order: filters.order, page: filters.page, pageSize: filters.pageSize, format: 'json' });
        const csv = Object.fromEntries(new URLSearchParams(sessionListQueryString(filters, 'csv')));
        expect(sessionListQuerySchema.parse(csv).format).toBe('csv');
        expect(csv).not.toHaveProperty('page');
      }),
    );
  });
});

describe('changing filters', () => {
  const start: SessionFilters = { ...defaultSessionFilters, page: 3, mode: 'practice' };

  it('goes back to page 1 unless the page itself changes', () => {
    expect(changeSessionFilters(start, { passed: 'true' })).toMatchObject({ page: 1, passed: 'true', mode: 'practice' });
    expect(changeSessionFilters(start, { page: 4 }).page).toBe(4);
  });

  it('removes a filter set to undefined or empty', () => {
    expect(changeSessionFilters(start, { mode: undefined })).not.toHaveProperty('mode');
    expect(changeSessionFilters(start, { learner: '' })).not.toHaveProperty('learner');
  });

  it('flips the order on the same column and picks a natural order on a new one', () => {
    expect(toggleSessionSort(start, 'startedAt')).toMatchObject({ sort: 'startedAt', order: 'asc', page: 1 });
    expect(toggleSessionSort(start, 'learner')).toMatchObject({ sort: 'learner', order: 'asc' });
    expect(toggleSessionSort({ ...start, sort: 'learner', order: 'asc' }, 'total')).toMatchObject({ sort: 'total', order: 'desc' });
  });

  it('knows when a filter is on, ignoring the keys the page fixes', () => {
    expect(hasActiveFilters({ ...defaultSessionFilters, scene: 'welding-bead' }, ['scene'])).toBe(false);
    expect(hasActiveFilters({ ...defaultSessionFilters, scene: 'welding-bead', from: '2025-01-01' }, ['scene'])).toBe(true);
  });

  it('counts at least one page', () => {
    expect(pageCount(0, 25)).toBe(1);
    expect(pageCount(25, 25)).toBe(1);
    expect(pageCount(26, 25)).toBe(2);
  });
});
