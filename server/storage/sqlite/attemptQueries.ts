// The attempt repository on SQLite: sessions and their event runs. The ingest's hot path
// (appendEvents) is one prepared transaction.
import type Database from 'better-sqlite3';
import type { AttemptRepository, EventAppend, EventRun, NewSession, ResultSummary, SessionEnd, SessionEndStatus, SessionMode, SessionRecord } from '../attempts';
import { insertSession, resultStatusSql, toResultSummary, toSessionRecord, type ResultRow, type SessionRow } from './sessionRows';

export class SqliteAttemptQueries implements AttemptRepository {
  private readonly insertRun: Database.Statement;
  private readonly raiseAckedSeq: Database.Statement;
  private readonly appendAll: (appends: readonly EventAppend[]) => void;

  constructor(private readonly db: Database.Database) {
    this.insertRun = db.prepare('INSERT INTO event_runs (session_no, first_seq, last_seq, lines) VALUES (?, ?, ?, ?)');
    // The idle clock rides on the same UPDATE as the high-water mark: no extra statement per batch.
    this.raiseAckedSeq = db.prepare('UPDATE sessions SET acked_seq = MAX(acked_seq, ?), last_activity_ms = MAX(last_activity_ms, ?) WHERE no = ?');
    this.appendAll = db.transaction((appends: readonly EventAppend[]) => {
      for (const { sessionNo, runs, ackedSeq, atMs } of appends) {
        for (const run of runs) this.insertRun.run(sessionNo, run.firstSeq, run.lastSeq, run.lines);
        this.raiseAckedSeq.run(ackedSeq, atMs, sessionNo);
      }
    });
  }

  async createSession(session: NewSession): Promise<SessionRecord> {
    return insertSession(this.db, session);
  }

  async getSession(id: string): Promise<SessionRecord | undefined> {
    const row = this.db.prepare('SELECT * FROM sessions WHERE id = ?').get(id) as SessionRow | undefined;
    return row && toSessionRecord(row);
  }

  async appendEvents(appends: readonly EventAppend[]): Promise<void> {
    this.appendAll(appends);
  }

  async readEventRuns(sessionNo: number, afterSeq: number, toSeq: number, limit: number): Promise<EventRun[]> {
    return this.db
      .prepare(
        `SELECT first_seq AS firstSeq, last_seq AS lastSeq, lines FROM event_runs
          WHERE session_no = ? AND first_seq > ? AND first_seq <= ? ORDER BY first_seq LIMIT ?`,
      )
      .all(sessionNo, afterSeq, toSeq, limit) as EventRun[];
  }

  async finishSession(sessionNo: number, finish: SessionEnd): Promise<boolean> {
    return this.endSession(sessionNo, 'finished', finish);
  }

  async abandonSession(sessionNo: number, end: SessionEnd): Promise<boolean> {
    return this.endSession(sessionNo, 'abandoned', end);
  }

  async countActiveSessions(learnerId: string, sceneId: string, mode: SessionMode): Promise<number> {
    const row = this.db
      .prepare(`SELECT COUNT(*) AS n FROM sessions WHERE learner_id = ? AND scene_id = ? AND status = 'active' AND mode = ?`)
      .get(learnerId, sceneId, mode) as { n: number };
    return row.n;
  }

  async listIdlePracticeSessions(beforeMs: number, limit: number): Promise<SessionRecord[]> {
    const rows = this.db
      .prepare(
        `SELECT * FROM sessions WHERE status = 'active' AND last_activity_ms < ? AND mode = 'practice'
          ORDER BY last_activity_ms LIMIT ?`,
      )
      .all(beforeMs, limit) as SessionRow[];
    return rows.map(toSessionRecord);
  }

  async touchSession(sessionNo: number, atMs: number): Promise<void> {
    this.db.prepare(`UPDATE sessions SET last_activity_ms = MAX(last_activity_ms, ?) WHERE no = ? AND status = 'active'`).run(atMs, sessionNo);
  }

  async endSession(sessionNo: number, status: SessionEndStatus, end: SessionEnd): Promise<boolean> {
    const { changes } = this.db
      .prepare(
        `UPDATE sessions SET status = ?, finished_at = ?, result = ?, total = ?, passed = ?, sealed_head = ?
          WHERE no = ? AND status = 'active'`,
      )
      .run(status, end.finishedAt, JSON.stringify(end.result), end.total, end.passed ? 1 : 0, end.sealedHead, sessionNo);
    return changes === 1;
  }

  async listResults(learnerId: string): Promise<ResultSummary[]> {
    const rows = this.db
      .prepare(
        `SELECT id, scene_id, mode, total, passed, finished_at FROM sessions
          WHERE learner_id = ? AND status IN ${resultStatusSql} ORDER BY finished_at DESC, no DESC`,
      )
      .all(learnerId) as ResultRow[];
    return rows.map(toResultSummary);
  }
}
