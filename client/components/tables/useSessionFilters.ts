// The session list's filters as URL state: read on every render, written as a new history
// entry, so back, forward and reload show the same list.
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { changeSessionFilters, readSessionFilters, toggleSessionSort, writeSessionFilters, type SessionFilters, type SessionSortKey } from './sessionQuery';

export function useSessionFilters(fixed: Partial<SessionFilters> = {}) {
  const [search, setSearch] = useSearchParams();
  const fixedKey = JSON.stringify(fixed);
  const filters = useMemo(() => ({ ...readSessionFilters(search), ...(JSON.parse(fixedKey) as Partial<SessionFilters>) }), [search, fixedKey]);
  const replace = useCallback((next: SessionFilters) => setSearch((current) => writeSessionFilters(next, current)), [setSearch]);
  return {
    filters,
    change: (patch: Partial<SessionFilters>) => replace(changeSessionFilters(filters, patch)),
    sortBy: (key: SessionSortKey) => replace(toggleSessionSort(filters, key)),
    goToPage: (page: number) => replace(changeSessionFilters(filters, { page })),
    replace,
  };
}
