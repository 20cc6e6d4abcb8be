// The embedded store: one better-sqlite3 connection in WAL mode. better-sqlite3 is
// synchronous, which suits SQLite (no network round trips); the async interface is kept so
// callers are ready for a networked store.
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type {
  EventAppend,
  SessionEnd,
  NewSession,
  ResultSummary,
  SessionMode,
  SessionRecord,
  EventRun,
  ClassSummary,
  Institution,
  InstitutionOverview,
  NewSignIn,
  NewUser,
  Role,
  Roster,
  Store,
  User,
  UserRecord,
} from '../store';
import { roles, StoreConflictError } from '../store';
import { applyMigrations } from './applyMigrations';
import { toResultSummary, toSessionRecord, type ResultRow, type SessionRow } from './sessionRows';
import type { ReviewStore } from '../review';
import { SqliteReviewQueries } from './reviewQueries';
import { SqliteSignInQueries } from './signInQueries';

interface UserRow {
  id: string;
  institution_id: string;
  username: string;
  name: string;
  role: Role;
  password_hash: string;
}

const toUser = (row: UserRow): User => ({
  id: row.id,
  institutionId: row.institution_id,
  username: row.username,
  name: row.name,
  role: row.role,
});

export class SqliteStore implements Store {
  private readonly db: Database.Database;
  /** The ingest hot path's statements, prepared once. */
  private readonly insertRun: Database.Statement;
  private readonly raiseAckedSeq: Database.Statement;
  private readonly appendAll: (appends: readonly EventAppend[]) => void;
  private readonly review: SqliteReviewQueries;
  private readonly signIns: SqliteSignInQueries;

  /** Opens (creating if needed) the database file and brings its schema up to date. */
  constructor(path: string) {
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    // NORMAL in WAL mode: a commit survives a crash of this process (it is in the WAL the
    // moment COMMIT returns); only an OS crash or power cut can roll back the last commits.
    this.db.pragma('synchronous = NORMAL');
    // Thousands of learners keep many pages hot. The WAL is checkpointed every 1000 pages
    // (SQLite's default): larger steps stall the ingest for longer (docs/benchmarks.md).
    this.db.pragma('cache_size = -65536');
    applyMigrations(this.db);
    this.review = new SqliteReviewQueries(this.db);
    this.signIns = new SqliteSignInQueries(this.db);
    this.insertRun = this.db.prepare('INSERT INTO event_runs (session_no, first_seq, last_seq, lines) VALUES (?, ?, ?, ?)');
    // The idle clock rides on the same UPDATE as the high-water mark: no extra statement per batch.
    this.raiseAckedSeq = this.db.prepare('UPDATE sessions SET acked_seq = MAX(acked_seq, ?), last_activity_ms = MAX(last_activity_ms, ?) WHERE no = ?');
    this.appendAll = this.db.transaction((appends: readonly EventAppend[]) => {
      for (const { sessionNo, runs, ackedSeq, atMs } of appends) {
        for (const run of runs) this.insertRun.run(sessionNo, run.firstSeq, run.lastSeq, run.lines);
        this.raiseAckedSeq.run(ackedSeq, atMs, sessionNo);
      }
    });
  }

  async createSession(session: NewSession): Promise<SessionRecord> {
    const id = randomUUID();
    const startedAt = new Date(session.startedAtMs).toISOString();
    const { lastInsertRowid } = this.db
      .prepare(
        `INSERT INTO sessions (id, learner_id, scene_id, mode, exam_id, params, status, started_at, started_ms, last_activity_ms)
         VALUES (?, ?, ?, ?, ?, ?, 'active', ?, ?, ?)`,
      )
      .run(
        id,
        session.learnerId,
        session.sceneId,
        session.mode,
        session.examId ?? null,
        JSON.stringify(session.params),
        startedAt,
        session.startedAtMs,
        session.startedAtMs,
      );
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
      sealedHead: undefined,
      lastActivityMs: session.startedAtMs,
    };
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

