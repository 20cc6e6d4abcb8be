// Date filters show and read dd/mm/yyyy whatever the browser's locale (en-US here, where a
// native date input would show mm/dd/yyyy), keep the ISO day in the URL, and say so when a typed
// date is not a real day instead of applying it.
import { describe, expect, it } from 'vitest';
import { signIn } from './support/signIn';
import { serverAndBrowser } from './support/serverAndBrowser';

describe('date fields in the UI language', () => {
  const e2e = serverAndBrowser();

  it('reads 03/11/2026 as the 3rd of November, refuses 31/02/2026, and keeps ISO days in the URL', async () => {
    const context = await e2e.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
    const page = await context.newPage();
    await signIn(page, e2e.server.url, 'teacher1');
    await page.getByTestId('open-class-HAN-K24').click();
    await page.getByTestId('class-sessions').waitFor();

    const from = page.getByTestId('filter-from');
    expect(await from.getAttribute('placeholder')).toBe('dd/mm/yyyy');
    expect(await from.getAttribute('maxlength')).toBe('10');
    await from.fill('3/11/2026');
    await from.press('Enter');
    await page.waitForURL(/from=2026-11-03/);
    expect(await from.inputValue()).toBe('03/11/2026');

    const to = page.getByTestId('filter-to');
    await to.fill('31/02/2026');
    await to.press('Enter');
    expect(await to.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByText('Ngày không hợp lệ. Hãy nhập theo dạng dd/mm/yyyy, ví dụ 23/11/2026.').count()).toBe(1);
    expect(page.url()).not.toMatch(/to=/);

    // The URL is the truth: reloading shows the same day in the field; English keeps day first.
    await page.reload();
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await expect.poll(() => page.getByTestId('filter-from').inputValue()).toBe('03/11/2026');
    await page.getByTestId('filter-from').fill('');
    await page.getByTestId('filter-from').press('Enter');
    await expect.poll(() => page.url()).not.toMatch(/from=/);
    await context.close();
  });
});
