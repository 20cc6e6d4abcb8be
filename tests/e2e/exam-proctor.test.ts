// The proctor dashboard against a real server and real candidates: assessor1 schedules an exam
// for student1, student2 and 58 more students (60 tiles); the others start over /training from
// Node (some then drop, three never start), student1 and student2 start while the dashboard is
// open and stream welding in real time (student2 without the helmet). The dashboard shows both
// live with the score moving, the critical error as it happens, the alerts (critical, offline
// over 30 s, not started 5 min after opening); a push re-renders only its own tile; sorting and
// filtering; spectating student1 in 3D follows the log live (and offers Enter VR in an emulated
// headset); stopping student2 needs a reason and shows stopped; a dropped dashboard socket shows
// "reconnecting" and the tiles come back. Screenshots: test-results/proctor-dashboard.png,
// proctor-dashboard-stopped.png, proctor-spectate.png, proctor-spectate-vr.png, proctor-stop-dialog.png.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { CreateExamRequest, Exam } from '../../scenes/protocol/exams';
import { simulateWeld } from '../../scenes/welding-bead/simulatedWelder';
import { hashPassword } from '../../server/auth/passwords';
import { launchChromium, saveScreenshot } from './support/browser';
import { axeViolations } from './support/axeViolations';
import type { WorkshopState } from './support/hookTypes';
import { readHook, signIn } from './support/signIn';
import { openDashboard, readProctor, readSpectate, readTile, readTiles, saveViewport, spectate, stopWithReason } from './support/proctor';
import { startExamAttempt, streamInRealTime, type ExamAttempt, type Stream } from './support/examCandidate';
import { signInAs, startTestServer, type TestServer } from '../support/testServer';
import { spectateRoom } from '../../server/realtime/proctorLive';

const extraStudents = 58;
const readWorkshop = (page: Page) => readHook<WorkshopState | undefined>(page, 'workshop');

