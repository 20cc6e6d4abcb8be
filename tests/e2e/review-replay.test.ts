// A teacher reviews a learner's attempt: an attempt is recorded through the protocol (no helmet,
// so it has a critical error), teacher1 signs in, goes from the class list to the session in two
// clicks, sees the criterion breakdown and the parameter plots, comments, and opens the 3D
// replay (the third click). Played, the replayed torch moves along the seam; sought to the same
// moment twice, the replay shows the same thing. The learner then finds the attempt from My
// progress and reads the comment.
// Screenshots: test-results/review.png, test-results/replay.png.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { WorkshopState } from './support/hookTypes';
import { launchChromium, saveScreenshot } from './support/browser';
import { readHook, signIn } from './support/signIn';
import { loginAs, manualClock, startTestServer, type TestServer } from '../support/testServer';
import { recordAttempt, type RecordedAttempt } from '../support/recordAttempt';
import { simulateWeld } from '../../scenes/welding-bead/simulatedWelder';

interface ReplayState {
  sessionId: string;
  events: number;
  durationMs: number;
  timeMs: number;
  playing: boolean;
  speed: number;
}

const readWorkshop = (page: Page) => readHook<WorkshopState | undefined>(page, 'workshop');
const readReplay = (page: Page) => readHook<ReplayState | undefined>(page, 'replay');

