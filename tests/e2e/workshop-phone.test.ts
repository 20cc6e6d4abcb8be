// Welding practice on a phone and a tablet: a touch screen (hasTouch, isMobile) opens the
// workshop; nothing runs off the screen or overlaps, every button is a finger's size and
// reachable, the help speaks of taps and drags, helmet, gloves, torch and both seam ends are
// on screen clear of the panels, and axe-core finds no WCAG 2.1 AA violation. Held upright the
// learner taps the PPE on, taps the torch up, tilts it with the on-screen buttons and welds by
// dragging a finger along the seam.
// Screenshots: test-results/workshop-phone.png, workshop-phone-welding.png,
// workshop-phone-landscape.png, workshop-tablet.png.
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { WorkshopState } from './support/hookTypes';
import { saveScreenshot } from './support/browser';
import { axeViolations } from './support/axeViolations';
import { readHook, signIn } from './support/signIn';
import { answerOpenAttemptPrompt } from './support/openAttemptPrompt';
import { serverAndBrowser } from './support/serverAndBrowser';

type Point = [number, number];
type Rect = { name: string; left: number; top: number; right: number; bottom: number };

const readWorkshop = (page: Page) => readHook<WorkshopState & { desktopSettings: { travelAngle: number } }>(page, 'workshop');

/** The bar and the scene's panels, as laid out on screen. */
function overlayRects(page: Page): Promise<Rect[]> {
  return page.evaluate(() =>
    ['.workshop-bar', '[data-testid="workshop-status"]', '[data-testid="workshop-cues"]', '[data-testid="workshop-help"]', '[data-testid="touch-adjust"]'].flatMap((selector) => {
      const element = document.querySelector(selector);
      if (!element) return [];
      const r = element.getBoundingClientRect();
      return [{ name: selector, left: r.left, top: r.top, right: r.right, bottom: r.bottom }];
    }),
  );
}

/** Fails with the offending parts when the workshop's HTML runs off the screen, overlaps or has small targets. */
async function expectTidyLayout(page: Page): Promise<void> {
  const { width, height, scrollWidth, small, covered } = await page.evaluate(() => {
    const targets = [...document.querySelectorAll('.workshop-bar :is(a, button), .workshop-overlay button')].map((element) => ({
      element,
      text: element.getAttribute('aria-label') ?? element.textContent?.trim(),
      rect: element.getBoundingClientRect(),
    }));
    return {
      width: window.innerWidth,
      height: window.innerHeight,
      scrollWidth: document.documentElement.scrollWidth,
      small: targets.filter(({ rect }) => rect.width > 0 && (rect.width < 44 || rect.height < 44)).map(({ text, rect }) => `${text} ${Math.round(rect.width)}×${Math.round(rect.height)}`),
      // A tap on the middle of each button must reach that button, not the 3D view or a panel.
      covered: targets
        .filter(({ element, rect }) => !element.contains(document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2)))
        .map(({ text, rect }) => `${text} under ${document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2)?.tagName}`),
    };
  });
  expect(scrollWidth, 'the page scrolls sideways').toBeLessThanOrEqual(width);
  expect(small, 'touch targets under 44 px').toEqual([]);
  expect(covered, 'buttons a tap cannot reach').toEqual([]);
  const rects = await overlayRects(page);
  expect(rects.length).toBeGreaterThanOrEqual(4);
  for (const r of rects) {
    expect([r.name, r.left >= 0 && r.top >= 0 && r.right <= width + 0.5 && r.bottom <= height + 0.5], `${r.name} runs off the ${width}×${height} screen`).toEqual([r.name, true]);
  }
  for (const [i, a] of rects.entries()) {
    for (const b of rects.slice(i + 1)) {
      const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      expect(overlap, `${a.name} overlaps ${b.name}`).toBe(false);
    }
  }
}

type BenchPoints = { helmet: Point; gloves: Point; torch: Point; seamStart: Point; seamEnd: Point };

/**
 * Helmet, gloves, torch and both seam ends on screen, under no panel or bar (visually clear, and
 * a tap there reaches the 3D view).
 */
