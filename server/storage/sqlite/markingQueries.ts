// Exam marking in SQLite (MarkingRepository, ../marking.ts): current marks, their change
// history and sign-offs (schema v8). Writes that must see no sign-off run in one transaction.
import type Database from 'better-sqlite3';
import type { MarkChangeRecord, MarkingRepository, MarksUpdate, SessionSignOff, SignOffDecision, SignOffRecord, StoredMark } from '../marking';

interface MarkRow {
  learner_id: string;
  assessor_id: string;
  aspect_id: string;
  mark: number;
  note: string | null;
  updated_ms: number;
}

interface SignOffRow {
  exam_id: string;
  learner_id: string;
  signed_by: string;
  signed_ms: number;
  final: number;
  passed: number;
  locked: number;
  certificate_id: string | null;
}

interface SessionSignOffRow extends SignOffRow {
  session_id: string;
  title: string;
}

const toMark = (row: MarkRow): StoredMark => ({
  assessorId: row.assessor_id,
  aspectId: row.aspect_id,
  mark: row.mark,
  note: row.note ?? undefined,
  updatedMs: row.updated_ms,
});

const toSignOff = (row: SignOffRow): SignOffRecord => ({
  examId: row.exam_id,
  learnerId: row.learner_id,
  signedBy: row.signed_by,
  signedMs: row.signed_ms,
  final: row.final,
  passed: row.passed === 1,
  locked: row.locked === 1,
  certificateId: row.certificate_id ?? undefined,
});

const toSessionSignOff = (row: SessionSignOffRow): SessionSignOff => ({
  sessionId: row.session_id,
  examId: row.exam_id,
  examTitle: row.title,
  final: row.final,
  passed: row.passed === 1,
  signedMs: row.signed_ms,
  certificateId: row.certificate_id ?? undefined,
});

const markColumns = 'learner_id, assessor_id, aspect_id, mark, note, updated_ms';
const sessionSignOffSelect = `SELECT s.*, c.session_id, e.title FROM exam_signoffs s
  JOIN exam_candidates c ON c.exam_id = s.exam_id AND c.learner_id = s.learner_id
  JOIN exams e ON e.id = s.exam_id`;

export class SqliteMarkingQueries implements MarkingRepository {
  constructor(private readonly db: Database.Database) {}

  async listMarks(examId: string, learnerId: string): Promise<StoredMark[]> {
    return this.readMarks(examId, learnerId);
  }

  async listExamMarks(examId: string): Promise<Map<string, StoredMark[]>> {
    const rows = this.db.prepare(`SELECT ${markColumns} FROM exam_marks WHERE exam_id = ? ORDER BY learner_id, aspect_id, assessor_id`).all(examId) as MarkRow[];
    const byLearner = new Map<string, StoredMark[]>();
    for (const row of rows) byLearner.set(row.learner_id, [...(byLearner.get(row.learner_id) ?? []), toMark(row)]);
    return byLearner;
  }