  private endSession(sessionNo: number, status: 'finished' | 'abandoned', end: SessionEnd): boolean {
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
          WHERE learner_id = ? AND status = 'finished' ORDER BY finished_at DESC, no DESC`,
      )
      .all(learnerId) as ResultRow[];
    return rows.map(toResultSummary);
  }

  // Review lists, aggregates and comments (./reviewQueries.ts).
  listSessions: ReviewStore['listSessions'] = (request) => this.review.listSessions(request);
  listClassLearnerSummaries: ReviewStore['listClassLearnerSummaries'] = (classId, sceneId) => this.review.listClassLearnerSummaries(classId, sceneId);
  classSceneAggregates: ReviewStore['classSceneAggregates'] = (classId, sceneId, range, metScore) =>
    this.review.classSceneAggregates(classId, sceneId, range, metScore);
  learnerSceneCounts: ReviewStore['learnerSceneCounts'] = (learnerId) => this.review.learnerSceneCounts(learnerId);
  learnerScoredAttempts: ReviewStore['learnerScoredAttempts'] = (learnerId) => this.review.learnerScoredAttempts(learnerId);
  getSessionComment: ReviewStore['getSessionComment'] = (sessionNo) => this.review.getSessionComment(sessionNo);
  setSessionComment: ReviewStore['setSessionComment'] = (sessionNo, comment) => this.review.setSessionComment(sessionNo, comment);

  // Sign-ins and account state (./signInQueries.ts).
  async setUserRole(userId: string, role: Role) {
    return this.signIns.setUserRole(userId, role);
  }
  async setUserDisabled(userId: string, disabled: boolean, atMs: number) {
    return this.signIns.setUserDisabled(userId, disabled, atMs);
  }
  async createSignIn(signIn: NewSignIn) {
    this.signIns.createSignIn(signIn);
  }
  async findLiveSignIn(signInId: string, nowMs: number) {
    return this.signIns.findLiveSignIn(signInId, nowMs);
  }
  async findLiveSignInByRefreshHash(refreshHash: string, nowMs: number) {
    return this.signIns.findLiveSignInByRefreshHash(refreshHash, nowMs);
  }
  async revokeSignIn(signInId: string, atMs: number) {
    return this.signIns.revokeSignIn(signInId, atMs);
  }
  async revokeUserSignIns(userId: string, atMs: number) {
    return this.signIns.revokeUserSignIns(userId, atMs);
  }

  async isEmpty(): Promise<boolean> {
    return this.db.prepare('SELECT 1 FROM institutions LIMIT 1').get() === undefined;
  }

  async importRoster(roster: Roster): Promise<Institution> {
    const now = new Date().toISOString();
    const run = this.db.transaction((): Institution => {
      const institution = { id: randomUUID(), name: roster.institutionName };
      this.db.prepare('INSERT INTO institutions (id, name, created_at) VALUES (?, ?, ?)').run(institution.id, institution.name, now);
      const classIds = new Map<string, string>();
      const insertClass = this.db.prepare('INSERT INTO classes (id, institution_id, code, name, created_at) VALUES (?, ?, ?, ?, ?)');
      for (const c of roster.classes) {
        const id = randomUUID();
        insertClass.run(id, institution.id, c.code, c.name, now);
        classIds.set(c.code, id);
      }
      const insertMember = this.db.prepare('INSERT INTO class_members (class_id, user_id, role) VALUES (?, ?, ?)');
      for (const u of roster.users) {
        const user = this.insertUser({ ...u, institutionId: institution.id }, now);
        for (const membership of u.classes) {
          const classId = classIds.get(membership.code);
          if (!classId) throw new Error(`roster names unknown class "${membership.code}" for ${u.username}`);
          insertMember.run(classId, user.id, membership.role);
        }
      }
      return institution;
    });
    return this.withConflicts(run);
  }

  async getInstitutionOverview(institutionId: string): Promise<InstitutionOverview | undefined> {
    const institution = this.db.prepare('SELECT id, name FROM institutions WHERE id = ?').get(institutionId) as Institution | undefined;
    if (!institution) return undefined;
    const usersByRole = Object.fromEntries(roles.map((r) => [r, 0])) as Record<Role, number>;
    const counts = this.db
      .prepare('SELECT role, COUNT(*) AS n FROM users WHERE institution_id = ? GROUP BY role')
      .all(institutionId) as { role: Role; n: number }[];
    for (const { role, n } of counts) usersByRole[role] = n;
    const { n: classCount } = this.db.prepare('SELECT COUNT(*) AS n FROM classes WHERE institution_id = ?').get(institutionId) as { n: number };
    return { institution, usersByRole, classCount };
  }

  async createUser(user: NewUser): Promise<User> {
    return this.withConflicts(() => this.insertUser(user, new Date().toISOString()));
  }

  async findUserByUsername(username: string): Promise<UserRecord | undefined> {
    // A disabled (soft-deleted) user is not found, so cannot sign in.
    const row = this.db.prepare('SELECT * FROM users WHERE username = ? AND disabled_at IS NULL').get(username) as UserRow | undefined;
    return row && { ...toUser(row), passwordHash: row.password_hash };
  }

  async findUserById(id: string): Promise<User | undefined> {
    const row = this.db.prepare('SELECT * FROM users WHERE id = ?').get(id) as UserRow | undefined;
    return row && toUser(row);
  }

  async listClasses(filter: { teacherId: string } | { institutionId: string }): Promise<ClassSummary[]> {
    const where =
      'teacherId' in filter
        ? 'c.id IN (SELECT class_id FROM class_members WHERE user_id = ? AND role = \'teacher\')'
        : 'c.institution_id = ?';
    const rows = this.db
      .prepare(
        `SELECT c.id, c.institution_id, c.code, c.name,
                (SELECT COUNT(*) FROM class_members m WHERE m.class_id = c.id AND m.role = 'student') AS student_count,
                (SELECT group_concat(u.name, char(31)) FROM class_members m JOIN users u ON u.id = m.user_id
                  WHERE m.class_id = c.id AND m.role = 'teacher') AS teacher_names
           FROM classes c WHERE ${where} ORDER BY c.code`,
      )
      .all('teacherId' in filter ? filter.teacherId : filter.institutionId) as {
      id: string;
      institution_id: string;
      code: string;
      name: string;
      student_count: number;
      teacher_names: string | null;
    }[];
    return rows.map((r) => ({
      id: r.id,
      institutionId: r.institution_id,
      code: r.code,
      name: r.name,
      studentCount: r.student_count,
      teacherNames: r.teacher_names ? r.teacher_names.split('\u001f').sort() : [],
    }));
  }

  async listClassStudents(classId: string): Promise<User[]> {
    const rows = this.db
      .prepare(
        `SELECT u.* FROM class_members m JOIN users u ON u.id = m.user_id
          WHERE m.class_id = ? AND m.role = 'student' ORDER BY u.name`,
      )
      .all(classId) as UserRow[];
    return rows.map(toUser);
  }

  async teachesLearner(teacherId: string, learnerId: string): Promise<boolean> {
    const row = this.db
      .prepare(
        `SELECT 1 FROM class_members t JOIN class_members s ON s.class_id = t.class_id
          WHERE t.user_id = ? AND t.role = 'teacher' AND s.user_id = ? AND s.role = 'student' LIMIT 1`,
      )
      .get(teacherId, learnerId);
    return row !== undefined;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  private insertUser(user: NewUser, now: string): User {
    const id = randomUUID();
    this.db
      .prepare('INSERT INTO users (id, institution_id, username, name, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(id, user.institutionId, user.username, user.name, user.role, user.passwordHash, now);
    return { id, institutionId: user.institutionId, username: user.username, name: user.name, role: user.role };
  }

  /** Turns SQLite's uniqueness failures into a StoreConflictError the HTTP layer maps to 409. */
  private withConflicts<T>(write: () => T): T {
    try {
      return write();
    } catch (error) {
      if (error instanceof Database.SqliteError && error.code.startsWith('SQLITE_CONSTRAINT_UNIQUE')) {
        throw new StoreConflictError(error.message);
      }
      throw error;
    }
  }
}
