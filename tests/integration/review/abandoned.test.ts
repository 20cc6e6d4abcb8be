// Abandoned attempts in the teacher's and the learner's views: listed (and filterable) with
// their own status, but not attempts in counts, pass rates, trends, analytics, progress or the
// learner profile. Also the open-attempt lookup a client makes before opening a workshop.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClassAnalytics, LearnerProgress, LearnerSummary, Page, SessionListItem } from '../../../scenes/protocol/review';
import { loginAs, manualClock, startTestServer, type TestServer } from '../../support/testServer';
import { apiOf, recordAttempt, welds, type Api } from './support';

describe('abandoned attempts in review and progress', () => {
  const clock = manualClock();
  let server: TestServer;
  let api: Api;
  let student: string;
  let teacher: string;
  let learnerId: string;
  let classId: string;
  const ids = { finished: '', abandoned: '', open: '' };

  beforeAll(async () => {
    server = await startTestServer({}, { now: clock.now, socketRateLimit: { burst: 100_000, perSecond: 100_000 } });
    api = apiOf(server);
    [student, teacher] = await Promise.all([loginAs(server.url, 'student1'), loginAs(server.url, 'teacher1')]);
    learnerId = (await api.json<{ user: { id: string } }>('/api/auth/me', student)).user.id;
    classId = (await api.json<{ id: string }[]>('/api/classes', teacher))[0]!.id;
    ids.finished = (await recordAttempt(server, student, welds.good(), clock.advance)).sessionId;
    clock.advance(60_000);
    // A later attempt with a good start, then discarded: its partial report must not count.
    ids.abandoned = (await recordAttempt(server, student, welds.good().slice(0, 150), clock.advance, false)).sessionId;
    const discard = await fetch(`${server.url}/api/sessions/${ids.abandoned}/abandon`, { method: 'POST', headers: { Authorization: `Bearer ${student}` } });
    expect(discard.status).toBe(200);
    clock.advance(60_000);
    ids.open = (await recordAttempt(server, student, welds.good().slice(0, 50), clock.advance, false)).sessionId;
  });
  afterAll(async () => {
    await server?.dispose();
  });

  const list = async (path: string, query: string, token = teacher) =>
    (await api.json<Page<SessionListItem>>(`${path}?pageSize=100&${query}`, token)).items;

  it('lists abandoned attempts apart, with their status and score', async () => {
    const classPath = `/api/classes/${classId}/sessions`;
    const abandoned = await list(classPath, 'status=abandoned');
    expect(abandoned.map((s) => [s.id, s.status])).toEqual([[ids.abandoned, 'abandoned']]);
    expect(abandoned[0]!.total).toEqual(expect.any(Number));
    expect(abandoned[0]!.finishedAt).toBeDefined();
    expect((await list(classPath, 'status=finished')).map((s) => s.id)).toEqual([ids.finished]);
    expect((await list(classPath, 'status=active')).map((s) => s.id)).toEqual([ids.open]);
    expect((await list(classPath, 'passed=false')).map((s) => s.id)).toEqual([]);
    expect((await list(classPath, '')).map((s) => s.id)).toEqual([ids.open, ids.abandoned, ids.finished]);
    expect((await list(`/api/learners/${learnerId}/sessions`, 'status=abandoned', student)).map((s) => s.id)).toEqual([ids.abandoned]);
    const csv = await (await api.get(`${classPath}?status=abandoned&format=csv`, teacher)).text();
    expect(csv).toContain(`"${ids.abandoned}",`);
    expect(csv).toContain(',"abandoned",');
  });

  it('finds the learner\'s open practice attempt of a scene', async () => {
    const open = await list(`/api/learners/${learnerId}/sessions`, 'status=active&mode=practice&scene=welding-bead', student);
    expect(open.map((s) => [s.id, s.status, s.startedAt])).toEqual([[ids.open, 'active', expect.any(String)]]);
  });

  it('leaves them out of counts, pass rates, trends, analytics, progress and the profile', async () => {
    const learners = await api.json<LearnerSummary[]>(`/api/classes/${classId}/learners?scene=welding-bead`, teacher);
    const me = learners.find((l) => l.id === learnerId)!;
    const openStart = (await list(`/api/learners/${learnerId}/sessions`, 'status=active', student))[0]!.startedAt;
    expect(me).toMatchObject({ attempts: 2, finished: 1, passedCount: 1, lastAttemptAt: openStart });
    const finishedTotal = (await list(`/api/classes/${classId}/sessions`, 'status=finished'))[0]!.total;
    expect(me.lastScore).toBe(finishedTotal);
    expect(me.bestScore).toBe(finishedTotal);

    const analytics = await api.json<ClassAnalytics>(`/api/classes/${classId}/analytics?scene=welding-bead`, teacher);
    expect(analytics.attempts).toBe(1);
    expect(analytics.passRate).toBe(1);
    expect(analytics.heatmap.find((h) => h.learnerId === learnerId)?.sessionId).toBe(ids.finished);

    const progress = await api.json<LearnerProgress>(`/api/learners/${learnerId}/progress`, student);
    const welding = progress.scenes.find((s) => s.sceneId === 'welding-bead')!;
    expect(welding).toMatchObject({ attempts: 2, finished: 1, passedCount: 1, last: { sessionId: ids.finished } });
    expect(welding.trend.map((t) => t.sessionId)).toEqual([ids.finished]);

    const profile = await api.json<{ results: { sessionId: string }[] }>(`/api/learners/${learnerId}/profile`, student);
    expect(profile.results.map((r) => r.sessionId)).toEqual([ids.finished]);
  });
});
