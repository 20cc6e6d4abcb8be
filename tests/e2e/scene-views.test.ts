// Every registered scene's 3D view loads in real Chromium: one page signs in once and opens each
// scene's workshop in practice mode on the desktop, one after the other; each becomes ready with
// a WebGL2 canvas, no page error and at most 100 draw calls (the frame budget's limit). A scene
// whose view file is missing is the unit conformance test's failure, not this one's: it is left out.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sceneRegistry } from '../../scenes/registry';
import { serverAndBrowser } from './support/serverAndBrowser';
import { readHook, signIn } from './support/signIn';

/** What this test reads of any scene's workshop state (the shared part). */
interface SharedWorkshopState {
  ready: boolean;
  renderer: { drawCalls: number };
}

const withViews = sceneRegistry.filter(({ summary }) => existsSync(join(import.meta.dirname, '../../scenes', summary.id, 'view/index.tsx')));

describe('every scene view', () => {
  const running = serverAndBrowser();

  it('opens in practice on the desktop, ready with WebGL, no page error, ≤ 100 draw calls', { timeout: 60_000 + 60_000 * withViews.length }, async () => {
    const page = await running.browser.newPage({ viewport: { width: 960, height: 600 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await signIn(page, running.server.url, 'student1');
    for (const { summary } of withViews) {
      await page.goto(`${running.server.url}/workshop/${summary.id}?mode=practice`);
      await expect.poll(async () => (await readHook<SharedWorkshopState | undefined>(page, 'workshop'))?.ready, { timeout: 60_000, interval: 250 }).toBe(true);
      const webgl2 = await page.evaluate(() => [...document.querySelectorAll('canvas')].some((canvas) => canvas.getContext('webgl2') !== null));
      expect(webgl2, `${summary.id}: no WebGL2 canvas`).toBe(true);
      const { renderer } = await readHook<SharedWorkshopState>(page, 'workshop');
      console.log(`${summary.id}: ready, ${renderer.drawCalls} draw calls`);
      expect(renderer.drawCalls, `${summary.id}: draw calls`).toBeGreaterThan(0);
      expect(renderer.drawCalls, `${summary.id}: draw calls`).toBeLessThanOrEqual(100);
      expect(errors, `${summary.id}: page errors`).toEqual([]);
    }
  });
});