describe('proctoring an exam live', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let exam: Exam;
  const id: Record<string, string> = {};
  const token: Record<string, string> = {};
  const attempts: ExamAttempt[] = [];
  const streams: Stream[] = [];
  let student1: ExamAttempt;
  let student2: ExamAttempt;
  /** Extra candidates: connected and idle, dropped, never started. */
  const extras = { idle: [] as string[], dropped: [] as string[], waiting: [] as string[] };

  beforeAll(async () => {
    server = await startTestServer({}, { socketRateLimit: { burst: 100_000, perSecond: 100_000 }, loginLimits: { addressBudget: { burst: 1_000, perSecond: 100 } } });
    browser = await launchChromium();
    for (const name of ['student1', 'student2', 'assessor1']) {
      const answer = await signInAs(server.url, name);
      id[name] = answer.user.id;
      token[name] = answer.token;
    }
    // 58 more students of the demo college (a cheap hash: 58 sign-ins, not a password test).
    const institutionId = (await server.store.directory.findUserByUsername('student1'))!.institutionId;
    const passwordHash = await hashPassword('demo1234', { N: 2 ** 10, r: 8, p: 1, keyLength: 32 });
    const extraNames = Array.from({ length: extraStudents }, (_, i) => `candidate${String(i + 1).padStart(2, '0')}`);
    for (const [i, username] of extraNames.entries()) {
      await server.store.directory.createUser({ institutionId, username, name: `Thí sinh ${String(i + 1).padStart(2, '0')}`, role: 'student', passwordHash });
    }
    // One by one: the server queues password checks per address and refuses a crowd.
    for (const username of extraNames) {
      const answer = await signInAs(server.url, username);
      id[username] = answer.user.id;
      token[username] = answer.token;
    }
    // Opened 6 minutes ago: a candidate not started by now raises the "not started" alert.
    const now = Date.now();
    const request: CreateExamRequest = {
      sceneId: 'welding-bead',
      title: 'Hàn giáp mối — thi thử có giám sát',
      candidateIds: ['student1', 'student2', ...extraNames].map((name) => id[name]!),
      assessorIds: [],
      opensAt: new Date(now - 6 * 60_000).toISOString(),
      closesAt: new Date(now + 2 * 3_600_000).toISOString(),
      timeLimitMs: 4 * 60_000,
      judges: 1,
    };
    const response = await fetch(`${server.url}/api/exams`, { method: 'POST', headers: { Authorization: `Bearer ${token.assessor1}`, 'Content-Type': 'application/json' }, body: JSON.stringify(request) });
    expect(response.status).toBe(201);
    exam = ((await response.json()) as { exam: Exam }).exam;

    // 55 of the extras start; 5 of them drop at once, the rest stay connected and idle; 3 never start.
    const started = extraNames.slice(0, 55);
    extras.waiting = extraNames.slice(55).map((name) => id[name]!);
    // Side by side (each is its own socket): the starts, then the openings.
    attempts.push(...(await Promise.all(started.map((name) => startExamAttempt(server.url, token[name]!, exam.id)))));
    const opening = simulateWeld({ sampleRateHz: 20 }).filter((event) => event.t <= 1_000);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await Promise.all(attempts.map(async (attempt) => (await streamInRealTime(attempt, opening).done) ?? 'sent'))).toEqual(started.map(() => 'sent'));
    for (const [i, attempt] of attempts.entries()) {
      if (i < 5) {
        attempt.socket.close();
        extras.dropped.push(id[started[i]!]!);
      } else extras.idle.push(id[started[i]!]!);
    }

    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    page = await context.newPage();
    await signIn(page, server.url, 'assessor1');
  }, 240_000);

  afterAll(async () => {
    for (const stream of streams) stream.stop();
    for (const attempt of attempts) attempt.socket.close();
    await browser?.close();
    await server?.dispose();
  });

  it('shows a tile per candidate, then student1 and student2 live: status, score moving, critical error, alerts', { timeout: 180_000 }, async () => {
    await openDashboard(page, server.url, exam.id, 60);
    expect(await page.getByTestId('proctor-heading').textContent()).toBe(exam.title);
    expect(await page.getByTestId('exam-state').getAttribute('data-state')).toBe('open');
    const before = await readTile(page, id.student1!);
    expect(before).toMatchObject({ status: 'not_started', total: null, alerts: ['notStarted'] });
    for (const learnerId of extras.waiting) expect((await readTile(page, learnerId))?.alerts).toEqual(['notStarted']);

    // student1 wears the PPE and welds steadily; student2 strikes the arc without helmet or gloves.
    student1 = await startExamAttempt(server.url, token.student1!, exam.id);
    student2 = await startExamAttempt(server.url, token.student2!, exam.id);
    attempts.push(student1, student2);
    streams.push(streamInRealTime(student1, simulateWeld({ sampleRateHz: 20, durationMs: 200_000, unsteadiness: 0.6 })));
    streams.push(streamInRealTime(student2, simulateWeld({ sampleRateHz: 20, durationMs: 200_000, unsteadiness: 0.9, wearPpe: false, seed: 7 })));

    await expect.poll(async () => (await readTile(page, id.student1!))?.status, { timeout: 20_000 }).toBe('in_progress');
    const shown = (await readTile(page, id.student1!))!;
    expect(shown.connected).toBe(true);
    expect(shown.alerts).toEqual([]);
    expect(shown.remainingSeconds).toBeGreaterThan(200);
    expect(shown.remainingSeconds).toBeLessThanOrEqual(240);

    // A push re-renders only its own tile: an idle candidate's tile renders no more while the two stream.
    const bystander = extras.idle[0]!;
    const rendersBefore = (await readProctor(page))!.renders;
    // The score moves: several different totals within the first seconds of welding.
    const totals = new Set<number>();
    const started = Date.now();
    while (totals.size < 3 && Date.now() - started < 60_000) {
      const total = (await readTile(page, id.student1!))?.total;
      if (total !== null && total !== undefined) totals.add(total);
      await page.waitForTimeout(500);
    }
    expect(totals.size).toBeGreaterThanOrEqual(3);
    const rendersAfter = (await readProctor(page))!.renders;
    const seconds = (Date.now() - started) / 1000;
    expect(rendersAfter[bystander]).toBe(rendersBefore[bystander]);
    expect(rendersAfter[id.student1!]!).toBeGreaterThan(rendersBefore[id.student1!]! + 2);
    // The server pushes a tile at most twice a second; a render or two more for an alert's change.
    expect(rendersAfter[id.student1!]! - rendersBefore[id.student1!]!).toBeLessThanOrEqual(Math.ceil(seconds * 2) + 3);
    console.info(`student1's tile: ${rendersAfter[id.student1!]! - rendersBefore[id.student1!]!} renders in ${seconds.toFixed(1)} s; bystander: ${rendersAfter[bystander]! - rendersBefore[bystander]!}`);

    // Sustained, over 10 s of streaming: at most two updates a second reach student1's tile (issue 11).
    // The window is timed from before the first read to after the last: on a loaded machine a read
    // can take a while, and the renders in it count against the time it really took.
    const windowFrom = Date.now();
    const windowStart = (await readProctor(page))!.renders;
    await page.waitForTimeout(10_000);
    const windowEnd = (await readProctor(page))!.renders;
    const windowS = (Date.now() - windowFrom) / 1000;
    const perSecond = (windowEnd[id.student1!]! - windowStart[id.student1!]!) / windowS;
    console.info(`student1's tile over ${windowS.toFixed(1)} s of streaming: ${perSecond.toFixed(1)} renders a second; the idle bystander: ${windowEnd[bystander]! - windowStart[bystander]!}`);
    expect(perSecond).toBeGreaterThan(0.5);
    expect(perSecond).toBeLessThanOrEqual(2.2);
    expect(windowEnd[bystander]).toBe(windowStart[bystander]);

    // student2's critical error as it happens: the alert, and the error by its name with its time.
    await expect.poll(async () => (await readTile(page, id.student2!))?.alerts, { timeout: 30_000 }).toContain('critical');
    const critical = page.getByTestId(`tile-${id.student2}`).getByTestId('tile-critical');
    expect(await critical.textContent()).toMatch(/Mồi hồ quang khi chưa đội mặt nạ hàn/);
    expect(await critical.textContent()).toMatch(/lúc \d+:\d\d/);
    await expect.poll(async () => page.getByTestId('alert-summary').textContent()).toMatch(/thí sinh cần chú ý.*lỗi nghiêm trọng/);

    // Time left counts down between pushes.
    const left = (await readTile(page, id.student1!))!.remainingSeconds;
    await expect.poll(async () => (await readTile(page, id.student1!))!.remainingSeconds, { timeout: 5_000 }).toBeLessThan(left);

    // The candidates who dropped: offline, for so long. Their alert comes after 30 s offline: the
    // spectating test runs meanwhile, and the sorting test waits for it.
    const dropped = extras.dropped[0]!;
    expect((await readTile(page, dropped))?.connected).toBe(false);
    expect((await readTile(page, dropped))?.text).toMatch(/Mất kết nối \d+:\d\d/);
  });

  it('spectates student1 in 3D, following the log live, and comes back to the dashboard', { timeout: 180_000 }, async () => {
    // A smaller window while the 3D view draws (SwiftShader draws on the CPU, pixel by pixel).
    await page.setViewportSize({ width: 640, height: 400 });
    await spectate(page, id.student1!);
    const first = (await readSpectate(page))!;
    expect(first.sessionId).toBe(student1.sessionId);
    expect(first.events).toBeGreaterThan(0);
    expect(first.timeMs).toBe(first.headT);
    // Following: new batches arrive and the view stays at the newest event, the torch moving along the seam.
    await expect.poll(async () => (await readSpectate(page))!.lastSeq, { timeout: 20_000 }).toBeGreaterThan(first.lastSeq + 20);
    const later = (await readSpectate(page))!;
    expect(later.timeMs).toBe(later.headT);
    expect(later.headT).toBeGreaterThan(first.headT);
    await expect.poll(async () => (await readWorkshop(page))?.torch.held, { timeout: 30_000 }).toBe(true);
    const x = (await readWorkshop(page))!.torch.p[0]!;
    await expect.poll(async () => (await readWorkshop(page))!.torch.p[0]!, { timeout: 30_000 }).not.toBe(x);
    expect(await page.getByTestId('spectate-who').textContent()).toBe('Nguyễn Văn An');
    await saveScreenshot(page, 'proctor-spectate');

    // While the page is open the server holds one spectator of the attempt; leaving unspectates.
    const spectators = () => server.server.io.of('/proctor').adapter.rooms.get(spectateRoom(student1.sessionId))?.size ?? 0;
    expect(spectators()).toBe(1);
    await page.getByTestId('back-to-dashboard').click();
    await page.getByTestId('proctor-live').waitFor();
    await expect.poll(spectators).toBe(0);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.locator('[data-testid="proctor-tiles"] > li').nth(59).waitFor();
  });

  it('alerts for the candidates offline over 30 s; sorts and filters 60 tiles: alerts first, by score, only alerts, by name without the marks', { timeout: 60_000 }, async () => {
    // The candidates who dropped: an alert once they have been offline more than 30 s (counted
    // from when the dashboard first saw them, the spectator page in between).
    for (const learnerId of extras.dropped) await expect.poll(async () => (await readTile(page, learnerId))?.alerts, { timeout: 40_000 }).toEqual(['disconnected']);
    expect((await readTile(page, extras.dropped[0]!))?.text).toMatch(/Mất kết nối \d+:\d\d/);

    const tiles = await readTiles(page);
    expect(tiles).toHaveLength(60);
    // Alerts first (the default): every tile with an alert comes before every tile without.
    const firstQuiet = tiles.findIndex((tile) => tile.alerts.length === 0);
    expect(tiles.slice(firstQuiet).every((tile) => tile.alerts.length === 0)).toBe(true);
    expect(firstQuiet).toBeGreaterThanOrEqual(1 + extras.waiting.length + extras.dropped.length);

    await page.getByTestId('sort-alerts-first').uncheck();
    await page.getByTestId('sort-key').selectOption('score');
    await expect.poll(async () => {
      const totals = (await readTiles(page)).map((tile) => tile.total ?? -1);
      return totals.every((total, i) => i === 0 || totals[i - 1]! >= total);
    }).toBe(true);

    await page.getByTestId('filter-alerts').check();
    await expect.poll(async () => (await readTiles(page)).every((tile) => tile.alerts.length > 0)).toBe(true);
    expect((await readTiles(page)).map((tile) => tile.learnerId)).toContain(id.student2);
    await page.getByTestId('filter-alerts').uncheck();

    await page.getByTestId('filter-search').fill('tran thi bich');
    await expect.poll(async () => (await readTiles(page)).map((tile) => tile.learnerId)).toEqual([id.student2]);
    expect(await page.getByTestId('tiles-shown').textContent()).toMatch(/1\/60/);
    await page.getByTestId('filter-search').fill('');
    await page.getByTestId('filter-status').selectOption('not_started');
    await expect.poll(async () => (await readTiles(page)).map((tile) => tile.learnerId).sort()).toEqual([...extras.waiting].sort());
    await page.getByTestId('filter-status').selectOption('all');
    await page.getByTestId('sort-key').selectOption('name');
    await page.getByTestId('sort-alerts-first').check();
    await expect.poll(async () => (await readTiles(page)).length).toBe(60);
  });

  it('stops student2 with a required reason: the dialog keeps focus, Esc closes it, the tile shows stopped', { timeout: 60_000 }, async () => {
    const tile = page.getByTestId(`tile-${id.student2}`);
    const ended = new Promise((resolve) => student2.socket.once('session:ended', resolve));
    await tile.getByTestId('tile-stop').click();
    const dialog = page.getByTestId('stop-dialog');
    await dialog.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('stop-reason');
    // No reason, no stop: the field says what is missing.
    await dialog.getByTestId('stop-confirm').click();
    await dialog.getByText('Hãy ghi lý do dừng bài thi.').waitFor();
    await saveViewport(page, 'proctor-stop-dialog');
    expect((await readTile(page, id.student2!))?.status).toBe('in_progress');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('tile-stop');

    await stopWithReason(page, id.student2!, 'Có người khác trong phòng thi');
    expect(await ended).toEqual({ sessionId: student2.sessionId, reason: 'stopped' });
    expect(await tile.getByTestId('tile-status').textContent()).toBe('Đã bị dừng');
    expect(await tile.getByTestId('tile-stop').count()).toBe(0);
    // The Stop button is gone: focus went to the candidate's name on the tile.
    // (kept there when the stopped tile moves in the list: a moved node loses focus in the browser)
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`tile-${id.student2}-name`);
    await page.waitForTimeout(1_500); // a second's tick re-sorts the tiles again
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`tile-${id.student2}-name`);
    expect(await page.getByTestId('stop-announcement').textContent()).toMatch(/Đã dừng bài thi của Trần Thị Bích/);
    const fromServer = await (await fetch(`${server.url}/api/exams/${exam.id}`, { headers: { Authorization: `Bearer ${token.assessor1}` } })).json();
    expect((fromServer as { exam: Exam }).exam.candidates.find((c) => c.learnerId === id.student2)?.status).toBe('stopped');
    // student1 goes on.
    expect((await readTile(page, id.student1!))?.status).toBe('in_progress');
    await tile.scrollIntoViewIfNeeded();
    await saveViewport(page, 'proctor-dashboard-stopped');
    await page.evaluate(() => window.scrollTo(0, 0));
    await saveViewport(page, 'proctor-dashboard');
    // The page passes axe (WCAG 2.1 AA) with 60 tiles, alerts and a stopped candidate.
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows "reconnecting" when its socket drops and watches again when it is back', { timeout: 60_000 }, async () => {
    await context.setOffline(true);
    server.server.io.of('/proctor').disconnectSockets();
    await page.getByTestId('proctor-reconnecting').waitFor({ timeout: 10_000 });
    expect(await page.getByTestId('proctor-reconnecting').textContent()).toMatch(/đang kết nối lại/);
    await context.setOffline(false);
    await page.getByTestId('proctor-live').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('proctor-reconnecting').count()).toBe(0);
    expect(await readTiles(page)).toHaveLength(60);
    // Watching again: student1's pushes come in (each re-renders the tile).
    const renders = (await readProctor(page))!.renders[id.student1!]!;
    await expect.poll(async () => (await readProctor(page))!.renders[id.student1!]!, { timeout: 20_000 }).toBeGreaterThan(renders + 2);
    // The dropped candidates' offline time was not restarted by the spectator page or the reconnect.
    expect((await readTile(page, extras.dropped[0]!))?.alerts).toEqual(['disconnected']);
  });

  it('fits a 390 px phone, and the spectator offers Enter VR in an emulated headset', { timeout: 180_000 }, async () => {
    const phone = await context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await openDashboard(phone, server.url, exam.id, 60);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await phone.close();

    const headset = await context.newPage();
    await headset.setViewportSize({ width: 480, height: 300 });
    await headset.goto(`${server.url}/exams/${exam.id}/proctor/spectate/${student1.sessionId}?xr=emulate`);
    await expect.poll(async () => (await readWorkshop(headset))?.ready, { timeout: 120_000, interval: 250 }).toBe(true);
    await headset.getByRole('button', { name: /Vào VR|Enter VR/ }).click();
    await expect.poll(async () => (await readWorkshop(headset))?.mode, { timeout: 20_000 }).toBe('vr');
    const seq = (await readSpectate(headset))!.lastSeq;
    await expect.poll(async () => (await readSpectate(headset))!.lastSeq, { timeout: 20_000 }).toBeGreaterThan(seq);
    await saveScreenshot(headset, 'proctor-spectate-vr');
    await headset.close();
  });
});
