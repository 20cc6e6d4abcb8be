// Opens the store that DATABASE_URL names, creating the SQLite folder when it is missing;
// the folder it creates and the database files are this account's only (privateFiles.ts).
import { dirname, resolve } from 'node:path';
import type { DatabaseLocation } from '../config';
import type { Store } from './store';
import { SqliteStore } from './sqlite/SqliteStore';
import { ensurePrivateFolder, keepPrivate, sqliteCompanions, touchPrivate } from './privateFiles';

export class StoreOpenError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreOpenError';
  }
}

export function openStore(location: DatabaseLocation): Store {
  if (location.kind === 'postgres') {
    throw new StoreOpenError(
      'DATABASE_URL: PostgreSQL storage is planned but not in this version yet; use sqlite:<path> (the embedded default)',
    );
  }
  const path = location.path === ':memory:' ? ':memory:' : resolve(location.path);
  try {
    if (path === ':memory:') return new SqliteStore(path);
    ensurePrivateFolder(dirname(path));
    touchPrivate(path);
    sqliteCompanions(path).forEach(keepPrivate);
    const store = new SqliteStore(path);
    // WAL mode made -wal and -shm just now, with the database file's (now 0600) mode; make sure.
    sqliteCompanions(path).forEach(keepPrivate);
    return store;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new StoreOpenError(`DATABASE_URL: cannot open the SQLite database at ${path}: ${reason}`, { cause: error });
  }
}