async function expectBenchInView(page: Page): Promise<BenchPoints> {
  const { screen } = await readWorkshop(page);
  const points: BenchPoints = { helmet: screen.helmet!, gloves: screen.gloves!, torch: screen.torch!, seamStart: screen.seamStart, seamEnd: screen.seamEnd };
  const rects = await overlayRects(page);
  const hits = await page.evaluate((all) => {
    const out: Record<string, string> = {};
    for (const [name, [x, y]] of Object.entries(all) as Array<[string, [number, number]]>) {
      const inside = x >= 0 && y >= 0 && x <= window.innerWidth && y <= window.innerHeight;
      out[name] = inside ? (document.elementFromPoint(x, y)?.tagName ?? 'nothing') : `off screen at ${x},${y}`;
    }
    return out;
  }, points);
  for (const [name, [x, y]] of Object.entries(points) as Array<[string, Point]>) {
    const under = rects.filter((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom).map((r) => r.name);
    if (under.length > 0) hits[name] = `under ${under.join(', ')}`;
  }
  expect(hits).toEqual({ helmet: 'CANVAS', gloves: 'CANVAS', torch: 'CANVAS', seamStart: 'CANVAS', seamEnd: 'CANVAS' });
  return points;
}

describe('welding practice on a phone and a tablet', () => {
  const e2e = serverAndBrowser();

  async function openWorkshop(width: number, height: number): Promise<{ context: BrowserContext; page: Page }> {
    const context = await e2e.browser.newContext({ viewport: { width, height }, hasTouch: true, isMobile: true, deviceScaleFactor: 1, bypassCSP: true });
    const page = await context.newPage();
    await signIn(page, e2e.server.url, 'student1');
    await page.getByTestId('practise-welding-bead').tap();
    await page.waitForURL('**/workshop/welding-bead?mode=practice');
    // The same learner comes back: the attempt left open by the previous case is discarded.
    await answerOpenAttemptPrompt(page);
    await expect.poll(async () => (await readWorkshop(page))?.ready, { timeout: 90_000, interval: 250 }).toBe(true);
    return { context, page };
  }

  it('held upright (390×844): fits the screen, explains touch, and welds with taps and a drag', { timeout: 240_000 }, async () => {
    const { context, page } = await openWorkshop(390, 844);
    expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
    await expectTidyLayout(page);
    const at = await expectBenchInView(page);
    expect(await axeViolations(page)).toEqual([]);

    const help = page.getByTestId('touch-help');
    expect(await help.isVisible()).toBe(true);
    expect(await help.textContent()).toMatch(/Chạm mặt nạ.*Chạm mỏ hàn.*kéo dọc mối hàn/);
    expect(await page.getByTestId('desktop-help').count()).toBe(0);
    await saveScreenshot(page, 'workshop-phone');

    // The folded cue panel opens with a tap, and its rows show.
    const cues = page.getByRole('button', { name: /Thông số hàn/ });
    expect(await cues.getAttribute('aria-expanded')).toBe('false');
    await cues.tap();
    await expect.poll(() => cues.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('[data-testid="workshop-cues"] .cue-row').count()).toBe(5);

    // Taps put the PPE on and take the torch up.
    await page.touchscreen.tap(...at.helmet);
    await page.touchscreen.tap(...at.gloves);
    await expect.poll(async () => (await readWorkshop(page)).ppe).toEqual({ helmet: true, gloves: true });
    await page.touchscreen.tap(...at.torch);
    await expect.poll(async () => (await readWorkshop(page)).torch.held).toBe(true);

    // The on-screen + for the travel angle tilts the torch, as W does on a PC.
    const before = (await readWorkshop(page)).desktopSettings.travelAngle;
    const plus = (await page.getByTestId('adjust-travel-angle-more').boundingBox())!;
    const cdp = await context.newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', point?: Point) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: point ? [{ x: point[0], y: point[1] }] : [] });
    await touch('touchStart', [plus.x + plus.width / 2, plus.y + plus.height / 2]);
    await page.waitForTimeout(300);
    await touch('touchEnd');
    await expect.poll(async () => (await readWorkshop(page)).desktopSettings.travelAngle).toBeGreaterThan(before);
    expect((await readWorkshop(page)).torch.arc, 'a press on a button must not strike the arc').toBe(false);

    // A finger on the seam's start, dragged two thirds along it: arc on, bead laid.
    const along = (f: number): Point => [at.seamStart[0] + (at.seamEnd[0] - at.seamStart[0]) * f, at.seamStart[1] + (at.seamEnd[1] - at.seamStart[1]) * f];
    await touch('touchStart', along(0));
    let struck = false;
    for (let i = 1; i <= 30; i++) {
      await touch('touchMove', along((0.66 * i) / 30));
      await page.waitForTimeout(60);
      struck ||= (await readWorkshop(page)).torch.arc;
    }
    await touch('touchEnd');
    expect(struck, 'the arc never struck while the finger was down').toBe(true);
    // The finger lifted: the arc goes out on the next frame.
    await expect.poll(async () => (await readWorkshop(page)).torch.arc).toBe(false);
    expect((await readWorkshop(page)).bead.segments).toBeGreaterThan(5);
    await saveScreenshot(page, 'workshop-phone-welding');
    await context.close();
  });

  it('held sideways (844×390): the bench and the seam stay in view, clear of the panels', { timeout: 180_000 }, async () => {
    const { context, page } = await openWorkshop(844, 390);
    await expectTidyLayout(page);
    await expectBenchInView(page);
    await saveScreenshot(page, 'workshop-phone-landscape');
    await context.close();
  });

  it('on a tablet (820×1180): the bench and the seam stay in view, clear of the panels', { timeout: 180_000 }, async () => {
    const { context, page } = await openWorkshop(820, 1180);
    await expectTidyLayout(page);
    await expectBenchInView(page);
    await saveScreenshot(page, 'workshop-tablet');
    await context.close();
  });
});
