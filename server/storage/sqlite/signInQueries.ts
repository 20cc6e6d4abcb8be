// Sign-ins and account state for the SQLite store: every authenticated request reads one sign-in
// joined with its user, so that read is one prepared statement on primary keys.
import type Database from 'better-sqlite3';
import type { LiveSignIn, NewSignIn, Role, UserAccount } from '../store';

interface LiveSignInRow {
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

const toAccount = (row: Omit<LiveSignInRow, 'sign_in_id' | 'expires_ms'>): UserAccount => ({
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

export class SqliteSignInQueries {
  private readonly byId: Database.Statement;
  private readonly byRefreshHash: Database.Statement;
  private readonly account: Database.Statement;

  constructor(private readonly db: Database.Database) {
    this.byId = db.prepare(`${liveSignInSelect} AND s.id = ?`);
    this.byRefreshHash = db.prepare(`${liveSignInSelect} AND s.refresh_hash = ?`);
    this.account = db.prepare('SELECT id, institution_id, username, name, role, disabled_at FROM users WHERE id = ?');
  }

  createSignIn(signIn: NewSignIn): void {
    // One row per login would grow without end: rows expired a day ago can never be used again.
    this.db.prepare('DELETE FROM sign_ins WHERE expires_ms < ?').run(signIn.createdMs - expiredSignInKeptMs);
    this.db
      .prepare('INSERT INTO sign_ins (id, user_id, created_ms, expires_ms, refresh_hash) VALUES (?, ?, ?, ?, ?)')
      .run(signIn.id, signIn.userId, signIn.createdMs, signIn.expiresMs, signIn.refreshHash);
  }

  findLiveSignIn(signInId: string, nowMs: number): LiveSignIn | undefined {
    return toLiveSignIn(this.byId.get(nowMs, signInId) as LiveSignInRow | undefined);
  }

  findLiveSignInByRefreshHash(refreshHash: string, nowMs: number): LiveSignIn | undefined {
    return toLiveSignIn(this.byRefreshHash.get(nowMs, refreshHash) as LiveSignInRow | undefined);
  }

  revokeSignIn(signInId: string, atMs: number): boolean {
    return this.db.prepare('UPDATE sign_ins SET revoked_ms = ? WHERE id = ? AND revoked_ms IS NULL').run(atMs, signInId).changes === 1;
  }

  revokeUserSignIns(userId: string, atMs: number): number {
    return this.db.prepare('UPDATE sign_ins SET revoked_ms = ? WHERE user_id = ? AND revoked_ms IS NULL').run(atMs, userId).changes;
  }

  setUserRole(userId: string, role: Role): UserAccount | undefined {
    this.db.prepare('UPDATE users SET role = ? WHERE id = ?').run(role, userId);
    return this.findAccount(userId);
  }

  setUserDisabled(userId: string, disabled: boolean, atMs: number): UserAccount | undefined {
    // COALESCE keeps the first disabling time when an admin disables an already disabled user.
    this.db
      .prepare('UPDATE users SET disabled_at = CASE WHEN ? THEN COALESCE(disabled_at, ?) ELSE NULL END WHERE id = ?')
      .run(disabled ? 1 : 0, new Date(atMs).toISOString(), userId);
    return this.findAccount(userId);
  }

  private findAccount(userId: string): UserAccount | undefined {
    const row = this.account.get(userId) as Omit<LiveSignInRow, 'sign_in_id' | 'expires_ms'> | undefined;
    return row && toAccount(row);
  }
}
