// The create-exam form without React: its defaults, the checks that mirror createExamSchema
// (scenes/protocol/exams.ts) and the server's rules, the request it sends, and which field a
// server `invalid` names. Times are typed in Vietnam time (UTC+07:00, the institution's clock).
import { examLimits, type CreateExamRequest } from '../../../scenes/protocol/exams';

export type TimeUnit = 'minutes' | 'seconds';

export interface ExamDraft {
  sceneId: string;
  title: string;
  /** In the order they were picked. */
  candidateIds: string[];
  /** Besides the creator, who always leads. */
  coAssessorIds: string[];
  /** ISO days (YYYY-MM-DD) from DateField; undefined when empty or unreadable. */
  opensDay: string | undefined;
  opensTime: string;
  closesDay: string | undefined;
  closesTime: string;
  /** As typed: a number of `timeUnit`. */
  timeLimit: string;
  timeUnit: TimeUnit;
  judges: number;
}

export type ExamField = 'sceneId' | 'title' | 'candidateIds' | 'assessorIds' | 'opensAt' | 'closesAt' | 'timeLimitMs' | 'judges';
export const examFields: readonly ExamField[] = ['sceneId', 'title', 'candidateIds', 'assessorIds', 'opensAt', 'closesAt', 'timeLimitMs', 'judges'];

/** An i18n key under `examAssessor.problems.` with its values. */
export interface FieldProblem {
  key: string;
  values?: Record<string, number>;
}
export type FieldProblems = Partial<Record<ExamField, FieldProblem>>;

const vietnamOffsetMs = 7 * 3_600_000;
const fiveMinutesMs = 5 * 60_000;
const unitMs: Record<TimeUnit, number> = { minutes: 60_000, seconds: 1_000 };
/** No time limit in the scene catalogue yet: half an hour suits one practical task. */
export const defaultTimeLimitMinutes = 30;
export const defaultWindowMs = 2 * 3_600_000;

/** An instant as Vietnam's calendar day and clock time ("2026-11-30", "14:05"). */
export function vietnamParts(ms: number): { day: string; time: string } {
  const iso = new Date(ms + vietnamOffsetMs).toISOString();
  return { day: iso.slice(0, 10), time: iso.slice(11, 16) };
}

