// Migration 8 (marking) and the SQLite marking repository: marks only 0..3 and only for an exam's
// candidates, a change row per changed mark, sign-off decided and locked in one transaction.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyMigrations, schemaVersion } from '../../../../server/storage/sqlite/applyMigrations';
import { SqliteMarkingQueries } from '../../../../server/storage/sqlite/markingQueries';
import { migrations } from '../../../../server/storage/sqlite/migrations';

describe('migration 8: marking', () => {
  let dir: string;
  let db: Database.Database;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'vocaxr-v8-'));
    db = new Database(join(dir, 'v8.db'));
    db.pragma('foreign_keys = ON');
    applyMigrations(db, migrations.filter((m) => m.version <= 7));
    const now = new Date().toISOString();
    db.prepare("INSERT INTO institutions VALUES ('i', 'T', ?)").run(now);
    const user = db.prepare("INSERT INTO users (id, institution_id, username, name, role, password_hash, created_at) VALUES (?, 'i', ?, ?, ?, 'h', ?)");
    user.run('s', 'hv', 'Học viên', 'student', now);
    user.run('a', 'gk', 'Giám khảo', 'assessor', now);
    db.prepare("INSERT INTO exams VALUES ('e', 'i', 'welding-bead', 'Thi', 0, 10, 5, 1, 'a', 0)").run();
    db.prepare("INSERT INTO exam_assessors VALUES ('e', 'a')").run();
    db.prepare("INSERT INTO exam_candidates (exam_id, learner_id) VALUES ('e', 's')").run();
    expect(applyMigrations(db)).toEqual(migrations.filter((m) => m.version >= 8).map((m) => m.version));
  });
  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps marks to 0..3 and to the candidates of an exam', () => {
    expect(schemaVersion(db)).toBeGreaterThanOrEqual(8);
    const insert = db.prepare("INSERT INTO exam_marks VALUES ('e', ?, 'a', 'bead-appearance', ?, NULL, 0)");
    expect(() => insert.run('s', 4)).toThrow(/CHECK/);
    expect(() => insert.run('nobody', 2)).toThrow(/FOREIGN KEY/);
    insert.run('s', 3);
  });

  it('writes a change row only for a mark that changed, and refuses marks once signed off', async () => {
    const marking = new SqliteMarkingQueries(db);
    const put = (marks: Record<string, number>, atMs: number, note?: string) => marking.putMarks({ examId: 'e', learnerId: 's', assessorId: 'a', marks, note, atMs });
    expect(await put({ 'bead-appearance': 1, 'work-practice': 2 }, 1)).toBe('ok');
    expect(await put({ 'bead-appearance': 2, 'work-practice': 2 }, 2, 'nhìn lại')).toBe('ok');
    expect((await marking.listMarkChanges('e', 's')).map((c) => [c.assessorName, c.aspectId, c.from, c.to, c.note, c.atMs])).toEqual([
      ['Giám khảo', 'bead-appearance', undefined, 1, undefined, 1],
      ['Giám khảo', 'work-practice', undefined, 2, undefined, 1],
      ['Giám khảo', 'bead-appearance', 1, 2, 'nhìn lại', 2],
    ]);
    expect((await marking.listMarks('e', 's')).map((m) => [m.aspectId, m.mark])).toEqual([
      ['bead-appearance', 2],
      ['work-practice', 2],
    ]);

    expect(await marking.signOff({ examId: 'e', learnerId: 's', signedBy: 'a', signedMs: 3 }, () => ({ ok: false, reason: 'not yet' }))).toEqual({ ok: false, reason: 'not yet' });
    const seen: number[] = [];
    const signed = await marking.signOff({ examId: 'e', learnerId: 's', signedBy: 'a', signedMs: 4 }, (marks) => {
      seen.push(...marks.map((m) => m.mark));
      return { ok: true, final: 80.5, passed: true };
    });
    expect(seen).toEqual([2, 2]);
    expect(signed).toEqual({ ok: true, signOff: { examId: 'e', learnerId: 's', signedBy: 'a', signedMs: 4, final: 80.5, passed: true, locked: true, certificateId: undefined } });
    expect(await put({ 'bead-appearance': 0 }, 5)).toBe('signed_off');
    expect((await marking.listMarks('e', 's'))[0]!.mark).toBe(2);
    expect(await marking.signOff({ examId: 'e', learnerId: 's', signedBy: 'a', signedMs: 6 }, () => ({ ok: true, final: 0, passed: false }))).toMatchObject({
      ok: false,
      already: { final: 80.5 },
    });
  });
});
