// The directory: institutions, their classes and people, and who teaches whom. Account state
// (role, disabled) lives here too; sign-ins are in ./signIns.ts.
import type { Role } from '../../scenes/protocol/rest';

export { roles, type Role } from '../../scenes/protocol/rest';

export interface Institution {
  id: string;
  name: string;
}

export interface User {
  id: string;
  institutionId: string;
  username: string;
  name: string;
  role: Role;
}

/** A user as stored, with the password hash; never leaves the server. */
export interface UserRecord extends User {
  passwordHash: string;
}

/** A user with whether an admin disabled (soft-deleted) the account. */
export interface UserAccount extends User {
  disabled: boolean;
}

export interface SchoolClass {
  id: string;
  institutionId: string;
  code: string;
  name: string;
}

export interface ClassSummary extends SchoolClass {
  studentCount: number;
  teacherNames: string[];
}

export type ClassMemberRole = 'student' | 'teacher';

export interface NewUser {
  institutionId: string;
  username: string;
  name: string;
  role: Role;
  passwordHash: string;
}

/** An institution's directory as imported in one go (demo seeding, a college's roster). */
export interface Roster {
  institutionName: string;
  classes: { code: string; name: string }[];
  users: (Omit<NewUser, 'institutionId'> & { classes: { code: string; role: ClassMemberRole }[] })[];
}

export interface InstitutionOverview {
  institution: Institution;
  usersByRole: Record<Role, number>;
  classCount: number;
}

export interface DirectoryRepository {
  /** True when no institution exists yet (a fresh database, ready for demo seeding). */
  isEmpty(): Promise<boolean>;
  /** Creates an institution with its classes and people in one transaction: all or nothing. */
  importRoster(roster: Roster): Promise<Institution>;
  getInstitutionOverview(institutionId: string): Promise<InstitutionOverview | undefined>;

  createUser(user: NewUser): Promise<User>;
  /** The user who may sign in with this username: a disabled user is not found. */
  findUserByUsername(username: string): Promise<UserRecord | undefined>;
  findUserById(id: string): Promise<User | undefined>;
  /** The user with whether the account is disabled (an exam takes no disabled candidate or assessor). */
  findAccountById(id: string): Promise<UserAccount | undefined>;
  /** The enabled users of an institution with one role, by name (an exam's co-assessors are picked from these). */
  listUsersByRole(institutionId: string, role: Role): Promise<User[]>;
  /** Sets a user's role; undefined when there is no such user. */
  setUserRole(userId: string, role: Role): Promise<UserAccount | undefined>;
  /** Disables (soft-deletes) or re-enables a user; undefined when there is no such user. */
  setUserDisabled(userId: string, disabled: boolean, atMs: number): Promise<UserAccount | undefined>;

  /** Classes a teacher teaches, or every class of an institution. */
  listClasses(filter: { teacherId: string } | { institutionId: string }): Promise<ClassSummary[]>;
  listClassStudents(classId: string): Promise<User[]>;
  /** Whether `teacherId` teaches a class that `learnerId` is a student of. */
  teachesLearner(teacherId: string, learnerId: string): Promise<boolean>;
}
