// Migration 4 rebuilds `sessions` (its status CHECK gains 'abandoned') under a live event log
// and comments: every row and reference survives, foreign keys still hold, and the idle clock
// of attempts open at the upgrade starts at the upgrade.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyMigrations, schemaVersion } from '../../../../server/storage/sqlite/applyMigrations';
import { migrations } from '../../../../server/storage/sqlite/migrations';

describe('migration 4: abandoned attempts', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'vocaxr-v4-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function version3(): Database.Database {
    const db = new Database(join(dir, 'v3.db'));
    db.pragma('foreign_keys = ON');
    applyMigrations(
      db,
      migrations.filter((m) => m.version <= 3),
    );
    const now = new Date().toISOString();
    db.prepare("INSERT INTO institutions VALUES ('i', 'T', ?)").run(now);
    db.prepare("INSERT INTO users VALUES ('u', 'i', 'hv', 'HV', 'student', 'h', ?)").run(now);
    const insert = db.prepare(
      `INSERT INTO sessions (no, id, learner_id, scene_id, mode, params, status, started_at, started_ms, acked_seq, finished_at, result, total, passed)
       VALUES (?, ?, 'u', 'welding-bead', 'practice', '{}', ?, ?, ?, 1, ?, ?, ?, ?)`,
    );
    insert.run(1, 'open', 'active', now, 1_000, null, null, null, null);
    insert.run(2, 'done', 'finished', now, 2_000, now, '{"total":80}', 80, 1);
    db.prepare(`INSERT INTO event_runs VALUES (1, 1, 1, '{"seq":1}\n'), (2, 1, 1, '{"seq":1}\n')`).run();
    db.prepare("INSERT INTO session_comments VALUES (2, 'tốt', 'u', ?)").run(now);
    return db;
  }

  it('keeps every session, event run and comment, and accepts the new status', () => {
    const db = version3();
    const before = Date.now();
    expect(applyMigrations(db, migrations.filter((m) => m.version <= 4))).toEqual([4]);
    expect(schemaVersion(db)).toBe(4);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const rows = db.prepare('SELECT no, id, status, total, last_activity_ms FROM sessions ORDER BY no').all() as {
      no: number;
      id: string;
      status: string;
      total: number | null;
      last_activity_ms: number;
    }[];
    expect(rows.map((r) => [r.no, r.id, r.status, r.total])).toEqual([
      [1, 'open', 'active', null],
      [2, 'done', 'finished', 80],
    ]);
    expect(rows[0]!.last_activity_ms).toBeGreaterThanOrEqual(before - 1_000);
    expect(rows[1]!.last_activity_ms).toBe(2_000);
    expect(db.prepare('SELECT COUNT(*) AS n FROM event_runs').get()).toEqual({ n: 2 });
    expect(db.prepare('SELECT text FROM session_comments').get()).toEqual({ text: 'tốt' });
    db.prepare("UPDATE sessions SET status = 'abandoned' WHERE no = 1").run();
    expect(() => db.prepare("UPDATE sessions SET status = 'lost' WHERE no = 1").run()).toThrow(/CHECK/);
    // The log still refers to sessions: a run of no session is refused.
    expect(() => db.prepare(`INSERT INTO event_runs VALUES (99, 1, 1, 'x')`).run()).toThrow(/FOREIGN KEY/);
    const indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'sessions' AND name NOT LIKE 'sqlite_%'").all();
    expect(indexes.map((i) => (i as { name: string }).name).sort()).toEqual([
      'sessions_learner',
      'sessions_learner_scene',
      'sessions_learner_started',
      'sessions_open_by_activity',
    ]);
    db.close();
  });
});
