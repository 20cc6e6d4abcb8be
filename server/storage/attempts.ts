// Attempts: sessions and their event logs, written by the ingest and read back for reports and replays.

export type SessionMode = 'practice' | 'exam';
/**
 * `abandoned`: a practice attempt left idle, or discarded by its learner (docs/api.md).
 * `timed_out` / `stopped`: an exam attempt ended by the server at its deadline + grace, or by an
 * assessor. finished, timed_out and stopped are results; abandoned is not.
 */
export type SessionStatus = 'active' | 'finished' | 'abandoned' | 'timed_out' | 'stopped';
/** How an active session ends. */
export type SessionEndStatus = Exclude<SessionStatus, 'active'>;
/** The statuses that count as a result (profiles, progress, class views). */
export const resultStatuses = ['finished', 'timed_out', 'stopped'] as const satisfies readonly SessionEndStatus[];

export interface NewSession {
  learnerId: string;
  sceneId: string;
  mode: SessionMode;
  examId: string | undefined;
  params: Record<string, unknown>;
  startedAtMs: number;
  /** Exam attempts: epoch ms when the time is up. */
  deadlineMs?: number | undefined;
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
  /** Epoch ms of the last committed batch of events or the last socket letting go of it (the idle clock). */
  lastActivityMs: number;
  /** Exam attempts: epoch ms when the time is up (fixed at the start; docs/protocol.md §5). */
  deadlineMs: number | undefined;
  /** The log's chain head sealed when it ended (PROTOCOL §9); undefined while active or never sealed. */
  sealedHead: string | undefined;
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

export interface AttemptRepository {
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
  /** Ends an active session with `status` and its report; false if it was not active. */
  endSession(sessionNo: number, status: SessionEndStatus, end: SessionEnd): Promise<boolean>;
  /** How many of a learner's sessions of one scene and mode are active (the attempts budget). */
  countActiveSessions(learnerId: string, sceneId: string, mode: SessionMode): Promise<number>;
  /** Active practice sessions whose last activity is before `beforeMs`, longest idle first. */
  listIdlePracticeSessions(beforeMs: number, limit: number): Promise<SessionRecord[]>;
  /** Moves an active session's idle clock forward to `atMs` (a socket let go of it). */
  touchSession(sessionNo: number, atMs: number): Promise<void>;
  /** Ended attempts that count as results (finished, timed_out, stopped) of a learner, newest first. */
  listResults(learnerId: string): Promise<ResultSummary[]>;
}
