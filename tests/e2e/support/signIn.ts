// Signs in through the real login form, as a person would, in whatever language is active.
import type { Page } from 'playwright-core';

export async function signIn(page: Page, baseUrl: string, username: string, password = 'demo1234'): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('form button[type="submit"]').click();
  await page.getByTestId('greeting').waitFor();
}

/** Reads the app's read-only test hook. */
export function readHook<T = Record<string, unknown>>(page: Page, key: string): Promise<T> {
  return page.evaluate((k) => (window as unknown as { __vocaxr: { read(): Record<string, unknown> } }).__vocaxr.read()[k], key) as Promise<T>;
}
