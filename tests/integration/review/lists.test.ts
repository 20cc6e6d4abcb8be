// Teacher review and learner progress over a known set of attempts recorded through /training:
// session list filters, sort and paging, CSV exports, class learners, analytics and progress.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClassAnalytics, LearnerProgress, LearnerSummary, Page, SessionListItem } from '../../../scenes/protocol/review';
import type { ScoreReport } from '../../../scenes/rubric/report';
import { weldingBeadRules } from '../../../scenes/welding-bead';
import { sceneRegistry } from '../../../scenes/registry';
import { hashPassword } from '../../../server/auth/passwords';
import { loginAs, manualClock, startTestServer, type TestServer } from '../../support/testServer';
import { apiOf, csvCells, csvText, dayMs, recordAttempt, refusal, untilNextNoon, vietnamDate, welds, type Api } from './support';

const rubric = weldingBeadRules.rubric;
const weldingNames = weldingBeadRules.names;
const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

describe('teacher review and learner progress', () => {
  const clock = manualClock();
  let server: TestServer;
  let api: Api;
  const token: Record<string, string> = {};
  const id: Record<string, string> = {};
  let han: string;
  const days: string[] = [];
  /** Sessions by name: A* student1, B* student2, C* student3; E an exam row. Finished ones have a report. */
  const s: Record<string, { sessionId: string; result?: ScoreReport }> = {};
  /** Every session, oldest start first. */
  const byStart: string[] = [];
  const report = (name: string) => s[name]!.result!;
  const listIds = async (query: string, path = `/api/classes/${han}/sessions`) => {
    const page = await api.json<Page<SessionListItem>>(`${path}?pageSize=100&${query}`, token.teacher1!);
    expect(page.total).toBe(page.items.length);
    return page.items.map((item) => nameOf(item.id));
  };
  const nameOf = (sessionId: string) => Object.keys(s).find((name) => s[name]!.sessionId === sessionId) ?? sessionId;

  beforeAll(async () => {
    server = await startTestServer({}, { now: clock.now, socketRateLimit: { burst: 100_000, perSecond: 100_000 } });
    api = apiOf(server);
    await server.store.directory.importRoster({
      institutionName: 'Trường thử CSV',
      classes: [{ code: 'X-K1', name: 'Lớp X' }],
      users: [
        { username: 'teacherx', name: 'Giáo viên X', role: 'teacher', passwordHash: await hashPassword('demo1234'), classes: [{ code: 'X-K1', role: 'teacher' }] },
        { username: 'studentx', name: '=HYPERLINK("http://x"), Đỗ', role: 'student', passwordHash: 'unused', classes: [{ code: 'X-K1', role: 'student' }] },
      ],
    });
    await Promise.all(
      ['student1', 'student2', 'student3', 'teacher1', 'admin1', 'teacherx'].map(async (username) => {
        token[username] = await loginAs(server.url, username);
        id[username] = (await api.json<{ user: { id: string } }>('/api/auth/me', token[username]!)).user.id;
      }),
    );
    han = (await api.json<{ id: string }[]>('/api/classes', token.teacher1!))[0]!.id;

    const record = async (name: string, username: string, events: ReturnType<typeof welds.good>, finish = true) => {
      s[name] = await recordAttempt(server, token[username]!, events, clock.advance, finish);
      byStart.push(name);
    };
    clock.advance(untilNextNoon(clock.now()));
    days.push(vietnamDate(clock.now()));
    await record('A1', 'student1', welds.good());
    await record('B1', 'student2', welds.noHelmet());
    await record('C1', 'student3', welds.sloppy(3));
    clock.advance(dayMs);
    days.push(vietnamDate(clock.now()));
    await record('A2', 'student1', welds.sloppy(4));
    await record('B2', 'student2', welds.good());
    clock.advance(dayMs);
    days.push(vietnamDate(clock.now()));
    await record('A3', 'student1', welds.incomplete());
    await record('C2', 'student3', welds.sloppy(5), false);
    // Exams are not built yet; an exam-mode row proves the mode filter.
    const exam = await server.store.attempts.createSession({ learnerId: id.student2!, sceneId: 'welding-bead', mode: 'exam', examId: 'exam-1', params: {}, startedAtMs: clock.now() });
    s.E = { sessionId: exam.id };
    byStart.push('E');
  });
  afterAll(() => server?.dispose());

  it('lists a class\'s sessions newest first, with the report\'s figures', async () => {
    const page = await api.json<Page<SessionListItem>>(`/api/classes/${han}/sessions`, token.teacher1!);
    expect(page).toMatchObject({ total: 8, page: 1, pageSize: 25 });
    expect(page.items.map((item) => nameOf(item.id))).toEqual([...byStart].reverse());
    const a3 = page.items.find((item) => item.id === s.A3!.sessionId)!;
    expect(a3).toEqual({
      id: s.A3!.sessionId,
      learnerId: id.student1,
      learnerName: 'Nguyễn Văn An',
      sceneId: 'welding-bead',
      mode: 'practice',
      status: 'finished',
      startedAt: expect.any(String),
      finishedAt: expect.any(String),
      total: report('A3').total,
      passed: false,
      criticalCount: 1,
      hasComment: false,
    });
    expect(page.items.find((item) => item.id === s.B1!.sessionId)!.criticalCount).toBe(2);
    const active = page.items.find((item) => item.id === s.C2!.sessionId)!;
    expect(active).toEqual({ id: s.C2!.sessionId, learnerId: id.student3, learnerName: 'Lê Hoàng Cường', sceneId: 'welding-bead', mode: 'practice', status: 'active', startedAt: expect.any(String), hasComment: false });
  });

  it('filters by scene, mode, status, result, learner and Vietnam-time days', async () => {
    expect(await listIds('scene=welding-bead')).toHaveLength(8);
    expect(await listIds('scene=pottery')).toEqual([]);
    expect(await listIds('mode=exam')).toEqual(['E']);
    expect(await listIds('mode=practice')).toHaveLength(7);
    expect(await listIds('status=active')).toEqual(['E', 'C2']);
    expect(await listIds('passed=true')).toEqual(['B2', 'A2', 'A1']);
    expect(await listIds('passed=false')).toEqual(['A3', 'C1', 'B1']);
    expect(await listIds(`learner=${id.student2}`)).toEqual(['E', 'B2', 'B1']);
    expect(await listIds(`learner=${encodeURIComponent('Thị Bích')}`)).toEqual(['E', 'B2', 'B1']);
    expect(await listIds(`from=${days[1]}&to=${days[1]}`)).toEqual(['B2', 'A2']);
    expect(await listIds(`from=${days[2]}`)).toEqual(['E', 'C2', 'A3']);
    expect(await listIds(`to=${days[0]}`)).toEqual(['C1', 'B1', 'A1']);
    expect(await listIds(`from=${days[0]}&to=${days[2]}`)).toHaveLength(8);
    expect(await listIds(`passed=true&from=${days[1]}&learner=${id.student1}`)).toEqual(['A2']);
    expect(await listIds('', `/api/learners/${id.student1}/sessions`)).toEqual(['A3', 'A2', 'A1']);
  });

  it('sorts with NULLs last and stable ties, and pages over the whole list', async () => {
    const finished = byStart.filter((name) => s[name]!.result);
    const unfinished = byStart.filter((name) => !s[name]!.result).reverse();
    const startRank = (name: string) => byStart.indexOf(name);
    // Ties on total: the newest start first.
    const byTotal = (direction: 1 | -1) =>
      [...finished].sort((a, b) => direction * (report(a).total - report(b).total) || startRank(b) - startRank(a));
    const pages = async (query: string) => {
      const names: string[] = [];
      for (let page = 1; page <= 3; page += 1) {
        const answer = await api.json<Page<SessionListItem>>(`/api/classes/${han}/sessions?${query}&pageSize=3&page=${page}`, token.teacher1!);
        expect(answer).toMatchObject({ total: 8, page, pageSize: 3 });
        expect(answer.items).toHaveLength(page < 3 ? 3 : 2);
        names.push(...answer.items.map((item) => nameOf(item.id)));
      }
      return names;
    };
    expect(await pages('sort=total&order=desc')).toEqual([...byTotal(-1), ...unfinished]);
    expect(await pages('sort=total&order=asc')).toEqual([...byTotal(1), ...unfinished]);
    expect(await pages('sort=startedAt&order=asc')).toEqual(byStart);
    // Lê Hoàng Cường, Nguyễn Văn An, Trần Thị Bích; each learner's newest first.
    expect(await pages('sort=learner&order=asc')).toEqual(['C2', 'C1', 'A3', 'A2', 'A1', 'E', 'B2', 'B1']);
    const finishedDesc = await listIds('sort=finishedAt&order=desc');
    expect(finishedDesc).toEqual([...finished.reverse(), ...unfinished]);
    const beyond = await api.json<Page<SessionListItem>>(`/api/classes/${han}/sessions?page=9&pageSize=3`, token.teacher1!);
    expect(beyond).toEqual({ items: [], total: 8, page: 9, pageSize: 3 });
  });

  it('answers 400 invalid for a query it cannot read', async () => {
    const bad = ['pageSize=0', 'pageSize=101', 'page=0', 'page=x', 'sort=grade', 'order=up', 'from=2024-13-01', 'to=yesterday', 'passed=yes', 'mode=sandbox', 'status=done', 'scene=', 'scene=a&scene=b', 'colour=red', 'format=xlsx'];
    for (const query of bad) {
      expect(await refusal(await api.get(`/api/classes/${han}/sessions?${query}`, token.teacher1!)), query).toBe('400 invalid');
      expect(await refusal(await api.get(`/api/learners/${id.student1}/sessions?${query}`, token.student1!)), query).toBe('400 invalid');
    }
    expect(await refusal(await api.get(`/api/classes/${han}/analytics`, token.teacher1!))).toBe('400 invalid');
    expect(await refusal(await api.get(`/api/classes/${han}/analytics?scene=welding-bead&from=2024-02-30`, token.teacher1!))).toBe('400 invalid');
    expect(await refusal(await api.get(`/api/classes/${han}/analytics?scene=pottery`, token.teacher1!))).toBe('404 not_found');
    expect(await refusal(await api.get(`/api/classes/${han}/learners?sort=name`, token.teacher1!))).toBe('400 invalid');
  });

  it('exports every matching session as CSV with a BOM, a header in the reader’s language and Vietnamese names intact', async () => {
    const response = await api.get(`/api/classes/${han}/sessions?format=csv&pageSize=1&sort=learner&order=asc&lang=en`, token.teacher1!);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="sessions-HAN-K24-\d{4}-\d{2}-\d{2}\.csv"$/);
    const text = await csvText(response);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines.pop()).toBe('');
    expect(csvCells(lines[0]!).join(',')).toBe('Session,Learner,Learner ID,Scene,Mode,Status,Started,Finished,Total,Passed,Critical errors,Has comment');
    expect(lines).toHaveLength(9); // all 8, not one page
    expect(csvCells(lines[1]!).slice(0, 6)).toEqual([s.C2!.sessionId, 'Lê Hoàng Cường', id.student3, 'welding-bead', 'practice', 'active']);
    const a3 = csvCells(lines.find((line) => line.startsWith(`"${s.A3!.sessionId}"`))!);
    expect(a3.slice(1, 2)).toEqual(['Nguyễn Văn An']);
    expect(a3.slice(6, 8).every((time) => /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(time))).toBe(true);
    expect(a3[6]!.slice(0, 10)).toBe(days[2]);
    expect(a3.slice(8)).toEqual([String(report('A3').total), 'false', '1', 'false']);

    const own = await api.get(`/api/learners/${id.student1}/sessions?format=csv&passed=true`, token.student1!);
    expect(own.headers.get('content-disposition')).toMatch(/filename="sessions-student1-\d{4}-\d{2}-\d{2}\.csv"/);
    const ownLines = (await csvText(own)).trimEnd().split('\r\n');
    expect(ownLines).toHaveLength(1 + 2);
    // Without `lang` the header is Vietnamese, the institution's language, after the BOM.
    expect(ownLines[0]!.startsWith('\uFEFF')).toBe(true);
    expect(csvCells(ownLines[0]!).join(',')).toBe('Mã buổi,Học viên,Mã học viên,Bài thực hành,Chế độ,Trạng thái,Bắt đầu,Kết thúc,Tổng điểm,Đạt,Lỗi nghiêm trọng,Có nhận xét');
    for (const lang of ['fr', 'VI', '']) {
      expect(await refusal(await api.get(`/api/learners/${id.student1}/sessions?format=csv&lang=${lang}`, token.student1!)), lang).toBe('400 invalid');
    }
  });

  it('summarises every student of the class, also those without attempts, and quotes CSV cells safely', async () => {
    const learners = await api.json<LearnerSummary[]>(`/api/classes/${han}/learners`, token.teacher1!);
    const startedAt = async (name: string) => (await api.json<{ startedAt: string }>(`/api/sessions/${s[name]!.sessionId}`, token.teacher1!)).startedAt;
    expect(learners).toEqual([
      { id: id.student3, name: 'Lê Hoàng Cường', attempts: 2, finished: 1, passedCount: 0, lastScore: report('C1').total, bestScore: report('C1').total, lastAttemptAt: await startedAt('C2') },
      { id: id.student1, name: 'Nguyễn Văn An', attempts: 3, finished: 3, passedCount: 2, lastScore: report('A3').total, bestScore: 100, lastAttemptAt: await startedAt('A3') },
      { id: id.student2, name: 'Trần Thị Bích', attempts: 3, finished: 2, passedCount: 1, lastScore: report('B2').total, bestScore: 100, lastAttemptAt: await startedAt('E') },
    ]);
    const none = await api.json<LearnerSummary[]>(`/api/classes/${han}/learners?scene=pottery`, token.admin1!);
    expect(none.map(({ attempts, finished, passedCount, ...rest }) => ({ attempts, finished, passedCount, keys: Object.keys(rest) }))).toEqual(
      Array.from({ length: 3 }, () => ({ attempts: 0, finished: 0, passedCount: 0, keys: ['id', 'name'] })),
    );

    const csv = await csvText(await api.get(`/api/classes/${han}/learners?format=csv&lang=en`, token.teacher1!));
    expect(csv.startsWith('\uFEFF"Learner","Learner ID","Attempts","Finished","Passed","Last score","Best score","Last attempt"\r\n')).toBe(true);
    const vietnamese = await csvText(await api.get(`/api/classes/${han}/learners?format=csv&lang=vi`, token.teacher1!));
    expect(csvCells(vietnamese.split('\r\n')[0]!).join(',')).toBe('Học viên,Mã học viên,Số lần làm,Đã chấm,Số lần đạt,Điểm gần nhất,Điểm cao nhất,Lần làm gần nhất');
    expect(csv).toContain(`\r\n"Nguyễn Văn An","${id.student1}",3,3,2,${report('A3').total},100,`);

    // A name that a spreadsheet would run as a formula, with a quote and a comma in it.
    const xClass = (await api.json<{ id: string }[]>('/api/classes', token.teacherx!))[0]!.id;
    const injected = await csvText(await api.get(`/api/classes/${xClass}/learners?format=csv`, token.teacherx!));
    expect(injected.split('\r\n')[1]).toMatch(/^"'=HYPERLINK\(""http:\/\/x""\), Đỗ","[\w-]+",0,0,0,,,$/);
  });

  it('computes class analytics: criterion averages and pass rates, the heat map, attempts per day', async () => {
    const finished = ['A1', 'B1', 'C1', 'A2', 'B2', 'A3'];
    const analytics = await api.json<ClassAnalytics & { heatmap: { total: number | null }[] }>(`/api/classes/${han}/analytics?scene=welding-bead`, token.teacher1!);
    expect(analytics).toMatchObject({ sceneId: 'welding-bead', passMark: 70, attempts: 6 });
    expect(analytics.passRate).toBeCloseTo(finished.filter((n) => report(n).passed).length / 6, 4);
    expect(analytics.criteria.map((c) => [c.id, c.weight])).toEqual(rubric.criteria.map((c) => [c.id, c.weight]));
    for (const [index, criterion] of analytics.criteria.entries()) {
      const scores = finished.map((n) => report(n).criteria[index]!.score);
      expect(criterion.average, criterion.id).toBeCloseTo(mean(scores), 4);
      expect(criterion.passRate, criterion.id).toBeCloseTo(scores.filter((score) => score >= 0.7).length / 6, 4);
    }
    const row = (learner: string, name: string, attempt: string | null) => ({
      learnerId: id[learner],
      learnerName: name,
      sessionId: attempt && s[attempt]!.sessionId,
      scores: attempt ? report(attempt).criteria.map((c) => c.score) : rubric.criteria.map(() => null),
      total: attempt && report(attempt).total,
    });
    expect(analytics.heatmap).toEqual([row('student3', 'Lê Hoàng Cường', 'C1'), row('student1', 'Nguyễn Văn An', 'A3'), row('student2', 'Trần Thị Bích', 'B2')]);
    const day = (date: string, names: string[]) => ({
      date,
      attempts: names.length,
      passed: names.filter((n) => report(n).passed).length,
      averageTotal: expect.closeTo(mean(names.map((n) => report(n).total)), 1),
    });
    expect(analytics.attemptsOverTime).toEqual([day(days[0]!, ['A1', 'B1', 'C1']), day(days[1]!, ['A2', 'B2']), day(days[2]!, ['A3'])]);

    const dayTwo = await api.json<ClassAnalytics>(`/api/classes/${han}/analytics?scene=welding-bead&from=${days[1]}&to=${days[1]}`, token.admin1!);
    expect(dayTwo.attempts).toBe(2);
    expect(dayTwo.passRate).toBe(1);
    expect(dayTwo.heatmap.map((r) => r.sessionId)).toEqual([null, s.A2!.sessionId, s.B2!.sessionId]);
    const future = await api.json<ClassAnalytics>(`/api/classes/${han}/analytics?scene=welding-bead&from=2999-01-01`, token.teacher1!);
    expect(future).toMatchObject({ attempts: 0, passRate: null, attemptsOverTime: [] });
    expect(future.criteria.every((c) => c.average === null && c.passRate === null)).toBe(true);

    const csv = await api.get(`/api/classes/${han}/analytics?scene=welding-bead&format=csv`, token.teacher1!);
    expect(csv.headers.get('content-disposition')).toMatch(/filename="analytics-HAN-K24-welding-bead-\d{4}-\d{2}-\d{2}\.csv"/);
    const lines = (await csvText(csv)).split('\r\n');
    // Criteria by their names in the reader's language (Vietnamese by default), not their ids.
    expect(csvCells(lines[0]!)).toEqual(['Học viên', ...rubric.criteria.map((c) => weldingNames[c.id]!.vi), 'Tổng điểm']);
    const english = (await csvText(await api.get(`/api/classes/${han}/analytics?scene=welding-bead&format=csv&lang=en`, token.teacher1!))).split('\r\n');
    expect(csvCells(english[0]!)).toEqual(['Learner', ...rubric.criteria.map((c) => weldingNames[c.id]!.en), 'Total']);
    expect(lines[2]).toBe(['"Nguyễn Văn An"', ...report('A3').criteria.map((c) => c.score), report('A3').total].join(','));
  });

  it('shows progress per scene with the trend and what to practise next', async () => {
    const progressOf = (learner: string, viewer: string) => api.json<LearnerProgress>(`/api/learners/${id[learner]}/progress`, token[viewer]!);
    const trendOf = (names: string[]) =>
      names.map((n) => ({
        sessionId: s[n]!.sessionId,
        finishedAt: expect.any(String),
        total: report(n).total,
        passed: report(n).passed,
        criteria: Object.fromEntries(report(n).criteria.map((c) => [c.id, c.score])),
      }));
    /** The weakest criterion over the latest three, the heavier weight winning a tie. */
    const weakest = (names: string[]) => {
      const recent = names.slice(-3);
      const means = rubric.criteria.map((c, index) => ({ id: c.id, weight: c.weight, mean: mean(recent.map((n) => report(n).criteria[index]!.score)) }));
      const lowest = means.reduce((best, m) => (m.mean < best.mean - 1e-9 || (Math.abs(m.mean - best.mean) <= 1e-9 && m.weight > best.weight) ? m : best));
      return { kind: 'criterion', id: lowest.id, score: expect.closeTo(lowest.mean, 4), name: weldingBeadRules.names[lowest.id], advice: weldingBeadRules.advice[lowest.id] };
    };

    const an = await progressOf('student1', 'student1');
    expect(an.learner).toEqual({ id: id.student1, name: 'Nguyễn Văn An' });
    expect(an.scenes).toEqual([
      {
        sceneId: 'welding-bead',
        attempts: 3,
        finished: 3,
        passedCount: 2,
        best: { sessionId: s.A1!.sessionId, total: 100 },
        last: { sessionId: s.A3!.sessionId, total: report('A3').total, passed: false, finishedAt: expect.any(String) },
        trend: trendOf(['A1', 'A2', 'A3']),
        // The latest attempt left the seam incomplete: that comes first.
        recommendation: { kind: 'critical', id: 'incomplete-seam', score: null, name: weldingBeadRules.names['incomplete-seam'], advice: weldingBeadRules.advice['incomplete-seam'] },
      },
      // Every other registered scene is listed, not yet attempted.
      ...sceneRegistry.slice(1).map((scene) => ({ sceneId: scene.summary.id, attempts: 0, finished: 0, passedCount: 0, trend: [] })),
    ]);

    const bich = (await progressOf('student2', 'teacher1')).scenes[0]!;
    expect(bich).toMatchObject({ attempts: 3, finished: 2, passedCount: 1, trend: trendOf(['B1', 'B2']) });
    expect(bich.recommendation).toEqual(weakest(['B1', 'B2']));
    expect(bich.recommendation!.id).toBe('work-angle'); // all perfect: the first of the heaviest

    const cuong = (await progressOf('student3', 'admin1')).scenes[0]!;
    expect(cuong).toMatchObject({ attempts: 2, finished: 1, passedCount: 0, best: { sessionId: s.C1!.sessionId } });
    expect(cuong.recommendation).toEqual(weakest(['C1']));
  });
});
