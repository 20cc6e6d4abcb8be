// SQL of a session list: FROM and WHERE for a class or a learner with the filters, the sort
// order (NULLs last, ties by start then id), and the row mapping.
import type { SessionListItem } from '../../../scenes/protocol/review';
import type { SessionListFilter, SessionListRequest, SessionListSort, StartedRange } from '../review';
import { resultStatusSql } from './sessionRows';

export type Params = Record<string, string | number>;

/** Sort keys; a key that may be NULL (active sessions) sorts those last in either order. */
const sortColumns: Record<SessionListSort, { column: string; nullable: boolean }> = {
  startedAt: { column: 's.started_ms', nullable: false },
  finishedAt: { column: 's.finished_at', nullable: true },
  total: { column: 's.total', nullable: true },
  learner: { column: 'u.name', nullable: false },
  scene: { column: 's.scene_id', nullable: false },
};

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** FROM and WHERE of a session list, with its parameters. */
export function sessionListSource(request: SessionListRequest): { sql: string; params: Params } {
  const { scope, filter } = request;
  const params: Params = {};
  const where: string[] = [];
  let from = 'sessions s JOIN users u ON u.id = s.learner_id';
  if ('classId' in scope) {
    from = `class_members m JOIN sessions s ON s.learner_id = m.user_id JOIN users u ON u.id = s.learner_id`;
    where.push(`m.class_id = @classId AND m.role = 'student'`);
    params.classId = scope.classId;
  } else {
    where.push('s.learner_id = @learnerId');
    params.learnerId = scope.learnerId;
  }
  addFilter(filter, where, params);
  return { sql: `FROM ${from} WHERE ${where.join(' AND ')}`, params };
}

function addFilter(filter: SessionListFilter, where: string[], params: Params): void {
  if (filter.sceneId !== undefined) {
    where.push('s.scene_id = @sceneId');
    params.sceneId = filter.sceneId;
  }
  if (filter.mode !== undefined) {
    where.push('s.mode = @mode');
    params.mode = filter.mode;
  }
  if (filter.status !== undefined) {
    where.push('s.status = @status');
    params.status = filter.status;
  }
  if (filter.passed !== undefined) where.push(`s.status IN ${resultStatusSql} AND s.passed = ${filter.passed ? 1 : 0}`);
  if (filter.learner !== undefined) {
    where.push(`(s.learner_id = @learner OR u.name LIKE @learnerLike ESCAPE '\\')`);
    params.learner = filter.learner;
    params.learnerLike = `%${escapeLike(filter.learner)}%`;
  }
  addRange(filter, where, params);
}

export function addRange(range: StartedRange, where: string[], params: Params): void {
  if (range.fromMs !== undefined) {
    where.push('s.started_ms >= @fromMs');
    params.fromMs = range.fromMs;
  }
  if (range.beforeMs !== undefined) {
    where.push('s.started_ms < @beforeMs');
    params.beforeMs = range.beforeMs;
  }
}

export function orderBy(sort: SessionListSort, order: 'asc' | 'desc'): string {
  const { column, nullable } = sortColumns[sort];
  const direction = order === 'asc' ? 'ASC' : 'DESC';
  // Within one learner or scene the newest start comes first; the id makes every order total.
  const keys = [`${column} ${direction}`];
  if (sort !== 'startedAt') keys.push('s.started_ms DESC');
  keys.push(`s.id ${direction}`);
  return `ORDER BY ${nullable ? `(${column} IS NULL), ` : ''}${keys.join(', ')}`;
}

export interface SessionListRow {
  id: string;
  learner_id: string;
  learner_name: string;
  scene_id: string;
  mode: 'practice' | 'exam';
  status: SessionListItem['status'];
  started_at: string;
  finished_at: string | null;
  total: number | null;
  passed: number | null;
  critical_count: number | null;
  has_comment: number;
}

export const toSessionListItem = (row: SessionListRow): SessionListItem => ({
  id: row.id,
  learnerId: row.learner_id,
  learnerName: row.learner_name,
  sceneId: row.scene_id,
  mode: row.mode,
  status: row.status,
  startedAt: row.started_at,
  ...(row.finished_at !== null ? { finishedAt: row.finished_at } : {}),
  ...(row.total !== null ? { total: row.total } : {}),
  ...(row.passed !== null ? { passed: row.passed === 1 } : {}),
  ...(row.critical_count !== null ? { criticalCount: row.critical_count } : {}),
  hasComment: row.has_comment === 1,
});
