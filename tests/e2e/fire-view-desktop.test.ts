// A smoke of the fire workshop on the desktop, driven only through the mouse and keys at the
// points the test hook gives: click the floor to walk (hands free), press the call point, take
// the extinguisher for the server's class, pull the pin (P), hold the button on the fire's base
// and sweep across it until the fire is out. The server scores it passed with no critical error,
// and its log folded by the standard's model is the fire the learner saw (same intensity, same
// moment it went out). Screenshot: test-results/fire-desktop-out.png.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { saveScreenshot } from './support/browser';
import { serverAndBrowser } from './support/serverAndBrowser';
import { readHook, signIn } from './support/signIn';
import { answerOpenAttemptPrompt } from './support/openAttemptPrompt';
import { fetchEvents, fetchSession, finishAttempt, sessionIdOf, watchPageErrors } from './support/electrical';
import { foldFire } from '../../scenes/fire-extinguisher/fire';
import type { FireClass } from '../../scenes/fire-extinguisher/events';

type Point = [number, number];
interface FireHook {
  fireClass: FireClass;
  held: string | null;
  pinPulled: Record<string, boolean>;
  alarmAtMs: number | null;
  intensity: number;
  out: boolean;
  outAtMs: number | null;
  walking: boolean;
  learner: { position: [number, number, number] };
  screen: { base: Point; baseLeft: Point; baseRight: Point; floor: { bandNear: Point | null; start: Point | null } };
}
interface Workshop { ready: boolean; targets: Record<string, { screen: Point | null; enabled: boolean }>; fire: FireHook }

const read = (page: Page) => readHook<Workshop>(page, 'workshop');
const fire = async (page: Page) => (await read(page)).fire;

async function press(page: Page, id: string): Promise<void> {
  await expect.poll(async () => Boolean((await read(page)).targets[id]?.enabled && (await read(page)).targets[id]?.screen), { timeout: 10_000, message: `target ${id}` }).toBe(true);
  const at = (await read(page)).targets[id]!.screen!;
  await page.mouse.click(at[0], at[1]);
}

describe('fire extinguisher on the desktop', () => {
  const running = serverAndBrowser();

  it('walks, raises the alarm, takes the right extinguisher, pulls the pin, sweeps the base until out: passed, and the server saw the same fire', { timeout: 150_000 }, async () => {
    const page = await running.browser.newPage({ viewport: { width: 960, height: 600 } });
    const errors = watchPageErrors(page);
    await signIn(page, running.server.url, 'student1');
    await page.goto(`${running.server.url}/workshop/fire-extinguisher?mode=practice`);
    await answerOpenAttemptPrompt(page);
    await expect.poll(async () => (await read(page))?.ready, { timeout: 60_000, interval: 250 }).toBe(true);
    const { fireClass } = await fire(page);
    const agent = fireClass === 'electrical' ? 'co2' : fireClass === 'B' ? 'foam' : 'water';

    // Hands free, a click on the floor walks there (1.6 m from the fire), and back to the start.
    const near = (await fire(page)).screen.floor.bandNear!;
    await page.mouse.click(near[0], near[1]);
    await expect.poll(async () => (await fire(page)).learner.position[2], { timeout: 15_000 }).toBeLessThan(-1.3);
    await expect.poll(async () => (await fire(page)).walking, { timeout: 15_000 }).toBe(false);
    await page.keyboard.down('KeyS');
    await expect.poll(async () => (await fire(page)).learner.position[2], { timeout: 20_000 }).toBeGreaterThan(-0.1);
    await page.keyboard.up('KeyS');

    await press(page, 'call-point');
    await expect.poll(async () => (await fire(page)).alarmAtMs, { timeout: 10_000 }).not.toBeNull();
    await press(page, `rack:${agent}`);
    await expect.poll(async () => (await fire(page)).held, { timeout: 10_000 }).toBe(agent);
    await page.keyboard.press('KeyP');
    await expect.poll(async () => (await fire(page)).pinPulled[agent], { timeout: 10_000 }).toBe(true);

    const { base, baseLeft, baseRight } = (await fire(page)).screen;
    await page.mouse.move(base[0], base[1]);
    await page.mouse.down();
    const started = Date.now();
    while (!(await fire(page)).out && Date.now() - started < 40_000) {
      const f = 0.5 + 0.5 * Math.sin(((Date.now() - started) / 1000) * Math.PI * 2);
      await page.mouse.move(baseLeft[0] + (baseRight[0] - baseLeft[0]) * f, baseLeft[1] + (baseRight[1] - baseLeft[1]) * f, { steps: 2 });
      await page.waitForTimeout(40);
    }
    await page.mouse.up();
    const seen = await fire(page);
    expect(seen.out).toBe(true);
    await page.waitForTimeout(500);
    await saveScreenshot(page, 'fire-desktop-out');

    const sessionId = await sessionIdOf(page);
    await finishAttempt(page);
    const report = await fetchSession(running.server.url, sessionId);
    expect(report.result.critical).toEqual([]);
    expect(report.result.passed).toBe(true);
    const byId = Object.fromEntries(report.result.criteria.map((c) => [c.id, c.score]));
    expect(byId).toMatchObject({ alarm: 1, agent: 1, pin: 1, extinguished: 1 });
    // The server's stored log, folded by the standard's model, is the fire the learner saw.
    const folded = foldFire(fireClass, await fetchEvents(running.server.url, sessionId));
    expect(folded.out).toBe(true);
    expect(folded.outAtMs).toBe(seen.outAtMs);
    expect(errors).toEqual([]);
    await page.close();
  });
});
