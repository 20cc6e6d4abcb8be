// Exams in SQLite (ExamRepository, ../exams.ts): an exam row, its assessors, its candidates and
// each candidate's one attempt (a session row carrying the deadline).
import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { ExamCandidateRecord, ExamListFilter, ExamRecord, ExamRepository, NewExam } from '../exams';
import type { NewSession, SessionRecord, SessionStatus } from '../store';
import { insertSession, toSessionRecord, type SessionRow } from './sessionRows';

interface ExamRow {
  id: string;
  institution_id: string;
  scene_id: string;
  title: string;
  opens_ms: number;
  closes_ms: number;
  time_limit_ms: number;
  judges: number;
  lead_assessor_id: string;
  created_ms: number;
}

interface CandidateRow {
  exam_id: string;
  learner_id: string;
  name: string;
  session_id: string | null;
  status: SessionStatus | null;
  deadline_ms: number | null;
  stop_reason: string | null;
  stopped_by: string | null;
}

const toCandidate = (row: CandidateRow): ExamCandidateRecord => ({
  learnerId: row.learner_id,
  name: row.name,
  attempt: row.session_id !== null && row.status !== null ? { sessionId: row.session_id, status: row.status, deadlineMs: row.deadline_ms ?? 0 } : undefined,
  stop: row.stop_reason !== null ? { reason: row.stop_reason, assessorId: row.stopped_by ?? '' } : undefined,
});

export class SqliteExamQueries implements ExamRepository {
  constructor(private readonly db: Database.Database) {}

  async createExam(exam: NewExam): Promise<ExamRecord> {
    const id = randomUUID();
    this.db.transaction(() => {
      this.db
        .prepare(
          `INSERT INTO exams (id, institution_id, scene_id, title, opens_ms, closes_ms, time_limit_ms, judges, lead_assessor_id, created_ms)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(id, exam.institutionId, exam.sceneId, exam.title, exam.opensAtMs, exam.closesAtMs, exam.timeLimitMs, exam.judges, exam.leadAssessorId, exam.createdAtMs);
      const assessor = this.db.prepare('INSERT INTO exam_assessors (exam_id, assessor_id) VALUES (?, ?)');
      for (const assessorId of exam.assessorIds) assessor.run(id, assessorId);
      const candidate = this.db.prepare('INSERT INTO exam_candidates (exam_id, learner_id) VALUES (?, ?)');
      for (const learnerId of exam.candidateIds) candidate.run(id, learnerId);
    })();
    return (await this.getExam(id))!;
  }

  async getExam(examId: string): Promise<ExamRecord | undefined> {
    const row = this.db.prepare('SELECT * FROM exams WHERE id = ?').get(examId) as ExamRow | undefined;
    return row && this.withPeople([row])[0];
  }

  async listExams(filter: ExamListFilter): Promise<ExamRecord[]> {
    const [where, value] =
      'assessorId' in filter
        ? ['id IN (SELECT exam_id FROM exam_assessors WHERE assessor_id = ?)', filter.assessorId]
        : 'candidateId' in filter
          ? ['id IN (SELECT exam_id FROM exam_candidates WHERE learner_id = ?)', filter.candidateId]
          : ['institution_id = ?', filter.institutionId];
    const rows = this.db.prepare(`SELECT * FROM exams WHERE ${where} ORDER BY opens_ms DESC, id`).all(value) as ExamRow[];
    return this.withPeople(rows);
  }

  async claimAttempt(examId: string, learnerId: string, session: NewSession, deadlineMs: number) {
    return this.db.transaction((): { session: SessionRecord; created: boolean } | undefined => {
      const candidate = this.db.prepare('SELECT session_id FROM exam_candidates WHERE exam_id = ? AND learner_id = ?').get(examId, learnerId) as
        | { session_id: string | null }
        | undefined;
      if (!candidate) return undefined;
      if (candidate.session_id !== null) {
        const row = this.db.prepare('SELECT * FROM sessions WHERE id = ?').get(candidate.session_id) as SessionRow;
        return { session: toSessionRecord(row), created: false };
      }
      const created = insertSession(this.db, { ...session, deadlineMs });
      this.db.prepare('UPDATE exam_candidates SET session_id = ? WHERE exam_id = ? AND learner_id = ?').run(created.id, examId, learnerId);
      return { session: created, created: true };
    })();
  }

  async recordStop(examId: string, learnerId: string, stop: { reason: string; assessorId: string }): Promise<void> {
    this.db.prepare('UPDATE exam_candidates SET stop_reason = ?, stopped_by = ? WHERE exam_id = ? AND learner_id = ?').run(stop.reason, stop.assessorId, examId, learnerId);
  }

  async listOverdueAttempts(atMs: number, limit: number): Promise<SessionRecord[]> {
    const rows = this.db
      .prepare(`SELECT * FROM sessions WHERE status = 'active' AND deadline_ms IS NOT NULL AND deadline_ms <= ? ORDER BY deadline_ms LIMIT ?`)
      .all(atMs, limit) as SessionRow[];
    return rows.map(toSessionRecord);
  }

  async assessesLearner(assessorId: string, learnerId: string): Promise<boolean> {
    const row = this.db
      .prepare(
        `SELECT 1 FROM exam_assessors a JOIN exam_candidates c ON c.exam_id = a.exam_id
          WHERE a.assessor_id = ? AND c.learner_id = ? LIMIT 1`,
      )
      .get(assessorId, learnerId);
    return row !== undefined;
  }

  /** The exams with their assessors and candidates: three queries for the whole list. */
  private withPeople(rows: readonly ExamRow[]): ExamRecord[] {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const marks = ids.map(() => '?').join(', ');
    const assessors = this.db.prepare(`SELECT exam_id, assessor_id FROM exam_assessors WHERE exam_id IN (${marks}) ORDER BY assessor_id`).all(...ids) as {
      exam_id: string;
      assessor_id: string;
    }[];
    const candidates = this.db
      .prepare(
        `SELECT c.exam_id, c.learner_id, u.name, c.session_id, s.status, s.deadline_ms, c.stop_reason, c.stopped_by
           FROM exam_candidates c JOIN users u ON u.id = c.learner_id LEFT JOIN sessions s ON s.id = c.session_id
          WHERE c.exam_id IN (${marks}) ORDER BY u.name, c.learner_id`,
      )
      .all(...ids) as CandidateRow[];
    return rows.map((row) => ({
      id: row.id,
      institutionId: row.institution_id,
      sceneId: row.scene_id,
      title: row.title,
      opensAtMs: row.opens_ms,
      closesAtMs: row.closes_ms,
      timeLimitMs: row.time_limit_ms,
      judges: row.judges,
      leadAssessorId: row.lead_assessor_id,
      assessorIds: assessors.filter((a) => a.exam_id === row.id).map((a) => a.assessor_id),
      candidates: candidates.filter((c) => c.exam_id === row.id).map(toCandidate),
      createdAtMs: row.created_ms,
    }));
  }
}
