// The storage boundary: every read and write the server makes goes through this interface,
// so the embedded SQLite store and a later PostgreSQL store are interchangeable.

export const roles = ['student', 'teacher', 'assessor', 'admin'] as const;
export type Role = (typeof roles)[number];

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

export interface Store {
  /** True when no institution exists yet (a fresh database, ready for demo seeding). */
  isEmpty(): Promise<boolean>;
  /** Creates an institution with its classes and people in one transaction: all or nothing. */
  importRoster(roster: Roster): Promise<Institution>;
  getInstitutionOverview(institutionId: string): Promise<InstitutionOverview | undefined>;

  createUser(user: NewUser): Promise<User>;
  findUserByUsername(username: string): Promise<UserRecord | undefined>;
  findUserById(id: string): Promise<User | undefined>;

  /** Classes a teacher teaches, or every class of an institution. */
  listClasses(filter: { teacherId: string } | { institutionId: string }): Promise<ClassSummary[]>;
  listClassStudents(classId: string): Promise<User[]>;
  /** Whether `teacherId` teaches a class that `learnerId` is a student of. */
  teachesLearner(teacherId: string, learnerId: string): Promise<boolean>;

  close(): Promise<void>;
}

/** Raised for a uniqueness clash (a username taken, a class code reused). */
export class StoreConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreConflictError';
  }
}
