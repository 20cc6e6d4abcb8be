// A session list query (scenes/protocol/review.ts) as a store request, and its CSV columns.
import type { Page, SessionListItem, SessionListQuery } from '../../scenes/protocol/review';
import type { CsvCell } from '../http/csv';
import type { SessionListRequest, SessionScope } from '../storage/review';
import { startedRangeOfDays, vietnamDateTime } from './vietnamTime';

export function sessionListRequest(query: SessionListQuery, scope: SessionScope): SessionListRequest {
  const csv = query.format === 'csv';
  return {
    scope,
    filter: {
      ...(query.scene !== undefined ? { sceneId: query.scene } : {}),
      ...(query.mode !== undefined ? { mode: query.mode } : {}),
      ...(query.status !== undefined ? { status: query.status } : {}),
      ...(query.passed !== undefined ? { passed: query.passed === 'true' } : {}),
      ...(query.learner !== undefined ? { learner: query.learner } : {}),
      ...startedRangeOfDays(query.from, query.to),
    },
    sort: query.sort,
    order: query.order,
    // A CSV export is every matching row; JSON is one page.
    ...(csv ? {} : { page: { offset: (query.page - 1) * query.pageSize, limit: query.pageSize } }),
  };
}

export const toPage = (query: SessionListQuery, items: SessionListItem[], total: number): Page<SessionListItem> => ({
  items,
  total,
  page: query.page,
  pageSize: query.pageSize,
});

/** In the order of sessionCsvColumns (csvHeaders.ts), which names them in the reader's language. */
export const sessionCsvRow = (s: SessionListItem): CsvCell[] => [
  s.id,
  s.learnerName,
  s.learnerId,
  s.sceneId,
  s.mode,
  s.status,
  vietnamDateTime(s.startedAt),
  vietnamDateTime(s.finishedAt),
  s.total,
  s.passed,
  s.criticalCount,
  s.hasComment,
];
