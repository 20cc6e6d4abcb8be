// Migration 5 adds revocable sign-ins and soft-deleted users to a database in use: existing users
// stay enabled and can sign in; a disabled one cannot; a sign-in is found only while live.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyMigrations, schemaVersion } from '../../../../server/storage/sqlite/applyMigrations';
import { migrations } from '../../../../server/storage/sqlite/migrations';
import { SqliteStore } from '../../../../server/storage/sqlite/SqliteStore';

describe('migration 5: sign-ins and disabled users', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'vocaxr-v5-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function version4(path: string): void {
    const db = new Database(path);
    applyMigrations(
      db,
      migrations.filter((m) => m.version <= 4),
    );
    const now = new Date().toISOString();
    db.prepare("INSERT INTO institutions VALUES ('i', 'T', ?)").run(now);
    db.prepare("INSERT INTO users VALUES ('u', 'i', 'hv', 'HV', 'student', 'h', ?)").run(now);
    db.prepare("INSERT INTO users VALUES ('a', 'i', 'qt', 'QT', 'admin', 'h', ?)").run(now);
    db.close();
  }

  it('keeps existing users enabled and adds the sign_ins table', () => {
    const path = join(dir, 'a.db');
    version4(path);
    const db = new Database(path);
    expect(applyMigrations(db, migrations.filter((m) => m.version <= 5))).toEqual([5]);
    expect(schemaVersion(db)).toBe(5);
    expect(db.prepare('SELECT COUNT(*) AS n FROM users WHERE disabled_at IS NULL').get()).toEqual({ n: 2 });
    const columns = (db.prepare('PRAGMA table_info(sign_ins)').all() as { name: string }[]).map((c) => c.name);
    expect(columns).toEqual(['id', 'user_id', 'created_ms', 'expires_ms', 'revoked_ms', 'refresh_hash']);
    db.close();
  });

  it('finds a sign-in with its user only while live, and a disabled user cannot sign in', async () => {
    const path = join(dir, 'b.db');
    version4(path);
    const store = new SqliteStore(path);
    try {
      await store.signIns.createSignIn({ id: 's1', userId: 'u', createdMs: 1_000, expiresMs: 10_000, refreshHash: 'h1' });
      await store.signIns.createSignIn({ id: 's2', userId: 'u', createdMs: 1_000, expiresMs: 10_000, refreshHash: 'h2' });
      expect(await store.signIns.findLiveSignIn('s1', 5_000)).toEqual({
        signInId: 's1',
        expiresMs: 10_000,
        user: { id: 'u', institutionId: 'i', username: 'hv', name: 'HV', role: 'student', disabled: false },
      });
      expect(await store.signIns.findLiveSignIn('s1', 10_000)).toBeUndefined(); // expired
      expect((await store.signIns.findLiveSignInByRefreshHash('h2', 5_000))?.signInId).toBe('s2');

      expect((await store.directory.setUserRole('u', 'teacher'))?.role).toBe('teacher');
      expect((await store.signIns.findLiveSignIn('s1', 5_000))?.user.role).toBe('teacher');

      expect(await store.signIns.revokeSignIn('s1', 2_000)).toBe(true);
      expect(await store.signIns.revokeSignIn('s1', 2_000)).toBe(false);
      expect(await store.signIns.findLiveSignIn('s1', 5_000)).toBeUndefined();

      expect((await store.directory.setUserDisabled('u', true, 3_000))?.disabled).toBe(true);
      expect((await store.signIns.findLiveSignIn('s2', 5_000))?.user.disabled).toBe(true);
      expect(await store.directory.findUserByUsername('hv')).toBeUndefined();
      expect(await store.signIns.revokeUserSignIns('u', 3_000)).toBe(1);
      expect(await store.signIns.findLiveSignInByRefreshHash('h2', 5_000)).toBeUndefined();

      expect((await store.directory.setUserDisabled('u', false, 4_000))?.disabled).toBe(false);
      expect((await store.directory.findUserByUsername('hv'))?.id).toBe('u');
      expect(await store.directory.setUserRole('nobody', 'admin')).toBeUndefined();

      // A new sign-in prunes those expired more than a day before it.
      await store.signIns.createSignIn({ id: 's3', userId: 'u', createdMs: 10_000 + 24 * 3600_000 + 1, expiresMs: 9e12, refreshHash: 'h3' });
      const db = new Database(path, { readonly: true });
      expect(db.prepare('SELECT id FROM sign_ins ORDER BY id').all()).toEqual([{ id: 's3' }]);
      db.close();
    } finally {
      await store.close();
    }
  });
});
