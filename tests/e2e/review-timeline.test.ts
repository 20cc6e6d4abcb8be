// A teacher reviews a demo student's electrical-isolation attempt (the demo data's, made with the
// scene's simulate): the review shows the step timeline instead of parameter plots, with a step
// not counted (out of order) and the critical error marked at the action that caused it, the
// steps each procedure counted, and it fits a 390 px phone. An entry opens the 3D replay at its
// moment (?t=). Screenshots: test-results/review-timeline.png, review-timeline-replay.png.
import { describe, expect, it } from 'vitest';
import type { Page as ListPage, SessionListItem } from '../../scenes/protocol/review';
import type { ScoreReport } from '../../scenes/rubric/report';
import { findScene } from '../../scenes/registry';
import { stepTimelineView } from '../../client/pages/review/stepTimeline';
import { axeViolations } from './support/axeViolations';
import { saveScreenshot } from './support/browser';
import { serverAndBrowser } from './support/serverAndBrowser';
import { readHook, signIn } from './support/signIn';
import { loginAs } from '../support/testServer';
import { parseNdjson } from '../support/trainingClient';

const sceneId = 'electrical-isolation';

describe('review of a procedure scene', () => {
  const running = serverAndBrowser({}, { demoAttempts: true });

  /** A demo electrical attempt with a step out of order and a critical error, and that error's time. */
  async function pickAttempt(): Promise<{ id: string; criticalT: number }> {
    const token = await loginAs(running.server.url, 'teacher1');
    const get = async (path: string) => (await fetch(`${running.server.url}${path}`, { headers: { Authorization: `Bearer ${token}` } })).text();
    const [demoClass] = JSON.parse(await get('/api/classes')) as { id: string }[];
    const list = JSON.parse(await get(`/api/classes/${demoClass!.id}/sessions?scene=${sceneId}&pageSize=100`)) as ListPage<SessionListItem>;
    for (const item of list.items.filter((s) => (s.criticalCount ?? 0) > 0)) {
      const session = JSON.parse(await get(`/api/sessions/${item.id}`)) as { params: unknown; result: ScoreReport };
      const view = stepTimelineView(findScene(sceneId)!, parseNdjson(await get(`/api/sessions/${item.id}/events`)), session.params, 'vi', session.result.critical);
      if (view && view.outOfOrder > 0) return { id: item.id, criticalT: session.result.critical[0]!.t };
    }
    throw new Error(`no demo ${sceneId} attempt with a step out of order and a critical error among ${list.items.length}`);
  }

  it('shows the step timeline with a step out of order and the critical error, fits 390 px, and opens the replay at an entry', async () => {
    const attempt = await pickAttempt();
    const page = await running.browser.newPage({ viewport: { width: 1100, height: 900 }, bypassCSP: true });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await signIn(page, running.server.url, 'teacher1');
    await page.goto(`${running.server.url}/sessions/${attempt.id}`);
    const timeline = page.getByTestId('step-timeline');
    await timeline.waitFor();
    expect(await page.getByTestId('parameter-plots').count()).toBe(0);
    expect(await timeline.getByRole('heading', { level: 2 }).textContent()).toBe('Các bước thao tác theo thời gian');

    // An out-of-order step says so in words, beside its ✗; the critical error sits on its action, at its time.
    const outOfOrder = timeline.locator('[data-testid="timeline-entry"][data-order="out"]');
    expect(await outOfOrder.count()).toBeGreaterThan(0);
    expect(await outOfOrder.first().getByTestId('timeline-step').textContent()).toMatch(/^✗ Không tính \(sai thứ tự hoặc chưa đạt\): /);
    const critical = timeline.locator('[data-testid="timeline-entry"]:has([data-testid="timeline-critical"])');
    expect(await critical.count()).toBe(1);
    expect(Number(await critical.getAttribute('data-t'))).toBe(attempt.criticalT);
    expect(await critical.getByTestId('timeline-critical').textContent()).toMatch(/^⚠ Lỗi nghiêm trọng: /);
    expect(await critical.locator('time').textContent()).toMatch(/^\d\d:\d\d$/);
    // The checklist: a heading per scored procedure, each step counted or not, in words.
    expect(await timeline.getByTestId('step-checklist').getByRole('heading', { level: 4 }).count()).toBe(4);
    expect(await timeline.locator('[data-testid="checklist-step"][data-counted="false"]').first().textContent()).toMatch(/Không được tính/);
    expect(await axeViolations(page)).toEqual([]);
    await critical.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'review-timeline');

    // A phone: nothing wider than the screen.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    // The critical error's entry, from the keyboard, opens the replay paused at that moment.
    const seek = critical.getByTestId('timeline-seek');
    // Its name starts with what it shows (time and action), then says where it leads.
    expect(await seek.getAttribute('aria-label')).toBe(`${(await seek.textContent())!.replace(/\s+/g, ' ').trim()} — xem lại 3D từ lúc này`);
    await seek.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/sessions/${attempt.id}/replay?t=${attempt.criticalT}`);
    await expect.poll(async () => (await readHook<{ timeMs: number; playing: boolean } | undefined>(page, 'replay'))?.timeMs).toBe(attempt.criticalT);
    expect((await readHook<{ playing: boolean }>(page, 'replay')).playing).toBe(false);
    await expect.poll(async () => (await readHook<{ ready: boolean } | undefined>(page, 'workshop'))?.ready, { timeout: 30_000, interval: 250 }).toBe(true);
    await saveScreenshot(page, 'review-timeline-replay');
    expect(errors).toEqual([]);
  });
});
