// A student welds in a desktop browser: sign in, open welding practice, put on the PPE, pick
// up the torch, weld along the seam with the mouse — with the server stopped halfway and
// started again while they keep welding — finish, and read the server's score. The server
// must hold the session and every event the client recorded, none lost.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { WorkshopState, AttemptState } from './support/hookTypes';
import { launchChromium, saveScreenshot } from './support/browser';
import { readHook, signIn } from './support/signIn';
import { loginAs, startTestServer, type TestServer } from '../support/testServer';
import { boot, type RunningServer } from '../../server/boot';
import { createLogger } from '../../server/logger';
import { wearPpeAndTakeTorch } from './support/bench';
import { weldAlongSeam } from './support/takeExam';

describe('welding practice on the desktop', () => {
  let server: TestServer;
  let restarted: RunningServer | undefined;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchChromium();
    // A small window: SwiftShader draws on the CPU, and every mouse move of the weld waits for a frame.
    page = await browser.newPage({ viewport: { width: 640, height: 400 } });
  });
  afterAll(async () => {
    await browser?.close();
    await restarted?.stop();
    await server?.dispose();
  });

  it('opens welding practice from the catalogue and renders it with WebGL', async () => {
    await signIn(page, server.url, 'student1');
    await page.getByTestId('practise-welding-bead').click();
    await page.waitForURL('**/workshop/welding-bead?mode=practice');
    await expect.poll(async () => (await readHook<WorkshopState>(page, 'workshop'))?.ready, { timeout: 60_000 }).toBe(true);
    const hasWebGL = await page.evaluate(() => document.createElement('canvas').getContext('webgl2') !== null);
    expect(hasWebGL, 'no WebGL2 context: the workshop cannot render').toBe(true);
    expect((await readHook<WorkshopState>(page, 'workshop')).renderer.drawCalls).toBeLessThanOrEqual(100);
  });

  it('puts on the PPE and takes the torch by clicking them', async () => {
    await wearPpeAndTakeTorch(page);
  });

  it('keeps welding while the server is down, shows the events waiting, and delivers them when it is back', { timeout: 180_000 }, async () => {
    await weldAlongSeam(page, 0, 0.5, 40);
    const port = server.address.port;
    await server.stop();
    await expect.poll(async () => (await readHook<AttemptState>(page, 'attempt')).status?.connection, { timeout: 10_000 }).not.toBe('online');
    await weldAlongSeam(page, 0.5, 1, 40);
    const offline = await readHook<AttemptState>(page, 'attempt');
    expect(offline.status!.pending).toBeGreaterThan(20);
    await expect.poll(() => page.getByTestId('connection-badge').textContent()).toMatch(/Mất kết nối — \d+ sự kiện đang chờ gửi/);
    await saveScreenshot(page, 'workshop-offline');

    restarted = await boot({ ...server.config, port }, createLogger('silent'));
    await expect.poll(async () => (await readHook<AttemptState>(page, 'attempt')).status?.connection, { timeout: 30_000 }).toBe('online');
    await expect.poll(async () => (await readHook<AttemptState>(page, 'attempt')).status!.ackedSeq, { timeout: 30_000 }).toBeGreaterThanOrEqual(offline.status!.lastSeq);
    const state = await readHook<WorkshopState>(page, 'workshop');
    expect(state.bead.segments).toBeGreaterThan(10);
    await saveScreenshot(page, 'workshop-desktop');
  });

  it('finishes with the server\'s ScoreReport, and the server holds every recorded event', { timeout: 120_000 }, async () => {
    const { sessionId } = await readHook<AttemptState>(page, 'attempt');
    await page.getByTestId('finish').click();
    await page.getByTestId('result').waitFor({ timeout: 60_000 });
    const attempt = await readHook<AttemptState>(page, 'attempt');
    expect(attempt.phase).toBe('result');
    await expect.poll(() => page.getByTestId('total').textContent()).toBe(new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(attempt.result!.total));
    await saveScreenshot(page, 'workshop-result');

    const url = `http://127.0.0.1:${server.address.port}`;
    const token = await loginAs(url, 'student1');
    const session = (await (await fetch(`${url}/api/sessions/${sessionId}`, { headers: { Authorization: `Bearer ${token}` } })).json()) as {
      status: string;
      ackedSeq: number;
      result: unknown;
    };
    expect(session.status).toBe('finished');
    expect(session.result).toEqual(attempt.result);
    expect(session.ackedSeq).toBe(attempt.recorded);
    const log = await (await fetch(`${url}/api/sessions/${sessionId}/events`, { headers: { Authorization: `Bearer ${token}` } })).text();
    const events = log.trim().split('\n').map((l) => JSON.parse(l) as { seq: number; type: string });
    expect(events.map((e) => e.seq)).toEqual(Array.from({ length: attempt.recorded! }, (_, i) => i + 1));
    expect(events.filter((e) => e.type === 'ppe')).toHaveLength(2);
    expect(events.filter((e) => e.type === 'torch').length).toBeGreaterThan(40);
  });
});
