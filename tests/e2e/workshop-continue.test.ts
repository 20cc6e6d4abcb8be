// A learner who leaves welding practice unfinished and comes back is asked first: continue the
// open attempt or discard it and start over. Discarding starts a new session, and the old one
// ends on the server as `abandoned`, scored from what it held.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { WorkshopState, AttemptState } from './support/hookTypes';
import { readHook, signIn } from './support/signIn';
import { loginAs } from '../support/testServer';
import { serverAndBrowser } from './support/serverAndBrowser';

describe('coming back to an unfinished practice attempt', () => {
  const e2e = serverAndBrowser();
  let page: Page;
  beforeAll(async () => {
    page = await e2e.browser.newPage({ viewport: { width: 640, height: 400 } });
  });

  const ready = () => expect.poll(async () => (await readHook<WorkshopState>(page, 'workshop'))?.ready, { timeout: 60_000 }).toBe(true);
  const statusOf = async (sessionId: string, token: string) =>
    ((await (await fetch(`${e2e.server.url}/api/sessions/${sessionId}`, { headers: { Authorization: `Bearer ${token}` } })).json()) as { status: string }).status;

  it('offers continue or discard; discarding starts anew and leaves the old one abandoned', { timeout: 180_000 }, async () => {
    await signIn(page, e2e.server.url, 'student3');
    await page.getByTestId('practise-welding-bead').click();
    await ready();
    const first = await readHook<AttemptState>(page, 'attempt');
    const { screen } = await readHook<WorkshopState>(page, 'workshop');
    await page.mouse.click(...screen.helmet!);
    await expect.poll(async () => (await readHook<{ ppe: { helmet: boolean } }>(page, 'workshop')).ppe.helmet).toBe(true);
    await expect.poll(async () => (await readHook<AttemptState>(page, 'attempt')).status?.ackedSeq ?? 0, { timeout: 20_000 }).toBeGreaterThan(0);

    // Leave to the home page, then open the same practice again.
    await page.locator('.workshop-bar a[href="/"]').click();
    await page.getByTestId('greeting').waitFor();
    await page.getByTestId('practise-welding-bead').click();
    const prompt = page.getByTestId('open-attempt');
    await prompt.waitFor({ timeout: 30_000 });
    expect(await prompt.getAttribute('role')).toBe('dialog');
    expect(await readHook<{ openSessionId?: string }>(page, 'attemptChoice')).toMatchObject({ phase: 'ask', openSessionId: first.sessionId });
    // Focus lands on the first choice, and both choices say what they do.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('continue-attempt');
    expect((await page.getByTestId('discard-attempt').textContent())?.trim()).toBe('Bỏ và bắt đầu lại');

    await page.getByTestId('discard-attempt').click();
    await ready();
    const second = await readHook<AttemptState>(page, 'attempt');
    expect(second.sessionId).toBeDefined();
    expect(second.sessionId).not.toBe(first.sessionId);
    expect(second.resumed).toBe(false);

    const token = await loginAs(e2e.server.url, 'teacher1');
    expect(await statusOf(first.sessionId, token)).toBe('abandoned');
    expect(await statusOf(second.sessionId, token)).toBe('active');
    secondSessionId = second.sessionId;
  });

  let secondSessionId = '';

  it('continues the open attempt on another device, from where the server stands', { timeout: 180_000 }, async () => {
    const { screen } = await readHook<WorkshopState>(page, 'workshop');
    await page.mouse.click(...screen.gloves!);
    // Everything recorded here is stored before the learner leaves.
    await expect
      .poll(async () => (await readHook<AttemptState>(page, 'attempt')).status, { timeout: 20_000 })
      .toMatchObject({ pending: 0, ackedSeq: expect.any(Number) as number });
    const left = (await readHook<AttemptState>(page, 'attempt')).status!;
    expect(left.ackedSeq).toBeGreaterThan(0);
    await page.locator('.workshop-bar a[href="/"]').click();
    await page.getByTestId('greeting').waitFor();

    // Another device: a fresh browser context knows nothing of the attempt.
    const other = await (await e2e.browser.newContext({ viewport: { width: 640, height: 400 } })).newPage();
    await signIn(other, e2e.server.url, 'student3');
    await other.getByTestId('practise-welding-bead').click();
    await other.getByTestId('open-attempt').waitFor({ timeout: 30_000 });
    await other.getByTestId('continue-attempt').click();
    await expect.poll(async () => (await readHook<WorkshopState>(other, 'workshop'))?.ready, { timeout: 60_000 }).toBe(true);
    const continued = await readHook<AttemptState>(other, 'attempt');
    expect(continued).toMatchObject({ sessionId: secondSessionId, resumed: true });
    const there = await readHook<WorkshopState>(other, 'workshop');
    await other.mouse.click(...there.screen.helmet!);
    // The server takes the new events: numbered after its ackedSeq, stamped with t it accepts.
    await expect.poll(async () => (await readHook<AttemptState>(other, 'attempt')).status?.ackedSeq ?? 0, { timeout: 20_000 }).toBeGreaterThan(left.ackedSeq);
    expect((await readHook<{ status?: { problem?: string } }>(other, 'attempt')).status?.problem).toBeUndefined();
    await other.getByTestId('finish').click();
    await other.getByTestId('result').waitFor({ timeout: 60_000 });
    expect(await statusOf(secondSessionId, await loginAs(e2e.server.url, 'student3'))).toBe('finished');
  });
});
