// The directory repository on SQLite: institutions, classes, people and account state.
import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type {
  ClassSummary,
  DirectoryRepository,
  Institution,
  InstitutionOverview,
  NewUser,
  Role,
  Roster,
  User,
  UserAccount,
  UserRecord,
} from '../directory';
import { roles } from '../directory';
import { withConflicts } from './conflicts';
import { toAccount, type LiveSignInRow } from './signInQueries';

interface UserRow {
  id: string;
  institution_id: string;
  username: string;
  name: string;
  role: Role;
  password_hash: string;
}

const toUser = (row: UserRow): User => ({
  id: row.id,
  institutionId: row.institution_id,
  username: row.username,
  name: row.name,
  role: row.role,
});

export class SqliteDirectoryQueries implements DirectoryRepository {
  private readonly account: Database.Statement;

  constructor(private readonly db: Database.Database) {
    this.account = db.prepare('SELECT id, institution_id, username, name, role, disabled_at FROM users WHERE id = ?');
  }

  async isEmpty(): Promise<boolean> {
    return this.db.prepare('SELECT 1 FROM institutions LIMIT 1').get() === undefined;
  }

  async importRoster(roster: Roster): Promise<Institution> {
    const now = new Date().toISOString();
    const run = this.db.transaction((): Institution => {
      const institution = { id: randomUUID(), name: roster.institutionName };
      this.db.prepare('INSERT INTO institutions (id, name, created_at) VALUES (?, ?, ?)').run(institution.id, institution.name, now);
      const classIds = new Map<string, string>();
      const insertClass = this.db.prepare('INSERT INTO classes (id, institution_id, code, name, created_at) VALUES (?, ?, ?, ?, ?)');
      for (const c of roster.classes) {
        const id = randomUUID();
        insertClass.run(id, institution.id, c.code, c.name, now);
        classIds.set(c.code, id);
      }
      const insertMember = this.db.prepare('INSERT INTO class_members (class_id, user_id, role) VALUES (?, ?, ?)');
      for (const u of roster.users) {
        const user = this.insertUser({ ...u, institutionId: institution.id }, now);
        for (const membership of u.classes) {
          const classId = classIds.get(membership.code);
          if (!classId) throw new Error(`roster names unknown class "${membership.code}" for ${u.username}`);
          insertMember.run(classId, user.id, membership.role);
        }
      }
      return institution;
    });
    return withConflicts(run);
  }

  async getInstitutionOverview(institutionId: string): Promise<InstitutionOverview | undefined> {
    const institution = this.db.prepare('SELECT id, name FROM institutions WHERE id = ?').get(institutionId) as Institution | undefined;
    if (!institution) return undefined;
    const usersByRole = Object.fromEntries(roles.map((r) => [r, 0])) as Record<Role, number>;
    const counts = this.db
      .prepare('SELECT role, COUNT(*) AS n FROM users WHERE institution_id = ? GROUP BY role')
      .all(institutionId) as { role: Role; n: number }[];
    for (const { role, n } of counts) usersByRole[role] = n;
    const { n: classCount } = this.db.prepare('SELECT COUNT(*) AS n FROM classes WHERE institution_id = ?').get(institutionId) as { n: number };
    return { institution, usersByRole, classCount };
  }

  async createUser(user: NewUser): Promise<User> {
    return withConflicts(() => this.insertUser(user, new Date().toISOString()));
  }

  async findUserByUsername(username: string): Promise<UserRecord | undefined> {
    // A disabled (soft-deleted) user is not found, so cannot sign in.
    const row = this.db.prepare('SELECT * FROM users WHERE username = ? AND disabled_at IS NULL').get(username) as UserRow | undefined;
    return row && { ...toUser(row), passwordHash: row.password_hash };
  }

  async findUserById(id: string): Promise<User | undefined> {
    const row = this.db.prepare('SELECT * FROM users WHERE id = ?').get(id) as UserRow | undefined;
    return row && toUser(row);
  }

