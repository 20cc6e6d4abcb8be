// Migration 7 widens sessions.status (timed_out, stopped) by rebuilding the table from its schema
// AS STORED: a column and an index another migration added before it (here a stand-in for v6)
// survive with their data; rows, the event log and comments keep their references.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyMigrations, schemaVersion } from '../../../../server/storage/sqlite/applyMigrations';
import { migrations, type Migration } from '../../../../server/storage/sqlite/migrations';

/** Another branch's v6 as it might look: a column and an index on sessions. */
const otherV6: Migration = {
  version: 6,
  name: 'stand-in: a sealed head on sessions',
  sql: `ALTER TABLE sessions ADD COLUMN sealed_head TEXT; CREATE INDEX sessions_sealed ON sessions(sealed_head) WHERE sealed_head IS NOT NULL;`,
};

describe('migration 7: exams', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'vocaxr-v7-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function version6(): Database.Database {
    const db = new Database(join(dir, 'v6.db'));
    db.pragma('foreign_keys = ON');
    applyMigrations(db, [...migrations.filter((m) => m.version <= 5), otherV6]);
    const now = new Date().toISOString();
    db.prepare("INSERT INTO institutions VALUES ('i', 'T', ?)").run(now);
    db.prepare("INSERT INTO users (id, institution_id, username, name, role, password_hash, created_at) VALUES ('u', 'i', 'hv', 'HV', 'student', 'h', ?)").run(now);
    const insert = db.prepare(
      `INSERT INTO sessions (no, id, learner_id, scene_id, mode, params, status, started_at, started_ms, acked_seq, finished_at, result, total, passed, last_activity_ms, sealed_head)
       VALUES (?, ?, 'u', 'welding-bead', 'practice', '{}', ?, ?, ?, 1, ?, ?, ?, ?, ?, ?)`,
    );
    insert.run(1, 'open', 'active', now, 1_000, null, null, null, null, 1_000, null);
    insert.run(2, 'done', 'finished', now, 2_000, now, '{"total":80}', 80, 1, 2_000, 'abc');
    db.prepare(`INSERT INTO event_runs VALUES (1, 1, 1, '{"seq":1}\n'), (2, 1, 1, '{"seq":1}\n')`).run();
    db.prepare("INSERT INTO session_comments VALUES (2, 'tốt', 'u', ?)").run(now);
    return db;
  }

  it('keeps every row, column and index another migration added, and accepts the new statuses', () => {
    const db = version6();
    expect(applyMigrations(db, [...migrations.filter((m) => m.version <= 5), otherV6, ...migrations.filter((m) => m.version === 7)])).toEqual([7]);
    expect(schemaVersion(db)).toBe(7);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.prepare('SELECT no, id, status, total, sealed_head, deadline_ms FROM sessions ORDER BY no').all()).toEqual([
      { no: 1, id: 'open', status: 'active', total: null, sealed_head: null, deadline_ms: null },
      { no: 2, id: 'done', status: 'finished', total: 80, sealed_head: 'abc', deadline_ms: null },
    ]);
    expect(db.prepare('SELECT COUNT(*) AS n FROM event_runs').get()).toEqual({ n: 2 });
    expect(db.prepare('SELECT text FROM session_comments').get()).toEqual({ text: 'tốt' });
    for (const status of ['timed_out', 'stopped', 'abandoned']) db.prepare('UPDATE sessions SET status = ? WHERE no = 1').run(status);
    expect(() => db.prepare("UPDATE sessions SET status = 'lost' WHERE no = 1").run()).toThrow(/CHECK/);
    expect(() => db.prepare(`INSERT INTO event_runs VALUES (99, 1, 1, 'x')`).run()).toThrow(/FOREIGN KEY/);
    const indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'sessions' AND name NOT LIKE 'sqlite_%'").all();
    expect(indexes.map((i) => (i as { name: string }).name).sort()).toEqual([
      'sessions_learner',
      'sessions_learner_scene',
      'sessions_learner_started',
      'sessions_open_by_activity',
      'sessions_open_by_deadline',
      'sessions_sealed',
    ]);
    // A candidate's attempt must be a real session.
    db.prepare("INSERT INTO exams VALUES ('e', 'i', 'welding-bead', 'T', 1, 2, 60000, 1, 'u', 0)").run();
    expect(() => db.prepare("INSERT INTO exam_candidates (exam_id, learner_id, session_id) VALUES ('e', 'u', 'nope')").run()).toThrow(/FOREIGN KEY/);
    db.close();
  });

  it('applies in order after the current migrations on a fresh database', () => {
    const db = new Database(join(dir, 'fresh.db'));
    db.pragma('foreign_keys = ON');
    expect(applyMigrations(db)).toContain(7);
    expect(db.prepare("SELECT sql FROM sqlite_master WHERE name = 'sessions'").get()).toMatchObject({ sql: expect.stringContaining("'timed_out', 'stopped'") });
    db.close();
  });
});
