// Row mapping for sessions and the event log (SQLite column names → store types).
import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { resultStatuses, type NewSession } from '../attempts';
import type { ResultSummary, SessionRecord, SessionStatus } from '../attempts';

export interface SessionRow {
  no: number;
  id: string;
  learner_id: string;
  scene_id: string;
  mode: 'practice' | 'exam';
  exam_id: string | null;
  params: string;
  status: SessionStatus;
  started_at: string;
  started_ms: number;
  acked_seq: number;
  finished_at: string | null;
  result: string | null;
  sealed_head: string | null;
  last_activity_ms: number;
  deadline_ms: number | null;
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
  deadlineMs: row.deadline_ms ?? undefined,
});

/** SQL list of the statuses that count as results (store.ts resultStatuses). */
export const resultStatusSql = `(${resultStatuses.map((status) => `'${status}'`).join(', ')})`;

/** Inserts a new active session row; shared by practice starts and exam attempts. */
export function insertSession(db: Database.Database, session: NewSession): SessionRecord {
  const id = randomUUID();
  const startedAt = new Date(session.startedAtMs).toISOString();
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO sessions (id, learner_id, scene_id, mode, exam_id, params, status, started_at, started_ms, last_activity_ms, deadline_ms)
       VALUES (?, ?, ?, ?, ?, ?, 'active', ?, ?, ?, ?)`,
    )
    .run(id, session.learnerId, session.sceneId, session.mode, session.examId ?? null, JSON.stringify(session.params), startedAt, session.startedAtMs, session.startedAtMs, session.deadlineMs ?? null);
  return {
    no: Number(lastInsertRowid),
    id,
    learnerId: session.learnerId,
    sceneId: session.sceneId,
    mode: session.mode,
    examId: session.examId,
    params: session.params,
    status: 'active',
    startedAt,
    startedAtMs: session.startedAtMs,
    ackedSeq: 0,
    finishedAt: undefined,
    result: undefined,
    lastActivityMs: session.startedAtMs,
    deadlineMs: session.deadlineMs,
    sealedHead: undefined,
  };
}

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