  async putMarks(update: MarksUpdate): Promise<'ok' | 'signed_off'> {
    return this.db.transaction((): 'ok' | 'signed_off' => {
      if (this.readSignOff(update.examId, update.learnerId)) return 'signed_off';
      const current = this.db.prepare('SELECT mark FROM exam_marks WHERE exam_id = ? AND learner_id = ? AND assessor_id = ? AND aspect_id = ?');
      const upsert = this.db.prepare(
        `INSERT INTO exam_marks (exam_id, learner_id, assessor_id, aspect_id, mark, note, updated_ms) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (exam_id, learner_id, assessor_id, aspect_id) DO UPDATE SET mark = excluded.mark, note = excluded.note, updated_ms = excluded.updated_ms`,
      );
      const change = this.db.prepare(
        'INSERT INTO exam_mark_changes (exam_id, learner_id, assessor_id, aspect_id, from_mark, to_mark, note, at_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      );
      const { examId, learnerId, assessorId, note, atMs } = update;
      for (const [aspectId, mark] of Object.entries(update.marks)) {
        const before = (current.get(examId, learnerId, assessorId, aspectId) as { mark: number } | undefined)?.mark;
        if (before === mark) continue;
        upsert.run(examId, learnerId, assessorId, aspectId, mark, note ?? null, atMs);
        change.run(examId, learnerId, assessorId, aspectId, before ?? null, mark, note ?? null, atMs);
      }
      return 'ok';
    })();
  }

  async listMarkChanges(examId: string, learnerId: string): Promise<MarkChangeRecord[]> {
    const rows = this.db
      .prepare(
        `SELECT m.assessor_id, u.name, m.aspect_id, m.from_mark, m.to_mark, m.note, m.at_ms FROM exam_mark_changes m
           JOIN users u ON u.id = m.assessor_id WHERE m.exam_id = ? AND m.learner_id = ? ORDER BY m.no`,
      )
      .all(examId, learnerId) as { assessor_id: string; name: string; aspect_id: string; from_mark: number | null; to_mark: number; note: string | null; at_ms: number }[];
    return rows.map((r) => ({
      assessorId: r.assessor_id,
      assessorName: r.name,
      aspectId: r.aspect_id,
      from: r.from_mark ?? undefined,
      to: r.to_mark,
      note: r.note ?? undefined,
      atMs: r.at_ms,
    }));
  }

  async getSignOff(examId: string, learnerId: string): Promise<SignOffRecord | undefined> {
    return this.readSignOff(examId, learnerId);
  }

  async listSignOffs(examId: string): Promise<SignOffRecord[]> {
    return (this.db.prepare('SELECT * FROM exam_signoffs WHERE exam_id = ? ORDER BY learner_id').all(examId) as SignOffRow[]).map(toSignOff);
  }

  async signOff(
    candidate: { examId: string; learnerId: string; signedBy: string; signedMs: number },
    decide: (marks: StoredMark[]) => SignOffDecision,
  ): Promise<{ ok: true; signOff: SignOffRecord } | { ok: false; already: SignOffRecord } | { ok: false; reason: string }> {
    const { examId, learnerId, signedBy, signedMs } = candidate;
    return this.db.transaction(() => {
      const already = this.readSignOff(examId, learnerId);
      if (already) return { ok: false as const, already };
      const decision = decide(this.readMarks(examId, learnerId));
      if (!decision.ok) return { ok: false as const, reason: decision.reason };
      this.db
        .prepare('INSERT INTO exam_signoffs (exam_id, learner_id, signed_by, signed_ms, final, passed, locked) VALUES (?, ?, ?, ?, ?, ?, 1)')
        .run(examId, learnerId, signedBy, signedMs, decision.final, decision.passed ? 1 : 0);
      return { ok: true as const, signOff: this.readSignOff(examId, learnerId)! };
    })();
  }

  async setCertificateId(examId: string, learnerId: string, certificateId: string): Promise<void> {
    this.db.prepare('UPDATE exam_signoffs SET certificate_id = ? WHERE exam_id = ? AND learner_id = ?').run(certificateId, examId, learnerId);
  }

  async signOffsForSessions(sessionIds: readonly string[]): Promise<Map<string, SessionSignOff>> {
    if (sessionIds.length === 0) return new Map();
    const rows = this.db.prepare(`${sessionSignOffSelect} WHERE c.session_id IN (${sessionIds.map(() => '?').join(', ')})`).all(...sessionIds) as SessionSignOffRow[];
    return new Map(rows.map((row) => [row.session_id, toSessionSignOff(row)]));
  }

  async learnerSignOffs(learnerId: string): Promise<Map<string, SessionSignOff>> {
    const rows = this.db.prepare(`${sessionSignOffSelect} WHERE s.learner_id = ?`).all(learnerId) as SessionSignOffRow[];
    return new Map(rows.map((row) => [row.session_id, toSessionSignOff(row)]));
  }

  private readMarks(examId: string, learnerId: string): StoredMark[] {
    const rows = this.db
      .prepare(`SELECT ${markColumns} FROM exam_marks WHERE exam_id = ? AND learner_id = ? ORDER BY aspect_id, assessor_id`)
      .all(examId, learnerId) as MarkRow[];
    return rows.map(toMark);
  }

  private readSignOff(examId: string, learnerId: string): SignOffRecord | undefined {
    const row = this.db.prepare('SELECT * FROM exam_signoffs WHERE exam_id = ? AND learner_id = ?').get(examId, learnerId) as SignOffRow | undefined;
    return row && toSignOff(row);
  }
}
