// Certificate steps a browser test composes (the whole issue's e2e, certificates.test.ts): open
// the public verify page and read its verdict and checks, download the learner's PDF and
// credential JSON from My progress, revoke one through the admin's dialog. Input only; what the
// page shows is read from the DOM.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';

export type Verdict = 'valid' | 'revoked' | 'invalid';

export interface VerifyReading {
  verdict: Verdict;
  /** The verdict's words as shown. */
  headline: string;
  /** Check id → passed. */
  checks: Record<string, boolean>;
  /** Check id → its sentence as shown. */
  sentences: Record<string, string>;
}

/** Reads a shown verification (/verify/:id or /verify after a check). */
export async function readVerification(page: Page): Promise<VerifyReading> {
  const view = page.getByTestId('verification');
  await view.waitFor({ timeout: 30_000 });
  const verdict = (await view.getAttribute('data-verdict')) as Verdict;
  const headline = (await page.getByTestId('verdict').innerText()).replace(/^\W+/u, '').trim();
  const rows = await page.locator('[data-testid="checks"] > li').evaluateAll((items) =>
    items.map((li) => ({ id: (li.getAttribute('data-testid') ?? '').replace(/^check-/, ''), ok: li.getAttribute('data-ok') === 'true', text: (li.querySelector<HTMLElement>(':scope > span:not(.check-mark)')?.innerText ?? '').trim() })),
  );
  return {
    verdict,
    headline,
    checks: Object.fromEntries(rows.map((row) => [row.id, row.ok])),
    sentences: Object.fromEntries(rows.map((row) => [row.id, row.text])),
  };
}

/** Opens /verify/:id (as whoever the page's context is: signed out for the public view) and reads it. */
export async function openVerifyPage(page: Page, baseUrl: string, certificateId: string): Promise<VerifyReading> {
  await page.goto(`${baseUrl}/verify/${encodeURIComponent(certificateId)}`);
  return readVerification(page);
}

/** Pastes a credential's JSON on /verify and reads the result. */
export async function verifyPasted(page: Page, baseUrl: string, credentialJson: string): Promise<VerifyReading> {
  await page.goto(`${baseUrl}/verify`);
  await page.getByTestId('credential-text').fill(credentialJson);
  await page.getByTestId('credential-check').click();
  return readVerification(page);
}

export interface DownloadedFile {
  fileName: string;
  /** The Content-Type the server answered with. */
  contentType: string;
  bytes: Buffer;
}

/** The learner's certificate card on My progress (must be shown), by its number. */
const certificateCard = (page: Page, number: string) => page.locator(`[data-testid="my-certificate"][data-number="${number}"]`);

async function download(page: Page, number: string, button: 'download-pdf' | 'download-credential', urlPart: RegExp): Promise<DownloadedFile> {
  const card = certificateCard(page, number);
  await card.waitFor();
  const [answer, saved] = await Promise.all([
    page.waitForResponse((response) => urlPart.test(response.url()) && response.request().method() === 'GET'),
    page.waitForEvent('download'),
    card.getByTestId(button).click(),
  ]);
  const path = await saved.path();
  return { fileName: saved.suggestedFilename(), contentType: answer.headers()['content-type'] ?? '', bytes: await readFile(path) };
}

/** Downloads the printable certificate in `language` from My progress (the page must be open). */
export async function downloadCertificatePdf(page: Page, number: string, language: 'vi' | 'en'): Promise<DownloadedFile> {
  await certificateCard(page, number).getByTestId('pdf-language').selectOption(language);
  return download(page, number, 'download-pdf', new RegExp(`/api/certificates/[^/]+/pdf\\?lang=${language}$`));
}

/** Downloads the signed credential JSON from My progress (the page must be open); `credential` is the parsed file. */
export async function downloadCredentialJson(page: Page, number: string): Promise<DownloadedFile & { credential: Record<string, unknown> }> {
  const file = await download(page, number, 'download-credential', /\/api\/certificates\/[^/?]+$/);
  return { ...file, credential: JSON.parse(file.bytes.toString('utf8')) as Record<string, unknown> };
}

/** Revokes the certificate `number` in a holders table on the page (admin), with `reason`; resolves once the row reads revoked. */
export async function revokeThroughUi(page: Page, number: string, reason: string): Promise<void> {
  const row = page.locator(`[data-testid="holder-row"][data-number="${number}"]`);
  await row.waitFor({ timeout: 30_000 });
  await row.getByTestId('revoke-open').click();
  const dialog = page.getByTestId('revoke-dialog');
  await dialog.waitFor();
  await dialog.getByTestId('revoke-reason').fill(reason);
  await dialog.getByTestId('revoke-confirm').click();
  await page.getByTestId('revoke-done').waitFor();
  await row.getByTestId('certificate-status').filter({ hasText: /Đã thu hồi|Revoked/ }).waitFor();
}