  async listUsersByRole(institutionId: string, role: Role): Promise<User[]> {
    const rows = this.db
      .prepare('SELECT * FROM users WHERE institution_id = ? AND role = ? AND disabled_at IS NULL ORDER BY name, id')
      .all(institutionId, role) as UserRow[];
    return rows.map(toUser);
  }

  async listClasses(filter: { teacherId: string } | { institutionId: string }): Promise<ClassSummary[]> {
    const where =
      'teacherId' in filter
        ? 'c.id IN (SELECT class_id FROM class_members WHERE user_id = ? AND role = \'teacher\')'
        : 'c.institution_id = ?';
    const rows = this.db
      .prepare(
        `SELECT c.id, c.institution_id, c.code, c.name,
                (SELECT COUNT(*) FROM class_members m WHERE m.class_id = c.id AND m.role = 'student') AS student_count,
                (SELECT group_concat(u.name, char(31)) FROM class_members m JOIN users u ON u.id = m.user_id
                  WHERE m.class_id = c.id AND m.role = 'teacher') AS teacher_names
           FROM classes c WHERE ${where} ORDER BY c.code`,
      )
      .all('teacherId' in filter ? filter.teacherId : filter.institutionId) as {
      id: string;
      institution_id: string;
      code: string;
      name: string;
      student_count: number;
      teacher_names: string | null;
    }[];
    return rows.map((r) => ({
      id: r.id,
      institutionId: r.institution_id,
      code: r.code,
      name: r.name,
      studentCount: r.student_count,
      teacherNames: r.teacher_names ? r.teacher_names.split('\u001f').sort() : [],
    }));
  }

  async listClassStudents(classId: string): Promise<User[]> {
    const rows = this.db
      .prepare(
        `SELECT u.* FROM class_members m JOIN users u ON u.id = m.user_id
          WHERE m.class_id = ? AND m.role = 'student' ORDER BY u.name`,
      )
      .all(classId) as UserRow[];
    return rows.map(toUser);
  }

  async teachesLearner(teacherId: string, learnerId: string): Promise<boolean> {
    const row = this.db
      .prepare(
        `SELECT 1 FROM class_members t JOIN class_members s ON s.class_id = t.class_id
          WHERE t.user_id = ? AND t.role = 'teacher' AND s.user_id = ? AND s.role = 'student' LIMIT 1`,
      )
      .get(teacherId, learnerId);
    return row !== undefined;
  }

  async setUserRole(userId: string, role: Role): Promise<UserAccount | undefined> {
    this.db.prepare('UPDATE users SET role = ? WHERE id = ?').run(role, userId);
    return this.findAccount(userId);
  }

  async setUserDisabled(userId: string, disabled: boolean, atMs: number): Promise<UserAccount | undefined> {
    // COALESCE keeps the first disabling time when an admin disables an already disabled user.
    this.db
      .prepare('UPDATE users SET disabled_at = CASE WHEN ? THEN COALESCE(disabled_at, ?) ELSE NULL END WHERE id = ?')
      .run(disabled ? 1 : 0, new Date(atMs).toISOString(), userId);
    return this.findAccount(userId);
  }

  async findAccountById(id: string): Promise<UserAccount | undefined> {
    return this.findAccount(id);
  }

  private findAccount(userId: string): UserAccount | undefined {
    const row = this.account.get(userId) as Omit<LiveSignInRow, 'sign_in_id' | 'expires_ms'> | undefined;
    return row && toAccount(row);
  }

  private insertUser(user: NewUser, now: string): User {
    const id = randomUUID();
    this.db
      .prepare('INSERT INTO users (id, institution_id, username, name, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(id, user.institutionId, user.username, user.name, user.role, user.passwordHash, now);
    return { id, institutionId: user.institutionId, username: user.username, name: user.name, role: user.role };
  }
}