/** A typed clock time as "HH:mm": "9:05", "09.05", "9h05", "0905"; undefined when it is no time of day. */
export function parseTimeInput(text: string): string | undefined {
  const match = /^(\d{1,2})\s*[:.hH]\s*(\d{2})$/.exec(text.trim()) ?? /^(\d{2})(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return undefined;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** A Vietnam day and typed time as epoch ms; undefined when either cannot be read. */
export function vietnamInstant(day: string | undefined, time: string): number | undefined {
  const clock = parseTimeInput(time);
  if (!day || !clock) return undefined;
  const ms = Date.parse(`${day}T${clock}:00+07:00`);
  return Number.isNaN(ms) ? undefined : ms;
}

/** Opens at `nowMs` rounded up to the next 5 minutes, closes 2 h later, 30 minutes, one judge. */
export function defaultDraft(nowMs: number, sceneId = ''): ExamDraft {
  const opensMs = Math.ceil(nowMs / fiveMinutesMs) * fiveMinutesMs;
  const opens = vietnamParts(opensMs);
  const closes = vietnamParts(opensMs + defaultWindowMs);
  return {
    sceneId,
    title: '',
    candidateIds: [],
    coAssessorIds: [],
    opensDay: opens.day,
    opensTime: opens.time,
    closesDay: closes.day,
    closesTime: closes.time,
    timeLimit: String(defaultTimeLimitMinutes),
    timeUnit: 'minutes',
    judges: 1,
  };
}

/** "Open now": the current minute (up to a minute in the past, which the server accepts). */
export function opensNow(draft: ExamDraft, nowMs: number): ExamDraft {
  const now = vietnamParts(nowMs);
  return { ...draft, opensDay: now.day, opensTime: now.time };
}

/** The typed time limit in ms; undefined when it is not a positive number. */
export function timeLimitMs(draft: Pick<ExamDraft, 'timeLimit' | 'timeUnit'>): number | undefined {
  const text = draft.timeLimit.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(text)) return undefined;
  return Math.round(Number(text) * unitMs[draft.timeUnit]);
}

function checkWindow(draft: ExamDraft, nowMs: number, problems: FieldProblems): { opensMs?: number; closesMs?: number } {
  const opensMs = vietnamInstant(draft.opensDay, draft.opensTime);
  const closesMs = vietnamInstant(draft.closesDay, draft.closesTime);
  if (opensMs === undefined) problems.opensAt = { key: draft.opensDay ? 'badTime' : 'badDay' };
  if (closesMs === undefined) problems.closesAt = { key: draft.closesDay ? 'badTime' : 'badDay' };
  else if (opensMs !== undefined && closesMs <= opensMs) problems.closesAt = { key: 'closesBeforeOpens' };
  else if (closesMs <= nowMs) problems.closesAt = { key: 'closesPast' };
  return { ...(opensMs !== undefined ? { opensMs } : {}), ...(closesMs !== undefined ? { closesMs } : {}) };
}

/** Every problem of the draft, by field, and the request when there is none. */
export function checkDraft(draft: ExamDraft, nowMs: number): { problems: FieldProblems; request?: CreateExamRequest } {
  const problems: FieldProblems = {};
  if (!draft.sceneId) problems.sceneId = { key: 'sceneRequired' };
  const title = draft.title.trim();
  if (!title) problems.title = { key: 'titleRequired' };
  else if (title.length > examLimits.maxTitleLength) problems.title = { key: 'titleTooLong', values: { max: examLimits.maxTitleLength } };
  if (draft.candidateIds.length === 0) problems.candidateIds = { key: 'noCandidates' };
  else if (draft.candidateIds.length > examLimits.maxCandidates) problems.candidateIds = { key: 'tooManyCandidates', values: { max: examLimits.maxCandidates } };
  const assessorCount = 1 + draft.coAssessorIds.length;
  if (assessorCount > examLimits.maxAssessors) problems.assessorIds = { key: 'tooManyAssessors', values: { max: examLimits.maxAssessors } };
  const { opensMs, closesMs } = checkWindow(draft, nowMs, problems);
  const limitMs = timeLimitMs(draft);
  if (limitMs === undefined) problems.timeLimitMs = { key: 'timeLimitNotNumber' };
  else if (limitMs < examLimits.minTimeLimitMs) problems.timeLimitMs = { key: 'timeLimitTooShort' };
  else if (limitMs > examLimits.maxTimeLimitMs) problems.timeLimitMs = { key: 'timeLimitTooLong' };
  if (![1, 2, 3].includes(draft.judges)) problems.judges = { key: 'judgesRange' };
  else if (draft.judges > assessorCount) problems.judges = { key: 'judgesMoreThanAssessors', values: { judges: draft.judges } };
  if (Object.keys(problems).length > 0 || opensMs === undefined || closesMs === undefined || limitMs === undefined) return { problems };
  return {
    problems,
    request: {
      sceneId: draft.sceneId,
      title,
      candidateIds: draft.candidateIds,
      assessorIds: draft.coAssessorIds,
      opensAt: new Date(opensMs).toISOString(),
      closesAt: new Date(closesMs).toISOString(),
      timeLimitMs: limitMs,
      judges: draft.judges,
    },
  };
}

const serverProblemKeys: Partial<Record<ExamField, string>> = { sceneId: 'sceneRefused', candidateIds: 'candidateRefused', assessorIds: 'assessorRefused' };

/**
 * The field a server `invalid` names ("candidateIds[1]: …", "closesAt: …"), with the sentence
 * to show beside it; undefined when the message names none. The English message is never shown.
 */
export function serverFieldProblem(message: string): { field: ExamField; problem: FieldProblem } | undefined {
  const named = /^([A-Za-z]+)(?:\[\d+\])?(?:\.\S*)?\s*:/.exec(message)?.[1];
  const field = examFields.find((f) => f === named);
  if (!field) return undefined;
  if (field === 'closesAt' && /past|closed already/i.test(message)) return { field, problem: { key: 'closesPast' } };
  if (field === 'judges' && /need at least/i.test(message)) return { field, problem: { key: 'judgesMoreThanAssessors', values: { judges: Number(/(\d+) judges/.exec(message)?.[1] ?? 2) } } };
  return { field, problem: { key: serverProblemKeys[field] ?? 'serverRefused' } };
}
