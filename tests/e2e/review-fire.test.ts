// A teacher reviews a demo student's fire-extinguisher attempt (the demo data's, made with the
// scene's simulate): distance and aim plotted against their bands, and the fire's intensity over
// time with the moment it went out marked, every plot carrying the critical error. Screenshot:
// test-results/review-fire.png.
import { describe, expect, it } from 'vitest';
import type { Page as ListPage, SessionListItem } from '../../scenes/protocol/review';
import type { ScoreReport } from '../../scenes/rubric/report';
import { fireExtinguisherRules } from '../../scenes/fire-extinguisher';
import { reviewStateSeries } from '../../scenes/rubric/scoreLog';
import { axeViolations } from './support/axeViolations';
import { saveScreenshot } from './support/browser';
import { serverAndBrowser } from './support/serverAndBrowser';
import { signIn } from './support/signIn';
import { loginAs } from '../support/testServer';
import { parseNdjson } from '../support/trainingClient';

const sceneId = 'fire-extinguisher';

describe('review of a fire-extinguisher attempt', () => {
  const running = serverAndBrowser({}, { demoAttempts: true });

  /** A demo attempt whose fire went out and that has a critical error (too close). */
  async function pickAttempt(): Promise<{ id: string; outAtS: number; criticalT: number }> {
    const token = await loginAs(running.server.url, 'teacher1');
    const get = async (path: string) => (await fetch(`${running.server.url}${path}`, { headers: { Authorization: `Bearer ${token}` } })).text();
    const [demoClass] = JSON.parse(await get('/api/classes')) as { id: string }[];
    const list = JSON.parse(await get(`/api/classes/${demoClass!.id}/sessions?scene=${sceneId}&pageSize=100`)) as ListPage<SessionListItem>;
    for (const item of list.items.filter((s) => (s.criticalCount ?? 0) > 0)) {
      const session = JSON.parse(await get(`/api/sessions/${item.id}`)) as { params: unknown; result: ScoreReport };
      const [intensity] = reviewStateSeries(fireExtinguisherRules, parseNdjson(await get(`/api/sessions/${item.id}/events`)), session.params);
      const out = intensity?.markers[0];
      if (out) return { id: item.id, outAtS: out.t / 1000, criticalT: session.result.critical[0]!.t };
    }
    throw new Error(`no demo ${sceneId} attempt with the fire out and a critical error among ${list.items.length}`);
  }

  it('plots distance, aim and the fire\'s intensity with the moment it went out', async () => {
    const attempt = await pickAttempt();
    const page = await running.browser.newPage({ viewport: { width: 1100, height: 1400 }, bypassCSP: true });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await signIn(page, running.server.url, 'teacher1');
    await page.goto(`${running.server.url}/sessions/${attempt.id}`);
    const plots = page.getByTestId('parameter-plots');
    await plots.waitFor();
    expect(await page.getByTestId('step-timeline').count()).toBe(0);
    expect(Number(await plots.getByTestId('plot-distance').getAttribute('data-samples'))).toBeGreaterThan(30);
    expect(Number(await plots.getByTestId('plot-aim').getAttribute('data-samples'))).toBeGreaterThan(30);
    const intensity = plots.getByTestId('state-plot-fire-intensity');
    expect(await intensity.getByRole('heading', { level: 3 }).textContent()).toBe('Cường độ đám cháy');
    expect(Number(await intensity.getAttribute('data-markers'))).toBe(attempt.outAtS);
    expect(await intensity.locator('p').last().textContent()).toMatch(/^Cường độ đám cháy: 0 % khi kết thúc; Lửa đã tắt lúc /);
    expect(await page.locator('#plots-title ~ p').first().textContent()).toMatch(/^Khoảng cách và hướng phun/);
    expect(await page.locator('canvas').count()).toBeGreaterThanOrEqual(3);
    expect(await axeViolations(page)).toEqual([]);
    await intensity.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'review-fire');
    expect(errors).toEqual([]);
  });
});
