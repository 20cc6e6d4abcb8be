// The embedded store: one better-sqlite3 connection in WAL mode, shared by one repository per
// capability (the composition root: a new capability is one more line here). better-sqlite3 is
// synchronous, which suits SQLite (no network round trips); the async interfaces are kept so
// callers are ready for a networked store.
import Database from 'better-sqlite3';
import type { Store } from '../store';
import { applyMigrations } from './applyMigrations';
import { SqliteAttemptQueries } from './attemptQueries';
import { SqliteDirectoryQueries } from './directoryQueries';
import { SqliteExamQueries } from './examQueries';
import { SqliteCertificateQueries } from './certificateQueries';
import { SqliteReviewQueries } from './reviewQueries';
import { SqliteSignInQueries } from './signInQueries';

export class SqliteStore implements Store {
  private readonly db: Database.Database;
  readonly directory: SqliteDirectoryQueries;
  readonly signIns: SqliteSignInQueries;
  readonly attempts: SqliteAttemptQueries;
  readonly review: SqliteReviewQueries;
  readonly exams: SqliteExamQueries;
  readonly certificates: SqliteCertificateQueries;

  /** Opens (creating if needed) the database file and brings its schema up to date. */
  constructor(path: string) {
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    // NORMAL in WAL mode: a commit survives a crash of this process (it is in the WAL the
    // moment COMMIT returns); only an OS crash or power cut can roll back the last commits.
    this.db.pragma('synchronous = NORMAL');
    // Thousands of learners keep many pages hot. The WAL is checkpointed every 1000 pages
    // (SQLite's default): larger steps stall the ingest for longer (docs/benchmarks.md).
    this.db.pragma('cache_size = -65536');
    applyMigrations(this.db);
    this.directory = new SqliteDirectoryQueries(this.db);
    this.signIns = new SqliteSignInQueries(this.db);
    this.attempts = new SqliteAttemptQueries(this.db);
    this.review = new SqliteReviewQueries(this.db);
    this.exams = new SqliteExamQueries(this.db);
    this.certificates = new SqliteCertificateQueries(this.db);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
