// Handing in an exam early, the candidate's side, in real Chromium. The whole exam (scheduled
// through the form, taken on the desktop and in an emulated Quest 3, proctored, stopped, timed
// out) is tests/e2e/exam-day.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { WorkshopState } from './support/hookTypes';
import { launchChromium, saveScreenshot } from './support/browser';
import { readHook } from './support/signIn';
import { axeViolations } from './support/axeViolations';
import { startTestServer, type TestServer } from '../support/testServer';
import { examAsAssessor, examCardOnHome, readCountdown, readExamAttempt, scheduleExam, waitForExamEnded } from './support/takeExam';

// Handing in early, on a phone-sized screen (390 px, touch): the bar with the countdown fits,
// Hand in asks first (Keep working goes back), then the attempt is submitted without a score;
// the home card, the dialog and the end screen have no axe (WCAG 2.1 AA) violation.
describe('handing in an exam early, on a 390 px touch screen', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('asks before handing in, then shows it submitted, and the server has it submitted', { timeout: 180_000 }, async () => {
    const exam = await scheduleExam(server.url, { candidates: ['student3'], timeLimitMs: 20 * 60_000, title: 'Kiểm tra nộp sớm' });
    // bypassCSP only lets the test inject axe-core; the app is unchanged.
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, bypassCSP: true });
    const page = await context.newPage();
    const card = await examCardOnHome(page, server.url, 'student3', exam.id);
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await card.getByTestId('exam-start').click();
    await expect.poll(async () => (await readHook<WorkshopState | undefined>(page, 'workshop'))?.ready, { timeout: 90_000, interval: 250 }).toBe(true);
    const bar = await page.locator('.workshop-bar').boundingBox();
    expect(bar!.x).toBeGreaterThanOrEqual(0);
    expect(bar!.x + bar!.width).toBeLessThanOrEqual(390);
    expect((await readCountdown(page)).text).toMatch(/^(19|20):\d\d$/);
    await saveScreenshot(page, 'exam-phone-countdown');

    await page.getByTestId('finish').click();
    const dialog = page.getByTestId('hand-in-dialog');
    await dialog.waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('keep-working');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId('keep-working').click();
    await dialog.waitFor({ state: 'detached' });
    expect((await readExamAttempt(page)).phase).toBe('running');

    await page.getByTestId('finish').click();
    await page.getByTestId('confirm-hand-in').click();
    await waitForExamEnded(page, 'submitted', { confirmed: true });
    expect(await page.getByTestId('total').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    const row = (await examAsAssessor(server.url, exam.id)).candidates[0];
    expect(row?.status).toBe('submitted');
    await context.close();
  });
});
