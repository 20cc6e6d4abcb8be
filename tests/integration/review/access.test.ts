// Who may see which review views (docs/protocol.md §2): teachers their classes, admins their
// institution, students themselves, assessors nothing yet; and who may comment on a session.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../../server/auth/passwords';
import { loginAs, manualClock, startTestServer, type TestServer } from '../../support/testServer';
import { apiOf, recordAttempt, refusal, welds, type Api } from './support';

describe('review access by role', () => {
  const clock = manualClock();
  let server: TestServer;
  let api: Api;
  const token: Record<string, string> = {};
  const id: Record<string, string> = {};
  let hanClass: string;
  let dienClass: string;
  let ownSession: string;
  let otherInstitutionSession: string;

  beforeAll(async () => {
    server = await startTestServer({}, { now: clock.now, socketRateLimit: { burst: 100_000, perSecond: 100_000 } });
    api = apiOf(server);
    const passwordHash = await hashPassword('demo1234');
    // A second institution, to prove that classes, learners and comments stay inside their own.
    await server.store.directory.importRoster({
      institutionName: 'Trường Trung cấp Điện (khác)',
      classes: [{ code: 'DIEN-K23', name: 'Điện K23' }],
      users: [
        { username: 'teacher9', name: 'Bùi Văn Tâm', role: 'teacher', passwordHash, classes: [{ code: 'DIEN-K23', role: 'teacher' }] },
        { username: 'student9', name: 'Hồ Thị Mai', role: 'student', passwordHash, classes: [{ code: 'DIEN-K23', role: 'student' }] },
        { username: 'admin9', name: 'Lý Văn Phúc', role: 'admin', passwordHash, classes: [] },
      ],
    });
    const usernames = ['student1', 'student2', 'teacher1', 'assessor1', 'admin1', 'teacher9', 'student9', 'admin9'];
    await Promise.all(
      usernames.map(async (username) => {
        token[username] = await loginAs(server.url, username);
        id[username] = (await api.json<{ user: { id: string } }>('/api/auth/me', token[username]!)).user.id;
      }),
    );
    hanClass = (await api.json<{ id: string }[]>('/api/classes', token.teacher1!))[0]!.id;
    dienClass = (await api.json<{ id: string }[]>('/api/classes', token.teacher9!))[0]!.id;
    ownSession = (await recordAttempt(server, token.student1!, welds.good(), clock.advance)).sessionId;
    await recordAttempt(server, token.student2!, welds.noHelmet(), clock.advance);
    otherInstitutionSession = (await recordAttempt(server, token.student9!, welds.good(), clock.advance)).sessionId;
  });
  afterAll(() => server?.dispose());

  const classViews = (classId: string) => [
    `/api/classes/${classId}/sessions`,
    `/api/classes/${classId}/sessions?format=csv`,
    `/api/classes/${classId}/learners`,
    `/api/classes/${classId}/analytics?scene=welding-bead`,
  ];
  const learnerViews = (learnerId: string) => [`/api/learners/${learnerId}/sessions`, `/api/learners/${learnerId}/progress`];

  it('shows a teacher their own class and answers 404 not_found for another', async () => {
    for (const path of classViews(hanClass)) expect((await api.get(path, token.teacher1!)).status, path).toBe(200);
    const page = await api.json<{ items: { learnerId: string }[]; total: number }>(`/api/classes/${hanClass}/sessions`, token.teacher1!);
    expect(page.total).toBe(2);
    expect(new Set(page.items.map((s) => s.learnerId))).toEqual(new Set([id.student1, id.student2]));
    for (const path of classViews(dienClass)) expect(await refusal(await api.get(path, token.teacher1!)), path).toBe('404 not_found');
    for (const path of classViews('no-such-class')) expect(await refusal(await api.get(path, token.teacher1!)), path).toBe('404 not_found');
    // Learners: their own students yes, another school's no.
    for (const path of learnerViews(id.student1!)) expect((await api.get(path, token.teacher1!)).status, path).toBe(200);
    for (const path of learnerViews(id.student9!)) expect(await refusal(await api.get(path, token.teacher1!)), path).toBe('403 forbidden');
  });

  it('shows an admin their institution and not another', async () => {
    for (const path of [...classViews(hanClass), ...learnerViews(id.student1!)]) expect((await api.get(path, token.admin1!)).status, path).toBe(200);
    for (const path of classViews(dienClass)) expect(await refusal(await api.get(path, token.admin1!)), path).toBe('404 not_found');
    for (const path of learnerViews(id.student9!)) expect(await refusal(await api.get(path, token.admin1!)), path).toBe('403 forbidden');
    for (const path of [...classViews(dienClass), ...learnerViews(id.student9!)]) expect((await api.get(path, token.admin9!)).status, path).toBe(200);
    for (const path of classViews(hanClass)) expect(await refusal(await api.get(path, token.admin9!)), path).toBe('404 not_found');
  });

  it('shows a student their own sessions and progress only', async () => {
    const own = await api.json<{ items: { id: string; learnerId: string }[]; total: number }>(`/api/learners/${id.student1}/sessions`, token.student1!);
    expect(own.items.map((s) => s.id)).toEqual([ownSession]);
    const progress = await api.json<{ learner: { id: string; name: string } }>(`/api/learners/${id.student1}/progress`, token.student1!);
    expect(progress.learner).toEqual({ id: id.student1, name: 'Nguyễn Văn An' });
    for (const path of [...learnerViews(id.student2!), ...learnerViews(id.student9!)]) {
      expect(await refusal(await api.get(path, token.student1!)), path).toBe('403 forbidden');
    }
    for (const path of classViews(hanClass)) expect(await refusal(await api.get(path, token.student1!)), path).toBe('403 forbidden');
    expect(await refusal(await api.get('/api/learners/no-such-learner/progress', token.student1!))).toBe('404 not_found');
  });

  it('refuses assessors every review view (no exams yet), and callers without a token', async () => {
    for (const path of [...classViews(hanClass), ...learnerViews(id.student1!)]) {
      expect(await refusal(await api.get(path, token.assessor1!)), path).toBe('403 forbidden');
      expect(await refusal(await fetch(`${server.url}${path}`)), path).toBe('401 unauthorized');
    }
  });

  it('lets the learner\'s teacher or admin comment, and shows the learner the comment', async () => {
    const path = `/api/sessions/${ownSession}/comment`;
    const written = await api.put(path, token.teacher1!, { text: '  Giữ góc mỏ hàn ổn định hơn, "đẩy" đều tay.  ' });
    expect(written.status).toBe(200);
    const { comment } = (await written.json()) as { comment: Record<string, unknown> };
    expect(comment).toEqual({ text: 'Giữ góc mỏ hàn ổn định hơn, "đẩy" đều tay.', authorId: id.teacher1, authorName: 'Phạm Minh Đức', updatedAt: expect.any(String) });

    const seen = await api.json<Record<string, unknown>>(`/api/sessions/${ownSession}`, token.student1!);
    expect(seen).toMatchObject({ id: ownSession, learnerId: id.student1, learnerName: 'Nguyễn Văn An', status: 'finished', comment });
    const listed = await api.json<{ items: { id: string; hasComment: boolean }[] }>(`/api/learners/${id.student1}/sessions`, token.student1!);
    expect(listed.items).toEqual([expect.objectContaining({ id: ownSession, hasComment: true })]);

    // Students (even on their own session), assessors and other schools' staff may not write.
    expect(await refusal(await api.put(path, token.student1!, { text: 'tự khen' }))).toBe('403 forbidden');
    expect(await refusal(await api.put(path, token.assessor1!, { text: 'x' }))).toBe('403 forbidden');
    expect(await refusal(await api.put(path, token.teacher9!, { text: 'x' }))).toBe('403 forbidden');
    expect(await refusal(await api.put(path, token.admin9!, { text: 'x' }))).toBe('403 forbidden');
    expect(await refusal(await api.put(`/api/sessions/${otherInstitutionSession}/comment`, token.teacher1!, { text: 'x' }))).toBe('403 forbidden');
    expect(await refusal(await api.put('/api/sessions/no-such-session/comment', token.teacher1!, { text: 'x' }))).toBe('404 not_found');
    expect(await refusal(await api.put(path, token.teacher1!, { text: 'x'.repeat(4001) }))).toBe('400 invalid');
    expect(await refusal(await api.put(path, token.teacher1!, { note: 'x' }))).toBe('400 invalid');

    // The institution's admin replaces it; an empty text removes it.
    const replaced = (await (await api.put(path, token.admin1!, { text: 'Đã xem.' })).json()) as { comment: { authorName: string } };
    expect(replaced.comment.authorName).toBe('Đặng Quốc Huy');
    expect(await (await api.put(path, token.teacher1!, { text: '   ' })).json()).toEqual({ comment: null });
    const after = await api.json<Record<string, unknown>>(`/api/sessions/${ownSession}`, token.student1!);
    expect(after).not.toHaveProperty('comment');
    expect(after.learnerName).toBe('Nguyễn Văn An');
  });
});
