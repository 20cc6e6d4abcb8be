// Session-list filters, sort and page: read from and written to the page's URL query string
// (so back, reload and a shared link keep them) and turned into the API's query
// (sessionListQuerySchema in scenes/protocol/review.ts). Invalid values are dropped one by one.
import type { SessionListQuery } from '../../../scenes/protocol/review';

export type SessionSortKey = SessionListQuery['sort'];
export type SortOrder = SessionListQuery['order'];

export interface SessionFilters {
  scene?: string;
  mode?: 'practice' | 'exam';
  status?: SessionListQuery['status'];
  passed?: 'true' | 'false';
  learner?: string;
  from?: string;
  to?: string;
  sort: SessionSortKey;
  order: SortOrder;
  page: number;
  pageSize: number;
}

export const sessionPageSizes = [10, 25, 50, 100] as const;
export const defaultSessionFilters: SessionFilters = { sort: 'startedAt', order: 'desc', page: 1, pageSize: 25 };

const sortKeys: readonly SessionSortKey[] = ['startedAt', 'finishedAt', 'total', 'learner', 'scene'];
const textKeys = ['scene', 'learner'] as const;
const dateKeys = ['from', 'to'] as const;
const isoDay = /^\d{4}-\d{2}-\d{2}$/;

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return allowed.includes(value as T) ? (value as T) : undefined;
}

function positiveInt(value: string | null, max: number): number | undefined {
  if (value === null || !/^\d+$/.test(value)) return undefined;
  const n = Number(value);
  return n >= 1 && n <= max ? n : undefined;
}

export function readSessionFilters(params: URLSearchParams): SessionFilters {
  const filters: SessionFilters = { ...defaultSessionFilters };
  for (const key of textKeys) {
    const value = params.get(key)?.trim();
    if (value && value.length <= 64) filters[key] = value;
  }
  for (const key of dateKeys) {
    const value = params.get(key);
    if (value && isoDay.test(value) && !Number.isNaN(Date.parse(value))) filters[key] = value;
  }
  const mode = oneOf(params.get('mode'), ['practice', 'exam'] as const);
  if (mode) filters.mode = mode;
  const status = oneOf(params.get('status'), ['active', 'finished', 'abandoned', 'timed_out', 'stopped'] as const);
  if (status) filters.status = status;
  const passed = oneOf(params.get('passed'), ['true', 'false'] as const);
  if (passed) filters.passed = passed;
  filters.sort = oneOf(params.get('sort'), sortKeys) ?? defaultSessionFilters.sort;
  filters.order = oneOf(params.get('order'), ['asc', 'desc'] as const) ?? defaultSessionFilters.order;
  filters.page = positiveInt(params.get('page'), 100_000) ?? 1;
  filters.pageSize = positiveInt(params.get('pageSize'), 100) ?? defaultSessionFilters.pageSize;
  return filters;
}

const filterKeys = ['scene', 'mode', 'status', 'passed', 'learner', 'from', 'to'] as const;

/** Writes the filters into a copy of `base` (other keys, e.g. the tab, are kept); defaults are left out. */
export function writeSessionFilters(filters: SessionFilters, base: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const key of filterKeys) {
    const value = filters[key];
    if (value) params.set(key, value);
    else params.delete(key);
  }
  const numbers = { page: filters.page, pageSize: filters.pageSize } as const;
  for (const key of ['sort', 'order', 'page', 'pageSize'] as const) {
    const value = key === 'sort' || key === 'order' ? filters[key] : numbers[key];
    if (value === defaultSessionFilters[key]) params.delete(key);
    else params.set(key, String(value));
  }
  return params;
}

/** The API query string (with its leading "?"): every page of rows for CSV, one page for JSON. */
export function sessionListQueryString(filters: SessionFilters, format: 'json' | 'csv' = 'json'): string {
  const params = new URLSearchParams();
  for (const key of filterKeys) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  params.set('sort', filters.sort);
  params.set('order', filters.order);
  if (format === 'csv') params.set('format', 'csv');
  else {
    params.set('page', String(filters.page));
    params.set('pageSize', String(filters.pageSize));
  }
  return `?${params.toString()}`;
}

/** A changed filter starts again from page 1 unless the change is the page itself. */
export function changeSessionFilters(filters: SessionFilters, patch: Partial<SessionFilters>): SessionFilters {
  const next: SessionFilters = { ...filters, ...patch };
  for (const key of filterKeys) if (next[key] === undefined || next[key] === '') delete next[key];
  if (patch.page === undefined) next.page = 1;
  return next;
}

/** Clicking a column: the same column flips the order; a new one starts newest/highest/A-Z first. */
export function toggleSessionSort(filters: SessionFilters, key: SessionSortKey): SessionFilters {
  if (filters.sort === key) return changeSessionFilters(filters, { order: filters.order === 'asc' ? 'desc' : 'asc' });
  return changeSessionFilters(filters, { sort: key, order: key === 'learner' || key === 'scene' ? 'asc' : 'desc' });
}

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / Math.max(1, pageSize)));
}

export function hasActiveFilters(filters: SessionFilters, except: readonly (typeof filterKeys)[number][] = []): boolean {
  return filterKeys.some((key) => !except.includes(key) && filters[key] !== undefined);
}
