// Takes exams to "signed off" for tests and benchmarks: a candidate's attempt ended (through the
// real /training socket, or straight through the store for many candidates at once), marks from
// each judge and the lead's sign-off through the real REST API.
import type { Exam } from '../../scenes/protocol/exams';
import type { MarkingResponse, SignOffResponse } from '../../scenes/protocol/marking';
import type { AttemptEvent } from '../../scenes/rubric/events';
import type { ScoreReport } from '../../scenes/rubric/report';
import { weldingBeadRules } from '../../scenes/welding-bead';
import { simulateWeld } from '../../scenes/welding-bead/simulatedWelder';
import { scoreStoredLog } from '../../server/ingest/storedLog';
import type { TestServer } from './testServer';
import { connectTraining, emitAck } from './trainingClient';

/** A whole, steady weld: no critical error, a passing measurement. */
export const passingWeld = (): AttemptEvent[] => simulateWeld({ sampleRateHz: 10 });

/** The candidate starts the exam, sends the log and submits it, over /training. */
export async function finishExamAttempt(url: string, token: string, examId: string, events: readonly AttemptEvent[], advance: (ms: number) => void): Promise<{ sessionId: string; result: ScoreReport }> {
  const socket = await connectTraining(url, token);
  try {
    const started = await emitAck(socket, 'session:start', { sceneId: 'welding-bead', mode: 'exam', examId });
    if (!started.ok) throw new Error(`session:start refused: ${JSON.stringify(started.error)}`);
    const sessionId = started.sessionId as string;
    advance(events.at(-1)!.t + 1_000);
    const sent = await emitAck(socket, 'session:events', { sessionId, events });
    if (!sent.ok) throw new Error(`session:events refused: ${JSON.stringify(sent.error)}`);
    const finished = await emitAck(socket, 'session:finish', { sessionId, lastSeq: events.length });
    if (!finished.ok) throw new Error(`session:finish refused: ${JSON.stringify(finished.error)}`);
    return { sessionId, result: finished.result as ScoreReport };
  } finally {
    socket.close();
  }
}

/**
 * Many candidates' attempts ended at once, without sockets: each claimed, its log stored as one
 * run and scored and sealed by the server's own stored-log fold, as a submitted attempt is.
 */
export async function storeFinishedAttempts(server: TestServer, exam: Exam, events: readonly AttemptEvent[], nowMs: number): Promise<void> {
  const { store } = server;
  const lines = events.map((e) => `{"seq":${e.seq},"t":${e.t},"type":${JSON.stringify(e.type)},"data":${JSON.stringify(e.data)}}\n`).join('');
  for (const { learnerId } of exam.candidates) {
    const session = { learnerId, sceneId: exam.sceneId, mode: 'exam' as const, examId: exam.id, params: {}, startedAtMs: nowMs };
    const claimed = await store.exams.claimAttempt(exam.id, learnerId, session, nowMs + exam.timeLimitMs);
    if (!claimed) throw new Error(`${learnerId} is not a candidate of ${exam.id}`);
    const { no, id } = claimed.session;
    await store.attempts.appendEvents([{ sessionNo: no, runs: [{ firstSeq: 1, lastSeq: events.length, lines }], ackedSeq: events.length, atMs: nowMs }]);
    const { report, sealedHead } = await scoreStoredLog(store, weldingBeadRules, (await store.attempts.getSession(id))!, events.length);
    await store.attempts.endSession(no, 'finished', { finishedAt: new Date(nowMs).toISOString(), result: report, total: report.total, passed: report.passed, sealedHead });
  }
}

/** `count` new students of the demo institution (signing in is not needed: they never do). */
export async function createStudents(server: TestServer, count: number, prefix = 'bench'): Promise<string[]> {
  const template = (await server.store.directory.findUserByUsername('student1'))!;
  const ids: string[] = [];
  for (let i = 1; i <= count; i++) {
    const user = await server.store.directory.createUser({
      institutionId: template.institutionId,
      username: `${prefix}-${i}`,
      name: `Học viên ${prefix} ${i}`,
      role: 'student',
      passwordHash: template.passwordHash,
    });
    ids.push(user.id);
  }
  return ids;
}

async function call(url: string, method: string, path: string, token: string, body?: unknown): Promise<Response> {
  return fetch(`${url}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
}

/** One judge's marks on one candidate; throws unless 200. */
export async function putMarks(url: string, token: string, examId: string, learnerId: string, marks: Record<string, number>, note?: string): Promise<MarkingResponse> {
  const response = await call(url, 'PUT', `/api/exams/${examId}/candidates/${learnerId}/marks`, token, { marks, ...(note !== undefined ? { note } : {}) });
  if (response.status !== 200) throw new Error(`PUT marks: HTTP ${response.status} ${await response.text()}`);
  return (await response.json()) as MarkingResponse;
}

/** The lead's sign-off of one candidate; throws unless 200. */
export async function signOff(url: string, leadToken: string, examId: string, learnerId: string): Promise<SignOffResponse> {
  const response = await call(url, 'POST', `/api/exams/${examId}/candidates/${learnerId}/signoff`, leadToken);
  if (response.status !== 200) throw new Error(`POST signoff: HTTP ${response.status} ${await response.text()}`);
  return (await response.json()) as SignOffResponse;
}

/** Every judge gives every candidate `marks` (one PUT each), ready for sign-off. */
export async function markEveryone(url: string, exam: Exam, judgeTokens: readonly string[], marks: Record<string, number>): Promise<void> {
  for (const { learnerId } of exam.candidates) for (const token of judgeTokens) await putMarks(url, token, exam.id, learnerId, marks);
}

/** Signs off every candidate, one after another (the lead's batch); answers in candidate order. */
export async function signOffEveryone(url: string, exam: Exam, leadToken: string): Promise<SignOffResponse[]> {
  const answers: SignOffResponse[] = [];
  for (const { learnerId } of exam.candidates) answers.push(await signOff(url, leadToken, exam.id, learnerId));
  return answers;
}
