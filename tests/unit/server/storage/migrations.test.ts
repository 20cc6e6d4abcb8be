import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyMigrations, SchemaTooNewError, schemaVersion } from '../../../../server/storage/sqlite/applyMigrations';
import { latestSchemaVersion, migrations } from '../../../../server/storage/sqlite/migrations';
import { SqliteStore } from '../../../../server/storage/sqlite/SqliteStore';
import { openStore, StoreOpenError } from '../../../../server/storage/openStore';
import { StoreConflictError } from '../../../../server/storage/store';

describe('SQLite migrations', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'vocaxr-migrations-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('brings a fresh database to the latest version, once', () => {
    const db = new Database(join(dir, 'a.db'));
    expect(applyMigrations(db)).toEqual(migrations.map((m) => m.version));
    expect(schemaVersion(db)).toBe(latestSchemaVersion);
    expect(applyMigrations(db)).toEqual([]);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[];
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['institutions', 'users', 'classes', 'class_members', 'schema_migrations']));
    db.close();
  });

  it('applies only the pending migrations of an older database', () => {
    const db = new Database(join(dir, 'b.db'));
    const extra = { version: latestSchemaVersion + 1, name: 'test: notes', sql: 'CREATE TABLE notes (id TEXT PRIMARY KEY)' };
    applyMigrations(db);
    expect(applyMigrations(db, [...migrations, extra])).toEqual([extra.version]);
    expect(schemaVersion(db)).toBe(extra.version);
    db.close();
  });

  it('rolls a failing migration back whole', () => {
    const db = new Database(join(dir, 'c.db'));
    applyMigrations(db);
    const broken = { version: latestSchemaVersion + 1, name: 'broken', sql: 'CREATE TABLE half (id TEXT); SELECT * FROM no_such_table;' };
    expect(() => applyMigrations(db, [...migrations, broken])).toThrow();
    expect(schemaVersion(db)).toBe(latestSchemaVersion);
    expect(db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'half'").get()).toBeUndefined();
    db.close();
  });

  it('refuses a database written by a newer VocaXR', () => {
    const db = new Database(join(dir, 'd.db'));
    applyMigrations(db);
    db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(999, 'future', new Date().toISOString());
    expect(() => applyMigrations(db)).toThrow(SchemaTooNewError);
    db.close();
  });

  it('uses WAL and keeps data across reopen', async () => {
    const path = join(dir, 'e.db');
    const store = new SqliteStore(path);
    await store.directory.importRoster({
      institutionName: 'Trường A',
      classes: [{ code: 'K1', name: 'Lớp 1' }],
      users: [
        { username: 'gv', name: 'Giáo viên', role: 'teacher', passwordHash: 'h', classes: [{ code: 'K1', role: 'teacher' }] },
        { username: 'hv', name: 'Học viên', role: 'student', passwordHash: 'h', classes: [{ code: 'K1', role: 'student' }] },
      ],
    });
    await store.close();
    const reopened = new SqliteStore(path);
    const teacher = await reopened.directory.findUserByUsername('gv');
    const student = await reopened.directory.findUserByUsername('hv');
    expect(teacher?.role).toBe('teacher');
    expect(await reopened.directory.teachesLearner(teacher!.id, student!.id)).toBe(true);
    expect(await reopened.directory.teachesLearner(student!.id, teacher!.id)).toBe(false);
    expect((await reopened.directory.listClasses({ teacherId: teacher!.id }))[0]).toMatchObject({ code: 'K1', studentCount: 1, teacherNames: ['Giáo viên'] });
    await reopened.close();
    const raw = new Database(path);
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
  });

  it('imports a roster all or nothing', async () => {
    const store = new SqliteStore(join(dir, 'f.db'));
    const user = { name: 'X', role: 'student' as const, passwordHash: 'h', classes: [] };
    await expect(
      store.directory.importRoster({ institutionName: 'T', classes: [], users: [{ ...user, username: 'dup' }, { ...user, username: 'dup' }] }),
    ).rejects.toBeInstanceOf(StoreConflictError);
    expect(await store.directory.isEmpty()).toBe(true);
    await store.close();
  });
});

describe('openStore', () => {
  it('creates a missing data folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vocaxr-open-'));
    const store = openStore({ kind: 'sqlite', path: join(dir, 'nested', 'deeper', 'v.db') });
    expect(await store.directory.isEmpty()).toBe(true);
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('explains a path it cannot open', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vocaxr-open-'));
    writeFileSync(join(dir, 'a-file'), '');
    const underAFile = { kind: 'sqlite' as const, path: join(dir, 'a-file', 'sub', 'v.db') };
    expect(() => openStore(underAFile)).toThrow(StoreOpenError);
    expect(() => openStore(underAFile)).toThrow(/cannot open the SQLite database at .*a-file/);
    rmSync(dir, { recursive: true, force: true });
  });

  it('says PostgreSQL is not available yet', () => {
    expect(() => openStore({ kind: 'postgres', url: 'postgres://x/y' })).toThrow(/PostgreSQL/);
  });
});
