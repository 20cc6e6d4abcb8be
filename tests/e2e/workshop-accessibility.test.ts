// The 3D workshop and the 3D replay for people who use a keyboard or a screen reader: each has
// one main landmark, one heading that takes focus on arrival and a tab title naming the scene
// in the UI language; axe-core (WCAG 2.0/2.1 A and AA) finds nothing on either, on a PC and on
// a phone-sized replay; and Space on a focused button presses it while the 3D view is open
// (the workshop's own keys must not swallow it), while Space on the page still plays the replay.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { WorkshopState } from './support/hookTypes';
import { launchChromium } from './support/browser';
import { axeViolations } from './support/axeViolations';
import { readHook, signIn } from './support/signIn';
import { loginAs, manualClock, startTestServer, type TestServer } from '../support/testServer';
import { recordAttempt, type RecordedAttempt } from '../support/recordAttempt';
import { simulateWeld } from '../../scenes/welding-bead/simulatedWelder';

/** Tabs (keyboard only) until the element matching `selector` has focus. */
async function tabTo(page: Page, selector: string, maxTabs = 15): Promise<void> {
  for (let i = 0; i < maxTabs; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) === true, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${selector} never took focus in ${maxTabs} tabs`);
}

const pageShape = (page: Page) =>
  page.evaluate(() => ({
    mains: document.querySelectorAll('main').length,
    headings: [...document.querySelectorAll('h1')].map((h) => h.textContent),
    focused: document.activeElement?.tagName,
    title: document.title,
  }));

interface ReplayState {
  playing: boolean;
}

describe('the 3D workshop and replay with a keyboard and a screen reader', () => {
  let server: TestServer;
  let browser: Browser;
  let attempt: RecordedAttempt;

  beforeAll(async () => {
    const clock = manualClock();
    server = await startTestServer({}, { now: clock.now });
    browser = await launchChromium();
    const token = await loginAs(server.url, 'student1');
    attempt = await recordAttempt(server, token, simulateWeld({ sampleRateHz: 20, wearPpe: true }), clock.advance);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('workshop: one main, a focused h1, a tab title, no axe violations, and Space presses a focused button', { timeout: 180_000 }, async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
    const page = await context.newPage();
    await signIn(page, server.url, 'student1');
    await page.getByTestId('practise-welding-bead').click();
    await expect.poll(async () => (await readHook<WorkshopState>(page, 'workshop'))?.ready, { timeout: 90_000, interval: 250 }).toBe(true);

    const shape = await pageShape(page);
    expect(shape.mains).toBe(1);
    expect(shape.headings).toEqual([expect.stringMatching(/^Hàn .+ — Thực hành$/)]);
    expect(shape.focused).toBe('H1');
    expect(shape.title).toMatch(/^Hàn .+ — VocaXR$/);
    expect(await axeViolations(page)).toEqual([]);

    // Keyboard only: Tab to the help panel's button; Space folds it, Enter opens it again.
    const helpButton = '#workshop-help-title';
    await tabTo(page, helpButton);
    expect(await page.locator(helpButton).getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator(helpButton).getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(helpButton).getAttribute('aria-expanded')).toBe('true');
    // With focus back on the page's heading the workshop's own keys act again (H: help).
    await page.getByTestId('workshop-heading').focus();
    await page.keyboard.press('KeyH');
    await expect.poll(() => page.locator(helpButton).getAttribute('aria-expanded')).toBe('false');
    await context.close();
  });

  it('replay: one main, a focused h1, a tab title, no axe violations, Space on the play button plays once', { timeout: 180_000 }, async () => {
    const context = await browser.newContext({ viewport: { width: 1100, height: 720 }, bypassCSP: true });
    const page = await context.newPage();
    await signIn(page, server.url, 'teacher1');
    await page.goto(`${server.url}/sessions/${attempt.sessionId}/replay`);
    await expect.poll(async () => (await readHook<WorkshopState>(page, 'workshop'))?.ready, { timeout: 90_000, interval: 250 }).toBe(true);

    const shape = await pageShape(page);
    expect(shape.mains).toBe(1);
    expect(shape.headings).toEqual([expect.stringMatching(/^Xem lại 3D: Hàn .+ — Nguyễn Văn An$/)]);
    expect(shape.focused).toBe('H1');
    expect(shape.title).toMatch(/^Xem lại: Hàn .+ — VocaXR$/);
    expect(await axeViolations(page)).toEqual([]);

    const playing = async () => (await readHook<ReplayState>(page, 'replay')).playing;
    // Space with focus on the page (the heading) plays and pauses: the replay's own shortcut.
    await page.keyboard.press('Space');
    await expect.poll(playing).toBe(true);
    await page.keyboard.press('Space');
    await expect.poll(playing).toBe(false);
    // Space on the focused Play button presses it, exactly once.
    await tabTo(page, '[data-testid="replay-play"]');
    await page.keyboard.press('Space');
    await expect.poll(playing).toBe(true);
    await page.waitForTimeout(300);
    expect(await playing()).toBe(true);
    await page.keyboard.press('Space');
    await expect.poll(playing).toBe(false);
    await context.close();
  });

  it('replay on a phone (390×844): the speed select keeps its name, no axe violations', { timeout: 180_000 }, async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 1, bypassCSP: true });
    const page = await context.newPage();
    await signIn(page, server.url, 'teacher1');
    await page.goto(`${server.url}/sessions/${attempt.sessionId}/replay`);
    await expect.poll(async () => (await readHook<WorkshopState>(page, 'workshop'))?.ready, { timeout: 90_000, interval: 250 }).toBe(true);
    expect(await page.getByRole('combobox', { name: /Tốc độ/ }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
