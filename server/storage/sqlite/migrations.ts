// Versioned schema migrations for the embedded SQLite store, applied in order at start.
// Never edit a released migration: add the next one. SQL stays close to what PostgreSQL
// accepts (TEXT ids, ISO timestamps as TEXT, CHECK constraints) so the schema ports.
import type Database from 'better-sqlite3';
import { widenCheckedValues } from './widenCheck';
import { LogChain } from '../../ingest/logChain';

export interface Migration {
  version: number;
  name: string;
  sql: string;
  /**
   * Rebuilds a table that others reference (SQLite cannot change a CHECK in place): foreign keys
   * are switched off around the migration's transaction and checked before it commits, as
   * SQLite's "making other kinds of table schema changes" procedure asks.
   */
  rebuildsTables?: boolean;
  /** Schema work that SQL alone cannot express, run in the same transaction before `sql`. */
  before?: (db: Database.Database) => void;
  /** Work SQL cannot do (hashing), run after `sql` in the same transaction. */
  backfill?: (db: Database.Database) => void;
}

/**
 * Seals every ended session that has no seal: the chain head of its stored log 1..acked_seq,
 * one session's runs at a time. It vouches for the log from this migration on, not before.
 */
function sealEndedSessions(db: Database.Database): void {
  const unsealed = db.prepare(`SELECT no, id, acked_seq AS ackedSeq FROM sessions WHERE status <> 'active' AND sealed_head IS NULL`).all() as {
    no: number;
    id: string;
    ackedSeq: number;
  }[];
  const runs = db.prepare('SELECT lines FROM event_runs WHERE session_no = ? AND first_seq <= ? ORDER BY first_seq');
  const seal = db.prepare('UPDATE sessions SET sealed_head = ? WHERE no = ?');
  for (const session of unsealed) {
    const chain = new LogChain(session.id);
    for (const run of runs.iterate(session.no, session.ackedSeq) as Iterable<{ lines: string }>) chain.addRun(run.lines);
    seal.run(chain.hex, session.no);
  }
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'identity: institutions, users, classes, class membership',
    sql: `
      CREATE TABLE institutions (
        id          TEXT PRIMARY KEY,
        name        TEXT NOT NULL,
        created_at  TEXT NOT NULL
      );
      CREATE TABLE users (
        id             TEXT PRIMARY KEY,
        institution_id TEXT NOT NULL REFERENCES institutions(id),
        username       TEXT NOT NULL UNIQUE,
        name           TEXT NOT NULL,
        role           TEXT NOT NULL CHECK (role IN ('student', 'teacher', 'assessor', 'admin')),
        password_hash  TEXT NOT NULL,
        created_at     TEXT NOT NULL
      );
      CREATE INDEX users_institution ON users(institution_id, role);
      CREATE TABLE classes (
        id             TEXT PRIMARY KEY,
        institution_id TEXT NOT NULL REFERENCES institutions(id),
        code           TEXT NOT NULL,
        name           TEXT NOT NULL,
        created_at     TEXT NOT NULL,
        UNIQUE (institution_id, code)
      );
      CREATE TABLE class_members (
        class_id  TEXT NOT NULL REFERENCES classes(id),
        user_id   TEXT NOT NULL REFERENCES users(id),
        role      TEXT NOT NULL CHECK (role IN ('student', 'teacher')),
        PRIMARY KEY (class_id, user_id)
      );
      CREATE INDEX class_members_user ON class_members(user_id, role);
    `,
  },
  {
    version: 2,
    name: 'attempts: sessions, the append-only event log, results',
    sql: `
      CREATE TABLE sessions (
        no            INTEGER PRIMARY KEY,
        id            TEXT NOT NULL UNIQUE,
        learner_id    TEXT NOT NULL REFERENCES users(id),
        scene_id      TEXT NOT NULL,
        mode          TEXT NOT NULL CHECK (mode IN ('practice', 'exam')),
        exam_id       TEXT,
        params        TEXT NOT NULL,
        status        TEXT NOT NULL CHECK (status IN ('active', 'finished')),
        started_at    TEXT NOT NULL,
        started_ms    INTEGER NOT NULL,
        acked_seq     INTEGER NOT NULL DEFAULT 0,
        finished_at   TEXT,
        result        TEXT,
        total         REAL,
        passed        INTEGER
      );
      CREATE INDEX sessions_learner ON sessions(learner_id, status, finished_at);
      -- The log is stored in runs: each row holds consecutive events (seq first_seq..last_seq) of
      -- one session as NDJSON lines. Rows are appended in arrival order (rowid), which keeps
      -- each commit's writes together; runs of a session never overlap, so reading them by
      -- first_seq gives the log in seq order. See docs/architecture.md, "The event log".
      CREATE TABLE event_runs (
        session_no  INTEGER NOT NULL REFERENCES sessions(no),
        first_seq   INTEGER NOT NULL,
        last_seq    INTEGER NOT NULL,
        lines       TEXT NOT NULL,
        CHECK (last_seq >= first_seq)
      );
      CREATE UNIQUE INDEX event_runs_by_session ON event_runs(session_no, first_seq);
    `,
  },
  {
    version: 3,
    name: 'review: session lists by learner and start, class rosters, teachers\' comments',
    sql: `
      -- Session lists and date ranges read a learner's attempts by start time; the class views
      -- walk a class's students through the class_members primary key (class_id, user_id).
      CREATE INDEX sessions_learner_started ON sessions(learner_id, started_ms);
      CREATE INDEX sessions_learner_scene ON sessions(learner_id, scene_id, status, finished_at);
      CREATE TABLE session_comments (
        session_no  INTEGER PRIMARY KEY REFERENCES sessions(no),
        text        TEXT NOT NULL,
        author_id   TEXT NOT NULL REFERENCES users(id),
        updated_at  TEXT NOT NULL
      );
    `,
  },
  {
    version: 4,
    name: 'abandoned attempts: status abandoned, the last activity time of each session',
    rebuildsTables: true,
    sql: `
      -- An attempt left idle ends as 'abandoned' (docs/api.md, "Attempts left behind"): the CHECK
      -- on status changes, so the table is rebuilt. last_activity_ms is when the session last
      -- committed events or lost its last connected socket; the sweeper reads it, so a restart
      -- neither extends nor loses the idle clock. Open attempts from before this version count
      -- from the upgrade (their last event time is not known without reading the log).
      CREATE TABLE sessions_v4 (
        no               INTEGER PRIMARY KEY,
        id               TEXT NOT NULL UNIQUE,
        learner_id       TEXT NOT NULL REFERENCES users(id),
        scene_id         TEXT NOT NULL,
        mode             TEXT NOT NULL CHECK (mode IN ('practice', 'exam')),
        exam_id          TEXT,
        params           TEXT NOT NULL,
        status           TEXT NOT NULL CHECK (status IN ('active', 'finished', 'abandoned')),
        started_at       TEXT NOT NULL,
        started_ms       INTEGER NOT NULL,
        acked_seq        INTEGER NOT NULL DEFAULT 0,
        finished_at      TEXT,
        result           TEXT,
        total            REAL,
        passed           INTEGER,
        last_activity_ms INTEGER NOT NULL
      );
      INSERT INTO sessions_v4 (no, id, learner_id, scene_id, mode, exam_id, params, status, started_at, started_ms,
                               acked_seq, finished_at, result, total, passed, last_activity_ms)
        SELECT no, id, learner_id, scene_id, mode, exam_id, params, status, started_at, started_ms,
               acked_seq, finished_at, result, total, passed,
               CASE status WHEN 'active' THEN MAX(started_ms, CAST(unixepoch('subsec') * 1000 AS INTEGER)) ELSE started_ms END
          FROM sessions;
      DROP TABLE sessions;
      ALTER TABLE sessions_v4 RENAME TO sessions;
      CREATE INDEX sessions_learner ON sessions(learner_id, status, finished_at);
      CREATE INDEX sessions_learner_started ON sessions(learner_id, started_ms);
      CREATE INDEX sessions_learner_scene ON sessions(learner_id, scene_id, status, finished_at);
      -- The sweeper's question: open attempts idle since before a time.
      CREATE INDEX sessions_open_by_activity ON sessions(last_activity_ms) WHERE status = 'active';
    `,
  },
  {
    version: 5,
    name: 'revocable sign-ins: sign_ins table, users.disabled_at',
    sql: `
      -- One row per sign-in (docs/api.md, "Sign-in, refresh, sign-out"). Every request checks its
      -- access token's sign-in here, so revoking a row ends its access and refresh tokens at once.
      -- Only a SHA-256 hash of the refresh token is kept: a copy of the database cannot sign in.
      CREATE TABLE sign_ins (
        id           TEXT PRIMARY KEY,
        user_id      TEXT NOT NULL REFERENCES users(id),
        created_ms   INTEGER NOT NULL,
        expires_ms   INTEGER NOT NULL,
        revoked_ms   INTEGER,
        refresh_hash TEXT NOT NULL UNIQUE
      );
      CREATE INDEX sign_ins_user ON sign_ins(user_id) WHERE revoked_ms IS NULL;
      CREATE INDEX sign_ins_expiry ON sign_ins(expires_ms);
      -- Soft delete: sessions, comments and sign-ins keep referring to the user; a disabled
      -- user cannot sign in and every token of theirs is refused.
      ALTER TABLE users ADD COLUMN disabled_at TEXT;
    `,
  },
  {
    version: 6,
    name: 'tamper-evident logs: sessions.sealed_head',
    sql: `
      -- The hex SHA-256 chain head of the log 1..acked_seq (PROTOCOL §9), written once when the
      -- attempt ends. Sessions ended before v6 are sealed by the backfill (SQL cannot hash).
      ALTER TABLE sessions ADD COLUMN sealed_head TEXT;
    `,
    backfill: sealEndedSessions,
  },
  {
    version: 7,
    name: 'exams: exams, exam assessors and candidates; sessions gain timed_out, stopped and a deadline',
    rebuildsTables: true,
    // The rebuild starts from the sessions table as stored, so it keeps whatever other
    // migrations added to it (docs/architecture.md): only the CHECK on status changes.
    before: (db) => widenCheckedValues(db, 'sessions', 'status', ['timed_out', 'stopped']),
    sql: `
      -- An exam attempt ends 'finished' (submitted by its candidate), 'timed_out' (ended by the
      -- server at deadline + grace) or 'stopped' (by an assessor); all three are results.
      -- deadline_ms: epoch ms when an exam attempt's time is up, fixed at its first start and
      -- read by the deadline sweeper, so a restart changes no deadline. NULL for practice.
      ALTER TABLE sessions ADD COLUMN deadline_ms INTEGER;
      CREATE INDEX sessions_open_by_deadline ON sessions(deadline_ms) WHERE status = 'active' AND deadline_ms IS NOT NULL;
      CREATE TABLE exams (
        id                TEXT PRIMARY KEY,
        institution_id    TEXT NOT NULL REFERENCES institutions(id),
        scene_id          TEXT NOT NULL,
        title             TEXT NOT NULL,
        opens_ms          INTEGER NOT NULL,
        closes_ms         INTEGER NOT NULL,
        time_limit_ms     INTEGER NOT NULL CHECK (time_limit_ms > 0),
        judges            INTEGER NOT NULL CHECK (judges BETWEEN 1 AND 3),
        lead_assessor_id  TEXT NOT NULL REFERENCES users(id),
        created_ms        INTEGER NOT NULL,
        CHECK (opens_ms < closes_ms)
      );
      CREATE INDEX exams_institution ON exams(institution_id, opens_ms);
      CREATE TABLE exam_assessors (
        exam_id      TEXT NOT NULL REFERENCES exams(id),
        assessor_id  TEXT NOT NULL REFERENCES users(id),
        PRIMARY KEY (exam_id, assessor_id)
      );
      CREATE INDEX exam_assessors_by_assessor ON exam_assessors(assessor_id, exam_id);
      -- session_id: the candidate's one attempt, set once at the first start (UNIQUE: an
      -- attempt belongs to one candidate row). stop_*: who stopped it and why.
      CREATE TABLE exam_candidates (
        exam_id          TEXT NOT NULL REFERENCES exams(id),
        learner_id       TEXT NOT NULL REFERENCES users(id),
        session_id       TEXT UNIQUE REFERENCES sessions(id),
        stop_reason      TEXT,
        stopped_by       TEXT REFERENCES users(id),
        PRIMARY KEY (exam_id, learner_id)
      );
      CREATE INDEX exam_candidates_by_learner ON exam_candidates(learner_id, exam_id);
    `,
  },
  {
    version: 9,
    name: 'certificates: issued credentials and each institution\'s revocation status list',
    sql: `
      -- One Bitstring Status List per institution (PROTOCOL §8). url: its absolute URL, fixed
      -- when the list is made, so every entry and the served list agree. next_index: the next
      -- free bit. credential: the signed list as served, re-signed on every revocation.
      CREATE TABLE status_lists (
        id              TEXT PRIMARY KEY,
        institution_id  TEXT NOT NULL UNIQUE REFERENCES institutions(id),
        url             TEXT NOT NULL,
        length          INTEGER NOT NULL CHECK (length > 0),
        next_index      INTEGER NOT NULL DEFAULT 0,
        credential      TEXT
      );
      -- credential: the signed OpenBadgeCredential exactly as issued (its bytes are what the
      -- proof covers). holder_name / achievement: as printed, for lookup and lists.
      CREATE TABLE certificates (
        id                 TEXT PRIMARY KEY,
        number             TEXT NOT NULL,
        institution_id     TEXT NOT NULL REFERENCES institutions(id),
        learner_id         TEXT NOT NULL REFERENCES users(id),
        exam_id            TEXT NOT NULL,
        session_id         TEXT NOT NULL UNIQUE REFERENCES sessions(id),
        holder_name        TEXT NOT NULL,
        achievement        TEXT NOT NULL,
        credential         TEXT NOT NULL,
        issued_at          TEXT NOT NULL,
        status_list_id     TEXT NOT NULL REFERENCES status_lists(id),
        status_list_index  INTEGER NOT NULL,
        revoked_at         TEXT,
        revoke_reason      TEXT,
        revoked_by         TEXT REFERENCES users(id),
        UNIQUE (institution_id, number),
        UNIQUE (status_list_id, status_list_index)
      );
      CREATE INDEX certificates_learner ON certificates(learner_id, issued_at);
      CREATE INDEX certificates_institution ON certificates(institution_id, issued_at);
      CREATE INDEX certificates_number ON certificates(number);
    `,
  },
];

/** The schema version this build of VocaXR expects. */
export const latestSchemaVersion = migrations.reduce((max, m) => Math.max(max, m.version), 0);
