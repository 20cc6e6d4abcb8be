// A learner welds through several access-token lifetimes (6 s here, VOCAXR_ACCESS_TOKEN_MINUTES
// =0.1): the page refreshes the token by itself, hands it to the open /training socket or
// reconnects it after the server ends it at expiry, and never falls back to the login page;
// the attempt is scored and stored whole. Signing out then revokes the sign-in on the server:
// the page's last access token and its refresh token are refused.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { AttemptState, WorkshopState } from './support/hookTypes';
import { saveScreenshot } from './support/browser';
import { readHook, signIn } from './support/signIn';
import { wearPpeAndTakeTorch } from './support/bench';
import { answerOpenAttemptPrompt } from './support/openAttemptPrompt';
import { serverAndBrowser } from './support/serverAndBrowser';
import { loginAs } from '../support/testServer';

const accessTokenMs = 6_000;

describe('short access tokens in the browser', () => {
  const running = serverAndBrowser({ VOCAXR_ACCESS_TOKEN_MINUTES: String(accessTokenMs / 60_000) });
  let page: Page;
  const visited: string[] = [];
  const refreshes: number[] = [];
  const socketFrames = { renewSent: 0, expiredReceived: 0 };

  /** Drags the torch along the seam from fraction `from` to `to` of its length, arc on, `pauseMs` between moves. */
  async function weld(from: number, to: number, steps: number, pauseMs: number) {
    const { screen } = await readHook<WorkshopState>(page, 'workshop');
    const at = (f: number): [number, number] => [screen.seamStart[0] + (screen.seamEnd[0] - screen.seamStart[0]) * f, screen.seamStart[1] + (screen.seamEnd[1] - screen.seamStart[1]) * f];
    await page.mouse.move(...at(from));
    await page.mouse.down();
    for (let i = 1; i <= steps; i++) {
      await page.mouse.move(...at(from + ((to - from) * i) / steps));
      await page.waitForTimeout(pauseMs);
    }
    await page.mouse.up();
  }

  it('signs in and opens welding practice', { timeout: 120_000 }, async () => {
    page = await running.browser.newPage({ viewport: { width: 640, height: 400 } });
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) visited.push(new URL(frame.url()).pathname);
    });
    page.on('response', (response) => {
      if (new URL(response.url()).pathname === '/api/auth/refresh') refreshes.push(response.status());
    });
    page.on('websocket', (socket) => {
      socket.on('framesent', ({ payload }) => void (String(payload).includes('"auth:renew"') && socketFrames.renewSent++));
      socket.on('framereceived', ({ payload }) => void (String(payload).includes('"auth:expired"') && socketFrames.expiredReceived++));
    });
    await signIn(page, running.server.url, 'student1');
    await page.getByTestId('practise-welding-bead').click();
    await page.waitForURL('**/workshop/welding-bead?mode=practice');
    await answerOpenAttemptPrompt(page);
    await expect.poll(async () => (await readHook<WorkshopState>(page, 'workshop'))?.ready, { timeout: 60_000 }).toBe(true);
    await wearPpeAndTakeTorch(page);
    visited.length = 0; // from here on the page must stay in the workshop
  });

  it('welds across at least two access-token expiries without losing an event or the sign-in', { timeout: 240_000 }, async () => {
    const started = Date.now();
    // One long pass, the arc on the whole time, over more than two token lifetimes (each move
    // also waits for the software-rendered page, so it may take far longer).
    await weld(0, 1, 25, (2.5 * accessTokenMs) / 25);
    expect(Date.now() - started).toBeGreaterThan(2 * accessTokenMs);
    await expect.poll(async () => (await readHook<AttemptState>(page, 'attempt')).status?.connection, { timeout: 30_000 }).toBe('online');
    const attempt = await readHook<AttemptState>(page, 'attempt');
    await expect.poll(async () => (await readHook<AttemptState>(page, 'attempt')).status!.ackedSeq, { timeout: 30_000 }).toBeGreaterThanOrEqual(attempt.status!.lastSeq);
    expect(refreshes.filter((status) => status === 200).length).toBeGreaterThanOrEqual(2);
    expect(refreshes).not.toContain(401);
    // The socket was kept signed in: each new token handed over (or, missed, the socket reconnected).
    expect(socketFrames.renewSent + socketFrames.expiredReceived).toBeGreaterThanOrEqual(2);
    expect(visited).toEqual([]);
    await saveScreenshot(page, 'session-refresh-welding');
  });

  it("finishes with the server's score, and the server holds every recorded event", { timeout: 120_000 }, async () => {
    const { sessionId } = await readHook<AttemptState>(page, 'attempt');
    await page.getByTestId('finish').click();
    await page.getByTestId('result').waitFor({ timeout: 60_000 });
    const attempt = await readHook<AttemptState>(page, 'attempt');
    expect(attempt.phase).toBe('result');
    await saveScreenshot(page, 'session-refresh-result');

    const url = running.server.url;
    const token = await loginAs(url, 'student1');
    const session = (await (await fetch(`${url}/api/sessions/${sessionId}`, { headers: { Authorization: `Bearer ${token}` } })).json()) as { status: string; ackedSeq: number; result: unknown };
    expect(session.status).toBe('finished');
    expect(session.result).toEqual(attempt.result);
    expect(session.ackedSeq).toBe(attempt.recorded);
    expect(visited).toEqual([]);
  });

  it('signs out through the page, and the server then refuses its access and refresh tokens', { timeout: 60_000 }, async () => {
    const url = running.server.url;
    // Right after a refresh, so the access token checked below is seconds from its natural end.
    await page.waitForResponse((response) => new URL(response.url()).pathname === '/api/auth/refresh' && response.ok(), { timeout: 2 * accessTokenMs });
    const kept = JSON.parse((await page.evaluate(() => localStorage.getItem('vocaxr.session')))!) as { token: string; refreshToken: string };
    const me = (token: string) => fetch(`${url}/api/auth/me`, { headers: { Authorization: `Bearer ${token}` } });
    const refresh = (refreshToken: string) => fetch(`${url}/api/auth/refresh`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ refreshToken }) });
    expect((await me(kept.token)).status).toBe(200);

    const loggedOut = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/auth/logout');
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    expect((await loggedOut).status()).toBe(204);
    await page.waitForURL('**/login**');
    expect(await page.evaluate(() => localStorage.getItem('vocaxr.session'))).toBeNull();

    expect((await me(kept.token)).status).toBe(401);
    expect((await refresh(kept.refreshToken)).status).toBe(401);
    await saveScreenshot(page, 'session-refresh-signed-out');
  });
});
