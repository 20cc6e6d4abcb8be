// The outbox survives a page reload mid-attempt: the same session resumes, numbering carries
// on, and the finished attempt holds every event recorded before and after the reload.
// Played on a touch screen (a tablet): the PPE and the torch are taken with taps.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { WorkshopState, AttemptState } from './support/hookTypes';
import { launchChromium } from './support/browser';
import { readHook, signIn } from './support/signIn';
import { loginAs, startTestServer, type TestServer } from '../support/testServer';


describe('a reload in the middle of an attempt', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 800, height: 500 }, hasTouch: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  const ready = () => expect.poll(async () => (await readHook<WorkshopState>(page, 'workshop'))?.ready, { timeout: 60_000 }).toBe(true);

  it('resumes the same session and loses nothing', async () => {
    await signIn(page, server.url, 'student2');
    await page.getByTestId('practise-welding-bead').click();
    await ready();
    const first = await readHook<AttemptState>(page, 'attempt');
    const { screen } = await readHook<WorkshopState>(page, 'workshop');
    await page.touchscreen.tap(...screen.helmet!);
    await page.touchscreen.tap(...screen.gloves!);
    await expect.poll(async () => (await readHook<{ ppe: unknown }>(page, 'workshop')).ppe).toEqual({ helmet: true, gloves: true });
    await page.touchscreen.tap(...(await readHook<WorkshopState>(page, 'workshop')).screen.torch!);
    await expect.poll(async () => (await readHook<WorkshopState>(page, 'workshop')).torch.held).toBe(true);
    for (let i = 0; i < 20; i++) {
      await page.mouse.move(screen.seamStart[0] + i * 3, screen.seamStart[1]);
      await page.waitForTimeout(60);
    }
    const before = (await readHook<AttemptState>(page, 'attempt')).status!;
    expect(before.lastSeq).toBeGreaterThan(5);

    await page.reload();
    await ready();
    const resumed = await readHook<AttemptState>(page, 'attempt');
    expect(resumed.resumed).toBe(true);
    expect(resumed.sessionId).toBe(first.sessionId);
    const { screen: again } = await readHook<WorkshopState>(page, 'workshop');
    await page.touchscreen.tap(...again.torch!);
    await expect.poll(async () => (await readHook<WorkshopState>(page, 'workshop')).torch.held).toBe(true);
    await page.waitForTimeout(500);
    expect((await readHook<AttemptState>(page, 'attempt')).status!.lastSeq).toBeGreaterThan(before.lastSeq);

    await page.getByTestId('finish').click();
    await page.getByTestId('result').waitFor({ timeout: 60_000 });
    const done = await readHook<AttemptState>(page, 'attempt');
    const token = await loginAs(server.url, 'student2');
    const log = await (await fetch(`${server.url}/api/sessions/${first.sessionId}/events`, { headers: { Authorization: `Bearer ${token}` } })).text();
    const seqs = log.trim().split('\n').map((l) => (JSON.parse(l) as { seq: number }).seq);
    expect(seqs).toEqual(Array.from({ length: done.recorded! }, (_, i) => i + 1));
    expect(done.recorded!).toBeGreaterThan(before.lastSeq);
  });
});
