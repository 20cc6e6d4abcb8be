// Row mapping for sessions and the event log (SQLite column names → store types).
import type { ResultSummary, SessionRecord } from '../store';

export interface SessionRow {
  no: number;
  id: string;
  learner_id: string;
  scene_id: string;
  mode: 'practice' | 'exam';
  exam_id: string | null;
  params: string;
  status: 'active' | 'finished' | 'abandoned';
  started_at: string;
  started_ms: number;
  acked_seq: number;
  finished_at: string | null;
  result: string | null;
  sealed_head: string | null;
  last_activity_ms: number;
}

export const toSessionRecord = (row: SessionRow): SessionRecord => ({
  no: row.no,
  id: row.id,
  learnerId: row.learner_id,
  sceneId: row.scene_id,
  mode: row.mode,
  examId: row.exam_id ?? undefined,
  params: JSON.parse(row.params) as Record<string, unknown>,
  status: row.status,
  startedAt: row.started_at,
  startedAtMs: row.started_ms,
  ackedSeq: row.acked_seq,
  finishedAt: row.finished_at ?? undefined,
  result: row.result === null ? undefined : JSON.parse(row.result),
  sealedHead: row.sealed_head ?? undefined,
  lastActivityMs: row.last_activity_ms,
});

export interface ResultRow {
  id: string;
  scene_id: string;
  mode: 'practice' | 'exam';
  total: number;
  passed: number;
  finished_at: string;
}

export const toResultSummary = (row: ResultRow): ResultSummary => ({
  sessionId: row.id,
  sceneId: row.scene_id,
  mode: row.mode,
  total: row.total,
  passed: row.passed === 1,
  finishedAt: row.finished_at,
});
