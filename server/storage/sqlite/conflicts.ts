// Turns SQLite's uniqueness failures into a StoreConflictError the HTTP layer maps to 409.
import Database from 'better-sqlite3';
import { StoreConflictError } from '../store';

export function withConflicts<T>(write: () => T): T {
  try {
    return write();
  } catch (error) {
    if (error instanceof Database.SqliteError && error.code.startsWith('SQLITE_CONSTRAINT_UNIQUE')) {
      throw new StoreConflictError(error.message);
    }
    throw error;
  }
}
