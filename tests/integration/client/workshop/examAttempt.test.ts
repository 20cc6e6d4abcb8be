// The browser's exam attempt (client/workshop/attempt.ts with exam/*) against a real server: it
// starts the candidate's one attempt, and a reload resumes the same attempt with the same
// deadline and a countdown on the SERVER's clock (the server's clock is run ahead here while the
// PC's is not: the countdown follows the server); nothing is recorded past the deadline; the
// server's session:ended (deadline + grace, or an assessor's stop) ends it with how, and stops it.
// The client modules run in Node with a localStorage, a location and a fetch aimed at the server.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { manualClock, startTestServer, type TestServer } from '../../../support/testServer';
import { examApi, examRequest, signInAll, type Cast } from '../../exams/support';

const realFetch = globalThis.fetch;
const minute = 60_000;

async function loadClient(baseUrl: string) {
  const kept = new Map<string, string>();
  const storage = {
    getItem: (key: string) => kept.get(key) ?? null,
    setItem: (key: string, value: string) => void kept.set(key, value),
    removeItem: (key: string) => void kept.delete(key),
  };
  vi.stubGlobal('localStorage', storage);
  // The attempt opens `/training` on the page's own origin.
  vi.stubGlobal('location', new URL(baseUrl));
  // The client's `/api` paths go to the server; the test's own REST calls are absolute already.
  vi.stubGlobal('fetch', (url: string, init?: RequestInit) => realFetch(url.startsWith('/') ? `${baseUrl}${url}` : url, init));
  vi.resetModules();
  const [store, attempt] = await Promise.all([import('../../../../client/app/sessionStore'), import('../../../../client/workshop/attempt')]);
  return { ...store, ...attempt };
}

type Client = Awaited<ReturnType<typeof loadClient>>;
type OpenAttempt = Awaited<ReturnType<Client['Attempt']['open']>>;

describe('an exam attempt in the browser client, against a real server', () => {
  const clock = manualClock();
  let server: TestServer;
  let cast: Cast;
  const api = examApi(() => server.url);
  const opened: OpenAttempt[] = [];

  beforeAll(async () => {
    server = await startTestServer({}, { now: clock.now, examSweepMs: 50 });
    cast = await signInAll(server.url);
  });
  afterAll(async () => {
    await server?.dispose();
  });
  afterEach(() => {
    for (const a of opened.splice(0)) a.close();
    vi.unstubAllGlobals();
  });

  async function openAs(client: Client, username: 'student1' | 'student2', examId: string): Promise<OpenAttempt> {
    const attempt = await client.Attempt.open({ userId: cast.id[username], sceneId: 'welding-bead', mode: 'exam', examId, onStatus: () => undefined });
    opened.push(attempt);
    return attempt;
  }

  it('resumes the same attempt after a reload with the same deadline, counting on the server\'s clock, and ends at deadline + grace', async () => {
    const exam = await api.create(cast.token.assessor1, examRequest(cast, clock.now(), { timeLimitMs: 10 * minute }));
    let client = await loadClient(server.url);
    await client.signIn('student1', 'demo1234');
    const first = await openAs(client, 'student1', exam.id);
    const row = (await api.get(exam.id, cast.token.assessor1)).candidates.find((c) => c.learnerId === cast.id.student1)!;
    expect(row).toMatchObject({ status: 'in_progress', sessionId: first.sessionId });
    expect(first.exam?.clock.deadlineAt).toBe(row.deadlineAt);
    expect(first.exam!.remainingMs()).toBeGreaterThan(10 * minute - 5_000);
    first.telemetry.record('ppe', { item: 'helmet', worn: true });
    await expect.poll(() => first.status().ackedSeq).toBe(1);

    // Three minutes pass on the server (not on this PC), and the page reloads.
    clock.advance(3 * minute);
    first.close();
    client = await loadClient(server.url);
    await client.signIn('student1', 'demo1234');
    const again = await openAs(client, 'student1', exam.id);
    expect(again.sessionId).toBe(first.sessionId);
    expect(again.exam?.clock.deadlineAt).toBe(row.deadlineAt);
    // The countdown follows the server's session time: about 7 minutes left, not 10.
    expect(again.exam!.remainingMs()).toBeLessThanOrEqual(7 * minute);
    expect(again.exam!.remainingMs()).toBeGreaterThan(7 * minute - 5_000);
    expect(again.status().ackedSeq).toBe(1);

    // Past the deadline and its grace, the server ends the attempt and says so to this page.
    clock.advance(8 * minute + 1_000);
    await expect.poll(() => again.exam?.ended, { timeout: 10_000 }).toBe('time_over');
    const ended = (await api.get(exam.id, cast.token.assessor1)).candidates.find((c) => c.learnerId === cast.id.student1);
    expect(ended?.status).toBe('timed_out');
    // Stopped: nothing more is recorded.
    again.telemetry.record('ppe', { item: 'gloves', worn: true });
    expect(again.status().lastSeq).toBe(1);
    // Opening it once more says how it ended instead of starting anything.
    await expect(openAs(client, 'student1', exam.id)).rejects.toMatchObject({ name: 'ExamAttemptEnded', outcome: 'time_over' });
  });

  it('records nothing past the deadline (here capped by the window\'s close, 3 s after the start)', async () => {
    const exam = await api.create(cast.token.assessor1, examRequest(cast, clock.now(), { closesAt: new Date(clock.now() + 3_000).toISOString(), timeLimitMs: 10 * minute }));
    const client = await loadClient(server.url);
    await client.signIn('student2', 'demo1234');
    const attempt = await openAs(client, 'student2', exam.id);
    expect(attempt.exam!.clock.limitT).toBeLessThanOrEqual(3_000);
    attempt.telemetry.record('ppe', { item: 'helmet', worn: true });
    await expect.poll(() => attempt.exam!.timeUp, { timeout: 10_000, interval: 100 }).toBe(true);
    attempt.telemetry.record('ppe', { item: 'gloves', worn: true });
    expect(attempt.status().lastSeq).toBe(1);
    await expect.poll(() => attempt.status().ackedSeq).toBe(1);
  });

  it('hears an assessor\'s stop, stops recording and says it was stopped', async () => {
    const exam = await api.create(cast.token.assessor1, examRequest(cast, clock.now(), { candidateIds: [cast.id.student1] }));
    const client = await loadClient(server.url);
    await client.signIn('student1', 'demo1234');
    const attempt = await openAs(client, 'student1', exam.id);
    attempt.telemetry.record('ppe', { item: 'helmet', worn: true });
    await expect.poll(() => attempt.status().ackedSeq).toBe(1);
    const stop = await api.call('POST', `/api/exams/${exam.id}/candidates/${cast.id.student1}/stop`, cast.token.assessor1, { reason: 'left the room' });
    expect(stop.status).toBe(200);
    await expect.poll(() => attempt.exam?.ended, { timeout: 10_000 }).toBe('stopped');
    attempt.telemetry.record('ppe', { item: 'gloves', worn: true });
    expect(attempt.status().lastSeq).toBe(1);
  });
});
