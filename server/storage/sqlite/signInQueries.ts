// The sign-in repository on SQLite: every authenticated request reads one sign-in
// joined with its user, so that read is one prepared statement on primary keys.
import type Database from 'better-sqlite3';
import type { Role, UserAccount } from '../directory';
import type { LiveSignIn, NewSignIn, SignInRepository } from '../signIns';

export interface LiveSignInRow {
  sign_in_id: string;
  expires_ms: number;
  id: string;
  institution_id: string;
  username: string;
  name: string;
  role: Role;
  disabled_at: string | null;
}

const liveSignInSelect = `
  SELECT s.id AS sign_in_id, s.expires_ms, u.id, u.institution_id, u.username, u.name, u.role, u.disabled_at
    FROM sign_ins s JOIN users u ON u.id = s.user_id
   WHERE s.revoked_ms IS NULL AND s.expires_ms > ?`;

export const toAccount = (row: Omit<LiveSignInRow, 'sign_in_id' | 'expires_ms'>): UserAccount => ({
  id: row.id,
  institutionId: row.institution_id,
  username: row.username,
  name: row.name,
  role: row.role,
  disabled: row.disabled_at !== null,
});

const toLiveSignIn = (row: LiveSignInRow | undefined): LiveSignIn | undefined =>
  row && { signInId: row.sign_in_id, expiresMs: row.expires_ms, user: toAccount(row) };

/** How long an expired sign-in is kept (for an operator looking into a recent sign-out). */
const expiredSignInKeptMs = 24 * 3600_000;

export class SqliteSignInQueries implements SignInRepository {
  private readonly byId: Database.Statement;
  private readonly byRefreshHash: Database.Statement;

  constructor(private readonly db: Database.Database) {
    this.byId = db.prepare(`${liveSignInSelect} AND s.id = ?`);
    this.byRefreshHash = db.prepare(`${liveSignInSelect} AND s.refresh_hash = ?`);
  }

  async createSignIn(signIn: NewSignIn): Promise<void> {
    // One row per login would grow without end: rows expired a day ago can never be used again.
    this.db.prepare('DELETE FROM sign_ins WHERE expires_ms < ?').run(signIn.createdMs - expiredSignInKeptMs);
    this.db
      .prepare('INSERT INTO sign_ins (id, user_id, created_ms, expires_ms, refresh_hash) VALUES (?, ?, ?, ?, ?)')
      .run(signIn.id, signIn.userId, signIn.createdMs, signIn.expiresMs, signIn.refreshHash);
  }

  async findLiveSignIn(signInId: string, nowMs: number): Promise<LiveSignIn | undefined> {
    return toLiveSignIn(this.byId.get(nowMs, signInId) as LiveSignInRow | undefined);
  }

  async findLiveSignInByRefreshHash(refreshHash: string, nowMs: number): Promise<LiveSignIn | undefined> {
    return toLiveSignIn(this.byRefreshHash.get(nowMs, refreshHash) as LiveSignInRow | undefined);
  }

  async revokeSignIn(signInId: string, atMs: number): Promise<boolean> {
    return this.db.prepare('UPDATE sign_ins SET revoked_ms = ? WHERE id = ? AND revoked_ms IS NULL').run(atMs, signInId).changes === 1;
  }

  async revokeUserSignIns(userId: string, atMs: number): Promise<number> {
    return this.db.prepare('UPDATE sign_ins SET revoked_ms = ? WHERE user_id = ? AND revoked_ms IS NULL').run(atMs, userId).changes;
  }
}
