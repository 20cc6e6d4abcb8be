// A person on a fresh app: opens it, is sent to sign-in (Vietnamese by default), makes a
// mistake, is told how long to wait after many wrong passwords, signs in as student1, reloads
// (session kept), switches to English (kept), signs out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, saveScreenshot } from './support/browser';
import { startTestServer, type TestServer } from '../support/testServer';

describe('sign-in and home in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('sends a visitor to the Vietnamese sign-in page', async () => {
    await page.goto(server.url);
    await page.waitForURL('**/login');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('vi');
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    await saveScreenshot(page, 'login-vi');
  });

  it('explains empty fields and a wrong password without leaving the page', async () => {
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByText('Vui lòng nhập tên đăng nhập.').waitFor();
    await page.getByLabel('Tên đăng nhập').fill('student1');
    await page.getByLabel('Mật khẩu', { exact: true }).fill('wrong-password');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Sai tên đăng nhập hoặc mật khẩu');
    expect(page.url()).toMatch(/\/login$/);
  });

  it('after repeated wrong passwords for one name, says how many seconds to wait, as the server does', async () => {
    // Wrong passwords for one username are slowed with a growing delay (not a lockout); the page
    // reads the server's Retry-After. Another username: the others' tests are not slowed.
    await page.getByLabel('Tên đăng nhập').fill('khach-thu');
    let refusal: { status: number; retryAfter: string | null } = { status: 0, retryAfter: null };
    for (let tries = 0; tries < 12 && refusal.status !== 429; tries += 1) {
      await page.getByLabel('Mật khẩu', { exact: true }).fill('wrong-password');
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/api/auth/login') && r.request().method() === 'POST'),
        page.getByRole('button', { name: 'Đăng nhập' }).click(),
      ]);
      refusal = { status: response.status(), retryAfter: await response.headerValue('retry-after') };
    }
    expect(refusal.status).toBe(429);
    expect(refusal.retryAfter).toMatch(/^\d+$/);
    await expect.poll(() => page.getByRole('alert').textContent()).toBe(`Bạn đã đăng nhập sai quá nhiều lần. Vui lòng đợi ${refusal.retryAfter} giây rồi thử lại.`);
    expect(page.url()).toMatch(/\/login$/);
    await saveScreenshot(page, 'login-wait');
  });

  it('signs student1 in to a Vietnamese home with the scene catalogue', async () => {
    await page.getByLabel('Tên đăng nhập').fill('student1');
    await page.getByLabel('Mật khẩu', { exact: true }).fill('demo1234');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(`${server.url}/`);
    await expect.poll(() => page.getByTestId('greeting').textContent()).toBe('Xin chào, Nguyễn Văn An');
    await page.getByRole('heading', { name: 'Xưởng thực hành' }).waitFor();
    await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
    await saveScreenshot(page, 'home-student-vi');
  });

  it('keeps the session across a reload', async () => {
    await page.reload();
    await expect.poll(() => page.getByTestId('greeting').textContent()).toBe('Xin chào, Nguyễn Văn An');
  });

  it('switches to English and keeps the choice after a reload', async () => {
    await page.getByRole('group', { name: 'Ngôn ngữ' }).getByRole('button', { name: 'EN' }).click();
    await expect.poll(() => page.getByTestId('greeting').textContent()).toBe('Hello, Nguyễn Văn An');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await page.reload();
    await page.getByRole('heading', { name: 'Workshops' }).waitFor();
    await saveScreenshot(page, 'home-student-en');
  });

  it('signs out back to the sign-in page', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/login');
    await page.goto(server.url);
    await page.waitForURL('**/login');
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  });

  it('shows teacher1 their class', async () => {
    await page.getByLabel('Username').fill('teacher1');
    await page.getByLabel('Password', { exact: true }).fill('demo1234');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('class-list').getByText('HAN-K24').waitFor();
    await page.getByRole('button', { name: 'Show learners' }).click();
    await page.getByText('Trần Thị Bích').waitFor();
    await saveScreenshot(page, 'home-teacher-en');
  });
});