describe('teacher review and 3D replay', () => {
  let server: TestServer;
  let browser: Browser;
  let attempt: RecordedAttempt;
  const comment = 'Đội mặt nạ trước khi mồi hồ quang! Góc mỏ hàn tốt.';

  beforeAll(async () => {
    const clock = manualClock();
    server = await startTestServer({}, { now: clock.now });
    browser = await launchChromium();
    const token = await loginAs(server.url, 'student1');
    // About 45 s of welding at 30 samples a second, helmet and gloves left on the bench.
    attempt = await recordAttempt(server, token, simulateWeld({ sampleRateHz: 30, wearPpe: false, unsteadiness: 0.8 }), clock.advance);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('goes from the class list to the breakdown, plots and replay in three clicks; the replay moves and is repeatable', { timeout: 180_000 }, async () => {
    expect(attempt.result?.critical.map((c) => c.id)).toContain('arc-without-helmet');
    const page = await browser.newPage({ viewport: { width: 1100, height: 720 } });
    await signIn(page, server.url, 'teacher1');

    // Click 1: open the class from the class list on the home page.
    await page.getByTestId('open-class-HAN-K24').click();
    // Click 2: the session's start time in the sessions table opens its review.
    const row = page.getByTestId(`session-row-${attempt.sessionId}`);
    await row.waitFor();
    // (The table exports to CSV with a BOM, so Excel reads the Vietnamese names; the header row
    // is in the UI language, Vietnamese here.)
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('sessions-csv').click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(download.suggestedFilename()).toMatch(/^sessions-HAN-K24-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    // Every text cell is quoted (server/http/csv.ts).
    expect(csv.slice(1, csv.indexOf('\r\n')).replaceAll('"', '')).toBe('Mã buổi,Học viên,Mã học viên,Bài thực hành,Chế độ,Trạng thái,Bắt đầu,Kết thúc,Tổng điểm,Đạt,Lỗi nghiêm trọng,Có nhận xét');
    expect(csv).toContain('Nguyễn Văn An');
    await row.getByRole('link', { name: /Xem chi tiết buổi|Open the session/ }).click();

    // The breakdown: verdict, a bar per criterion, the critical error; a plot per measured parameter.
    await page.getByTestId('criteria-bars').waitFor();
    expect(await page.getByTestId('verdict').textContent()).toMatch(/CHƯA ĐẠT|NOT PASSED/);
    expect(await page.getByTestId('criteria-bars').locator('li').count()).toBe(6);
    expect(await page.getByTestId('critical-error').count()).toBeGreaterThanOrEqual(1);
    const plots = page.getByTestId('parameter-plots');
    await plots.locator('canvas').first().waitFor();
    expect(await plots.locator('.parameter-plot').count()).toBe(5);
    expect(await plots.locator('canvas').count()).toBe(5);
    expect(Number(await page.getByTestId('plot-ctwd').getAttribute('data-samples'))).toBeGreaterThan(500);
    // The log's integrity (PROTOCOL §9), said in words: this finished attempt's log is intact.
    const integrity = page.getByTestId('log-integrity');
    await integrity.waitFor();
    expect(await integrity.getAttribute('data-valid')).toBe('true');
    expect(await integrity.textContent()).toMatch(/Nhật ký nguyên vẹn|Log intact/);

    // The teacher's comment is saved for the learner.
    await page.locator('#comment-text').fill(comment);
    await page.getByRole('button', { name: /Lưu nhận xét|Save comment/ }).click();
    await page.getByText(/Đã lưu nhận xét|Comment saved/).waitFor();
    await saveScreenshot(page, 'review');

    // Click 3: the 3D replay, in a smaller window (SwiftShader draws on the CPU, pixel by pixel).
    await page.setViewportSize({ width: 640, height: 400 });
    await page.getByTestId('open-replay').click();
    await expect.poll(async () => (await readWorkshop(page))?.ready, { timeout: 90_000, interval: 250 }).toBe(true);
    const replay = (await readReplay(page))!;
    expect(replay.sessionId).toBe(attempt.sessionId);
    expect(replay.durationMs).toBeGreaterThan(30_000);
    expect(await page.getByTestId('replay-marker').count()).toBeGreaterThanOrEqual(1);

    // Play at 4x: the replayed torch is taken up and travels along the seam (+X).
    await page.getByTestId('replay-speed').selectOption('4');
    await page.getByTestId('replay-play').click();
    await expect.poll(async () => (await readWorkshop(page))?.torch.held, { timeout: 30_000 }).toBe(true);
    const first = ((await readWorkshop(page)) as WorkshopState).torch.p[0]!;
    await expect.poll(async () => ((await readWorkshop(page)) as WorkshopState).torch.p[0]!, { timeout: 60_000 }).toBeGreaterThan(first + 0.02);
    expect(((await readWorkshop(page)) as WorkshopState).bead.segments).toBeGreaterThan(0);
    await page.getByTestId('replay-play').click(); // pause
    await expect.poll(async () => (await readReplay(page))?.playing).toBe(false);
    await saveScreenshot(page, 'replay');

    // Deterministic: the same moment, reached twice by different ways, shows the same torch and bead.
    const at = async (timeMs: number) => {
      await page.getByTestId('replay-timeline').fill(String(timeMs));
      await expect.poll(async () => (await readReplay(page))?.timeMs).toBe(timeMs);
      const frames = ((await readWorkshop(page)) as WorkshopState).frame.count;
      await expect.poll(async () => ((await readWorkshop(page)) as WorkshopState).frame.count, { timeout: 20_000 }).toBeGreaterThan(frames + 2);
      const state = (await readWorkshop(page)) as WorkshopState;
      return { p: state.torch.p, d: state.torch.d, bead: state.bead.segments, ppe: state.ppe };
    };
    const middle = await at(20_000);
    await at(Math.floor(replay.durationMs / 10) * 10 - 100);
    const again = await at(20_000);
    expect(again).toEqual(middle);
    expect(middle.bead).toBeGreaterThan(0);
    await page.close();
  });

  it('replays in an emulated headset: Enter VR, the trigger plays, the torch moves', { timeout: 120_000 }, async () => {
    const page = await browser.newPage({ viewport: { width: 480, height: 300 } });
    await signIn(page, server.url, 'teacher1');
    await page.goto(`${server.url}/sessions/${attempt.sessionId}/replay?xr=emulate`);
    await expect.poll(async () => (await readWorkshop(page))?.ready, { timeout: 90_000, interval: 250 }).toBe(true);
    await page.getByRole('button', { name: /Vào VR|Enter VR/ }).click();
    await expect.poll(async () => (await readWorkshop(page))?.mode, { timeout: 20_000 }).toBe('vr');
    await page.getByTestId('replay-speed').selectOption('4');
    // In the headset the page's buttons are out of reach: a trigger press plays.
    const press = (value: number) =>
      page.evaluate((v) => (window as unknown as { __vocaxrXRDevice: { controllers: { right: { updateButtonValue(id: string, v: number): void } } } }).__vocaxrXRDevice.controllers.right.updateButtonValue('trigger', v), value);
    await press(1);
    await expect.poll(async () => (await readReplay(page))?.playing, { timeout: 10_000 }).toBe(true);
    await press(0);
    await expect.poll(async () => (await readWorkshop(page))?.torch.held, { timeout: 30_000 }).toBe(true);
    const first = ((await readWorkshop(page)) as WorkshopState).torch.p[0]!;
    await expect.poll(async () => ((await readWorkshop(page)) as WorkshopState).torch.p[0]!, { timeout: 60_000 }).toBeGreaterThan(first + 0.01);
    await saveScreenshot(page, 'replay-vr');
    await page.close();
  });

  it('shows the learner their progress and their own session with the teacher\'s comment, and refuses another learner', { timeout: 60_000 }, async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
    await signIn(page, server.url, 'student1');
    // My progress: the attempt, its critical error as what to practise next, and a way to its review.
    await page.getByTestId('my-progress').click();
    await page.getByTestId('recommendation').waitFor();
    expect(await page.getByTestId('recommendation').textContent()).toMatch(/mặt nạ|helmet/i);
    await page.getByTestId(`session-row-${attempt.sessionId}`).getByRole('link', { name: /Xem chi tiết buổi|Open the session/ }).click();
    await page.getByTestId('comment').getByText(comment).waitFor();
    expect(await page.locator('#comment-text').count()).toBe(0); // read-only for the learner
    await page.close();

    const other = await browser.newPage();
    await signIn(other, server.url, 'student2');
    await other.goto(`${server.url}/sessions/${attempt.sessionId}`);
    await other.getByRole('alert').waitFor();
    expect(await other.getByRole('alert').textContent()).toMatch(/quyền|access/i);
    await other.close();
  });
});
