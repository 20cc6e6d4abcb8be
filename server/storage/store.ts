// The storage boundary: every read and write the server makes goes through this interface,
// so the embedded SQLite store and a later PostgreSQL store are interchangeable.
import type { ReviewStore } from './review';

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

/** A user with whether an admin disabled (soft-deleted) the account. */
export interface UserAccount extends User {
  disabled: boolean;
}

/** A new sign-in; only the SHA-256 hash of its refresh token is stored. */
export interface NewSignIn {
  id: string;
  userId: string;
  createdMs: number;
  expiresMs: number;
  refreshHash: string;
}

/** A live (not revoked, not expired) sign-in with its user as stored now: the caller's truth. */
export interface LiveSignIn {
  signInId: string;
  expiresMs: number;
  user: UserAccount;
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

export type SessionMode = 'practice' | 'exam';
/** `abandoned`: a practice attempt left idle, or discarded by its learner (docs/api.md). */
export type SessionStatus = 'active' | 'finished' | 'abandoned';

export interface NewSession {
  learnerId: string;
  sceneId: string;
  mode: SessionMode;
  examId: string | undefined;
  params: Record<string, unknown>;
  startedAtMs: number;
}

/** A session (one attempt) as stored; `no` is the store's compact key for its event log. */
export interface SessionRecord {
  no: number;
  id: string;
  learnerId: string;
  sceneId: string;
  mode: SessionMode;
  examId: string | undefined;
  params: Record<string, unknown>;
  status: SessionStatus;
  startedAt: string;
  startedAtMs: number;
  ackedSeq: number;
  /** When it ended: finished, or abandoned. */
  finishedAt: string | undefined;
  /** The ScoreReport as stored at the end (JSON), for finished and abandoned sessions. */
  result: unknown;
  /** The log's chain head sealed when it ended (PROTOCOL §9); undefined while active or never sealed. */
  sealedHead: string | undefined;
  /** Epoch ms of the last committed batch of events or the last socket letting go of it (the idle clock). */
  lastActivityMs: number;
}

/**
 * Consecutive events firstSeq..lastSeq of one session, as NDJSON: one `{"seq","t","type","data"}`
 * object per line, each line ending in a newline. The unit the log is written and read in.
 */
export interface EventRun {
  firstSeq: number;
  lastSeq: number;
  lines: string;
}

/** New runs of one session (none overlapping a stored seq), and its high-water mark once stored. */
export interface EventAppend {
  sessionNo: number;
  runs: readonly EventRun[];
  ackedSeq: number;
  /** Epoch ms of this batch: the session's last activity once stored. */
  atMs: number;
}

/** How an attempt ends: its end time and the report folded from its stored log. */
export interface SessionEnd {
  finishedAt: string;
  result: unknown;
  total: number;
  passed: boolean;
  /** The chain head of the stored log 1..ackedSeq, computed in the pass that folded `result`. */
  sealedHead: string;
}

export interface ResultSummary {
  sessionId: string;
  sceneId: string;
  mode: SessionMode;
  total: number;
  passed: boolean;
  finishedAt: string;
}

/** Review lists, aggregates and comments are in ReviewStore (./review.ts). */
export interface Store extends ReviewStore {
  /** True when no institution exists yet (a fresh database, ready for demo seeding). */
  isEmpty(): Promise<boolean>;
  /** Creates an institution with its classes and people in one transaction: all or nothing. */
  importRoster(roster: Roster): Promise<Institution>;
  getInstitutionOverview(institutionId: string): Promise<InstitutionOverview | undefined>;

  createUser(user: NewUser): Promise<User>;
  /** The user who may sign in with this username: a disabled user is not found. */
  findUserByUsername(username: string): Promise<UserRecord | undefined>;
  findUserById(id: string): Promise<User | undefined>;
  /** Sets a user's role; undefined when there is no such user. */
  setUserRole(userId: string, role: Role): Promise<UserAccount | undefined>;
  /** Disables (soft-deletes) or re-enables a user; undefined when there is no such user. */
  setUserDisabled(userId: string, disabled: boolean, atMs: number): Promise<UserAccount | undefined>;

  createSignIn(signIn: NewSignIn): Promise<void>;
  /** The sign-in if not revoked and not expired at `nowMs`, joined with its user (ONE query). */
  findLiveSignIn(signInId: string, nowMs: number): Promise<LiveSignIn | undefined>;
  /** The same, found by the SHA-256 hash of its refresh token. */
  findLiveSignInByRefreshHash(refreshHash: string, nowMs: number): Promise<LiveSignIn | undefined>;
  /** Revokes one sign-in; false when it was already revoked or unknown. */
  revokeSignIn(signInId: string, atMs: number): Promise<boolean>;
  /** Revokes every live sign-in of a user; how many. */
  revokeUserSignIns(userId: string, atMs: number): Promise<number>;

  /** Classes a teacher teaches, or every class of an institution. */
  listClasses(filter: { teacherId: string } | { institutionId: string }): Promise<ClassSummary[]>;
  listClassStudents(classId: string): Promise<User[]>;
  /** Whether `teacherId` teaches a class that `learnerId` is a student of. */
  teachesLearner(teacherId: string, learnerId: string): Promise<boolean>;

  createSession(session: NewSession): Promise<SessionRecord>;
  getSession(id: string): Promise<SessionRecord | undefined>;
  /**
   * Appends runs and raises each session's ackedSeq, all in ONE transaction: when it resolves,
   * everything is durably committed. Callers never pass a seq already stored (the ingest
   * dedupes against ackedSeq and the pending runs); a run starting at a stored first_seq is refused.
   */
  appendEvents(appends: readonly EventAppend[]): Promise<void>;
  /** Up to `limit` stored runs whose firstSeq is in (afterSeq, toSeq], in seq order. */
  readEventRuns(sessionNo: number, afterSeq: number, toSeq: number, limit: number): Promise<EventRun[]>;
  /** Marks an active session finished with its report; false if it was not active. */
  finishSession(sessionNo: number, finish: SessionEnd): Promise<boolean>;
  /** Marks an active session abandoned with the report of what it holds; false if it was not active. */
  abandonSession(sessionNo: number, end: SessionEnd): Promise<boolean>;
  /** How many of a learner's sessions of one scene and mode are active (the attempts budget). */
  countActiveSessions(learnerId: string, sceneId: string, mode: SessionMode): Promise<number>;
  /** Active practice sessions whose last activity is before `beforeMs`, longest idle first. */
  listIdlePracticeSessions(beforeMs: number, limit: number): Promise<SessionRecord[]>;
  /** Moves an active session's idle clock forward to `atMs` (a socket let go of it). */
  touchSession(sessionNo: number, atMs: number): Promise<void>;
  /** Finished attempts of a learner, newest first. */
  listResults(learnerId: string): Promise<ResultSummary[]>;

  close(): Promise<void>;
}

/** Raised for a uniqueness clash (a username taken, a class code reused). */
export class StoreConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreConflictError';
  }
}
