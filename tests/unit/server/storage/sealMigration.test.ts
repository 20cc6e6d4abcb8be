// Migration 6 adds sessions.sealed_head and seals the sessions that ended before it from their
// stored logs (SQL cannot hash), so every ended session has a seal; active ones stay unsealed.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyMigrations } from '../../../../server/storage/sqlite/applyMigrations';
import { migrations } from '../../../../server/storage/sqlite/migrations';

describe('migration 6: sealed heads', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'vocaxr-v6-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('seals ended sessions over their log 1..acked_seq and leaves active ones unsealed', () => {
    const db = new Database(join(dir, 'a.db'));
    applyMigrations(db, migrations.filter((m) => m.version <= 5));
    const now = new Date().toISOString();
    db.prepare("INSERT INTO institutions VALUES ('i', 'T', ?)").run(now);
    db.prepare("INSERT INTO users (id, institution_id, username, name, role, password_hash, created_at) VALUES ('u', 'i', 'hv', 'HV', 'student', 'h', ?)").run(now);
    const insert = db.prepare(
      `INSERT INTO sessions (no, id, learner_id, scene_id, mode, params, status, started_at, started_ms, acked_seq, last_activity_ms)
        VALUES (?, ?, 'u', 'welding-bead', 'practice', '{}', ?, ?, 0, ?, 0)`,
    );
    insert.run(1, 's-ended', 'finished', now, 2);
    insert.run(2, 's-open', 'active', now, 1);
    // Seq 3 lies beyond acked_seq (after a gap): not part of the sealed log.
    db.prepare(`INSERT INTO event_runs VALUES (1, 1, 2, '{"seq":1}\n{"seq":2}\n'), (1, 4, 4, '{"seq":4}\n'), (2, 1, 1, '{"seq":1}\n')`).run();

    expect(applyMigrations(db)).toContain(6);
    const sha = (...parts: (Buffer | string)[]) => parts.reduce<ReturnType<typeof createHash>>((h, p) => h.update(p), createHash('sha256')).digest();
    const expected = sha(sha(sha('s-ended'), '{"seq":1}'), '{"seq":2}').toString('hex');
    expect(db.prepare('SELECT id, sealed_head AS head FROM sessions ORDER BY no').all()).toEqual([
      { id: 's-ended', head: expected },
      { id: 's-open', head: null },
    ]);
    db.close();
  });
});
