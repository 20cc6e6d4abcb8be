// Brings a SQLite database's schema to the latest version, one transaction per migration.
import type Database from 'better-sqlite3';
import { latestSchemaVersion, migrations, type Migration } from './migrations';

export class SchemaTooNewError extends Error {
  constructor(found: number) {
    super(
      `the database has schema version ${found}, newer than this VocaXR build knows (${latestSchemaVersion}); ` +
        'upgrade VocaXR or point DATABASE_URL at another database',
    );
    this.name = 'SchemaTooNewError';
  }
}

/** Applies every pending migration; returns the versions it applied. */
export function applyMigrations(db: Database.Database, all: readonly Migration[] = migrations): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const current = (db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number | null }).v ?? 0;
  const latest = all.reduce((max, m) => Math.max(max, m.version), 0);
  if (current > latest) throw new SchemaTooNewError(current);

  const applied: number[] = [];
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (const migration of [...all].sort((a, b) => a.version - b.version)) {
    if (migration.version <= current) continue;
    const foreignKeys = migration.rebuildsTables === true && (db.pragma('foreign_keys', { simple: true }) as number) === 1;
    // PRAGMA foreign_keys is a no-op inside a transaction: switched off before it, on after it.
    if (foreignKeys) db.pragma('foreign_keys = OFF');
    try {
      db.transaction(() => {
        migration.before?.(db);
        db.exec(migration.sql);
        migration.backfill?.(db);
        if (migration.rebuildsTables) {
          const broken = db.pragma('foreign_key_check') as unknown[];
          if (broken.length > 0) throw new Error(`migration ${migration.version} leaves ${broken.length} broken foreign key(s)`);
        }
        record.run(migration.version, migration.name, new Date().toISOString());
      })();
    } finally {
      if (foreignKeys) db.pragma('foreign_keys = ON');
    }
    applied.push(migration.version);
  }
  return applied;
}

export function schemaVersion(db: Database.Database): number {
  return (db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number | null }).v ?? 0;
}
