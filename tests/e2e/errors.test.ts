// What a person reads when something goes wrong: a sentence in the UI language with a way
// forward that can help. An unknown session says so in words (no "(not_found)", no "Try again"),
// with a way back; a dropped connection offers "Try again", and trying again works; an expired
// sign-in leads to the login page, which says why, and back to the page that was asked for.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { signIn } from './support/signIn';
import { serverAndBrowser } from './support/serverAndBrowser';

describe('error messages people can act on', () => {
  const e2e = serverAndBrowser();

  const newPage = async (): Promise<Page> => (await e2e.browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();

  it('names a missing session in a Vietnamese sentence with a way back and no retry', async () => {
    const page = await newPage();
    await signIn(page, e2e.server.url, 'teacher1');
    await page.goto(`${e2e.server.url}/sessions/no-such-session`);
    const notice = page.getByTestId('error-notice');
    await notice.waitFor();
    expect(await notice.locator('p').textContent()).toBe('Không tìm thấy buổi thực hành này. Có thể đường dẫn đã cũ hoặc bị gõ nhầm.');
    expect(await notice.textContent()).not.toMatch(/not_found|no session|\(/);
    expect(await notice.getByRole('button').count()).toBe(0);
    expect(await page.title()).toBe('Lỗi — VocaXR');

    // The same in English, and the way back works.
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await expect.poll(() => notice.locator('p').textContent()).toBe('We could not find this session. The link may be old or mistyped.');
    await notice.getByRole('link', { name: /Back to home/ }).click();
    await page.getByTestId('greeting').waitFor();
    await page.context().close();
  });

  it('offers "Try again" when the server cannot be reached, and trying again loads the page', async () => {
    const page = await newPage();
    await signIn(page, e2e.server.url, 'teacher1');
    let refuse = true;
    await page.route('**/api/classes', (route) => (refuse ? route.abort('connectionrefused') : route.continue()));
    await page.goto(`${e2e.server.url}/`);
    const notice = page.getByTestId('error-notice');
    await notice.waitFor();
    expect(await notice.locator('p').textContent()).toBe('Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.');
    refuse = false;
    await notice.getByRole('button', { name: 'Thử lại' }).click();
    await page.getByTestId('class-list').waitFor();
    expect(await page.getByTestId('error-notice').count()).toBe(0);
    await page.context().close();
  });

  it('sends an expired sign-in to the login page, says why, and returns to the page asked for', async () => {
    const page = await newPage();
    await signIn(page, e2e.server.url, 'student1');
    // The kept sign-in no longer holds: ended on the server (by another tab, an admin, or its
    // lifetime), so neither its access token nor a refresh gets the page in again.
    const kept = JSON.parse((await page.evaluate(() => localStorage.getItem('vocaxr.session')))!) as { token: string };
    expect((await fetch(`${e2e.server.url}/api/auth/logout`, { method: 'POST', headers: { Authorization: `Bearer ${kept.token}` } })).status).toBe(204);
    await page.goto(`${e2e.server.url}/learners/someone/progress`);
    await page.waitForURL('**/login');
    expect(await page.getByTestId('session-ended').textContent()).toBe('Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại để tiếp tục.');
    await page.locator('input[name="username"]').fill('student1');
    await page.locator('input[name="password"]').fill('demo1234');
    await page.locator('form button[type="submit"]').click();
    await page.waitForURL('**/learners/someone/progress');
    // Someone else's progress: not hers to see, said in words, with a way back home.
    await expect.poll(() => page.getByTestId('error-notice').locator('p').textContent()).toMatch(/^Bạn không có quyền xem học viên này\.$|^Không tìm thấy học viên này\./);
    await page.context().close();
  });
  it('says in Vietnamese why a workshop attempt cannot start, without the server\'s English text', async () => {
    const page = await newPage();
    await signIn(page, e2e.server.url, 'student1');
    // No exam is scheduled for this learner: the server refuses the exam attempt.
    await page.goto(`${e2e.server.url}/workshop/welding-bead?mode=exam`);
    const alert = page.locator('section[role="alert"]');
    await alert.waitFor({ timeout: 30_000 });
    const text = (await alert.locator('p').textContent()) ?? '';
    expect(text).toMatch(/^Không bắt đầu được buổi thực hành\. /);
    expect(text, 'no English server message inside the Vietnamese sentence').not.toMatch(/[Ee]xam|not |the /);
    await alert.getByRole('link').click();
    await page.getByTestId('greeting').waitFor();
    await page.context().close();
  });
});
