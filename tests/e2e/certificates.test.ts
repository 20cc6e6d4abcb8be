// Certificates in a real browser, against the real server (PROTOCOL §8): a certificate issued
// to student1 by the server's own issuer; the learner downloads the PDF (vi, en) and the
// credential JSON from My progress, and the JSON verifies through /api/verify; the public verify
// page, signed out, says valid on a desktop and a phone; /verify takes the pasted JSON; /lookup
// answers a wrong name with the one neutral sentence and the right one with the certificate; an
// admin revokes it in the UI and the verify page then says revoked, with the reason. Screenshots
// of each, and of the PDF's first page as Chromium shows it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { artefactsDir, launchChromium, saveScreenshot } from './support/browser';
import { signIn } from './support/signIn';
import { manualClock, startTestServer, type TestServer } from '../support/testServer';
import { downloadCertificatePdf, downloadCredentialJson, openVerifyPage, readVerification, revokeThroughUi, verifyPasted } from './support/certificates';
import { issueTestCertificate, type IssuedForTest } from './support/issueCertificate';

const desktop = { viewport: { width: 1280, height: 900 } };
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

describe('certificates in the browser', () => {
  const e2e = {} as { server: TestServer; browser: Browser };
  let issued: IssuedForTest;
  let credentialJson = '';

  beforeAll(async () => {
    const clock = manualClock();
    e2e.server = await startTestServer({}, { now: clock.now });
    e2e.browser = await launchChromium();
    issued = await issueTestCertificate(e2e.server, clock.advance, 'student1');
  }, 60_000);
  afterAll(async () => {
    await e2e.browser?.close();
    await e2e.server?.dispose();
  });

  const visitor = async (screen: typeof desktop | typeof phone = desktop): Promise<Page> => (await e2e.browser.newContext({ ...screen, acceptDownloads: true })).newPage();
  const close = (page: Page) => (page.context() as BrowserContext).close();

  it('lets the learner download the PDF in Vietnamese and English and the credential JSON, which verifies', { timeout: 120_000 }, async () => {
    const page = await visitor();
    await signIn(page, e2e.server.url, 'student1');
    await page.goto(`${e2e.server.url}/learners/${issued.learnerId}/progress`);
    await page.getByTestId('my-certificate').first().waitFor();
    await saveScreenshot(page, 'certificates-learner-list');

    const pdfVi = await downloadCertificatePdf(page, issued.number, 'vi');
    expect(pdfVi.contentType).toMatch(/^application\/pdf/);
    expect(pdfVi.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdfVi.fileName).toMatch(/\.pdf$/);
    const pdfEn = await downloadCertificatePdf(page, issued.number, 'en');
    expect(pdfEn.contentType).toMatch(/^application\/pdf/);
    expect(pdfEn.bytes.equals(pdfVi.bytes)).toBe(false);

    const json = await downloadCredentialJson(page, issued.number);
    expect(json.contentType).toMatch(/^application\/(ld\+)?json/);
    expect(json.fileName).toMatch(/\.json$/);
    credentialJson = json.bytes.toString('utf8');
    const verified = await fetch(`${e2e.server.url}/api/verify`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: credentialJson });
    expect(verified.status).toBe(200);
    expect(await verified.json()).toMatchObject({ verified: true, revoked: false });

    // The PDF's first page as Chromium's own viewer shows it (the downloaded bytes, served back).
    const viewer = await (await e2e.browser.newContext({ viewport: { width: 900, height: 1240 } })).newPage();
    await viewer.route('**/certificate-preview.pdf', (route) => route.fulfill({ status: 200, contentType: 'application/pdf', body: pdfVi.bytes }));
    await viewer.goto(`${e2e.server.url}/certificate-preview.pdf#toolbar=0&navpanes=0&view=Fit`);
    await viewer.waitForTimeout(1500); // the viewer draws after load; nothing in its DOM says when
    await viewer.screenshot({ path: join(artefactsDir, 'certificates-pdf-vi.png') });
    writeFileSync(join(artefactsDir, 'certificates-vi.pdf'), pdfVi.bytes);
    writeFileSync(join(artefactsDir, 'certificates-en.pdf'), pdfEn.bytes);
    await close(viewer);
    await close(page);
  });

  it('shows the public verify page signed out as valid, with each check in words, on a desktop and a phone', { timeout: 60_000 }, async () => {
    for (const [screen, name] of [[desktop, 'desktop'], [phone, 'phone']] as const) {
      const page = await visitor(screen);
      const reading = await openVerifyPage(page, e2e.server.url, issued.id);
      expect(reading.verdict).toBe('valid');
      expect(reading.headline).toBe('Chứng chỉ hợp lệ');
      expect(reading.checks).toEqual({ signature: true, issuer: true, revocation: true, expiry: true, log: true });
      expect(reading.sentences.signature).toBe('Đạt: Chữ ký số đúng: nội dung chứng chỉ không bị thay đổi kể từ khi cấp.');
      expect(await page.getByTestId('fact-holder').innerText()).toBe('Nguyễn Văn An');
      expect(await page.getByTestId('fact-number').innerText()).toBe(issued.number);
      expect(await page.getByTestId('fact-issuer-did').innerText()).toMatch(/^did:(web|key):/);
      // Signed out: no user menu, the language switch is there.
      expect(await page.getByTestId('user-name').count()).toBe(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(screen.viewport.width);
      // The JSON link downloads the credential as served.
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-json').click()]);
      expect(download.suggestedFilename()).toMatch(/\.json$/);
      await saveScreenshot(page, `certificates-verify-valid-${name}`);
      if (name === 'desktop') {
        await page.getByRole('button', { name: 'EN', exact: true }).click();
        expect((await readVerification(page)).headline).toBe('Valid certificate');
      }
      await close(page);
    }
  });

  it('checks a pasted credential, and names a broken paste by its line', { timeout: 60_000 }, async () => {
    const page = await visitor();
    const reading = await verifyPasted(page, e2e.server.url, credentialJson);
    expect(reading.verdict).toBe('valid');
    await saveScreenshot(page, 'certificates-verify-pasted');

    await page.getByTestId('credential-text').fill(credentialJson.slice(0, credentialJson.length / 2));
    await page.getByTestId('credential-check').click();
    expect(await page.getByTestId('credential-problem').innerText()).toMatch(/^Nội dung không phải JSON hợp lệ/);
    expect(await page.getByTestId('verification').count()).toBe(0);

    // An altered credential is invalid: the signature check says so.
    const altered = JSON.parse(credentialJson) as { credentialSubject: { name?: string } };
    altered.credentialSubject.name = 'Người Khác';
    const tampered = await verifyPasted(page, e2e.server.url, JSON.stringify(altered));
    expect(tampered.verdict).toBe('invalid');
    expect(tampered.checks.signature).toBe(false);
    await close(page);
  });

  it('looks a certificate up by number and full name: a wrong name gets the neutral sentence, the right one the certificate', { timeout: 60_000 }, async () => {
    const page = await visitor(phone);
    await page.goto(`${e2e.server.url}/lookup`);
    await page.getByTestId('lookup-submit').click();
    expect(await page.locator('.field-error').first().innerText()).toBe('Hãy nhập số chứng chỉ.');
    await page.getByTestId('lookup-number').fill(issued.number);
    await page.getByTestId('lookup-name').fill('Nguyễn Văn Ann');
    await page.getByTestId('lookup-submit').click();
    await expect.poll(() => page.getByTestId('lookup-answer').innerText()).toBe('Không có chứng chỉ nào khớp cả số chứng chỉ và họ tên đã nhập.');
    await page.getByTestId('lookup-name').fill('Nguyễn Văn An');
    await page.getByTestId('lookup-submit').click();
    const result = page.getByTestId('lookup-result');
    await result.waitFor();
    expect(await result.innerText()).toContain(issued.number);
    await saveScreenshot(page, 'certificates-lookup-phone');
    await result.getByTestId('lookup-view').click();
    expect((await readVerification(page)).verdict).toBe('valid');

    // Guessing names runs into the rate limit: the page says so, with the wait in seconds.
    await page.goto(`${e2e.server.url}/lookup`);
    let refused = false;
    for (let i = 0; i < 40 && !refused; i += 1) refused = (await fetch(`${e2e.server.url}/api/certificates?number=${issued.number}&name=Guess${i}`)).status === 429;
    expect(refused).toBe(true);
    await page.getByTestId('lookup-number').fill(issued.number);
    await page.getByTestId('lookup-name').fill('Nguyễn Văn An');
    await page.getByTestId('lookup-submit').click();
    await expect.poll(() => page.getByTestId('lookup-answer').innerText()).toMatch(/^Bạn đã tra cứu quá nhiều lần\. Vui lòng đợi \d+ giây rồi thử lại\.$/);
    await close(page);
  });

  it('lets an admin revoke it with a reason; the verify page then says revoked, with the reason', { timeout: 90_000 }, async () => {
    const admin = await visitor();
    await signIn(admin, e2e.server.url, 'admin1');
    // The reason is required: the dialog says so and keeps focus in the field.
    const row = admin.locator(`[data-testid="holder-row"][data-number="${issued.number}"]`);
    // Who holds it, with a way to their progress.
    expect(await row.getByRole('link', { name: 'Nguyễn Văn An' }).getAttribute('href')).toBe(`/learners/${issued.learnerId}/progress`);
    await saveScreenshot(admin, 'certificates-admin-holders');
    await row.getByTestId('revoke-open').click();
    await admin.getByTestId('revoke-confirm').click();
    expect(await admin.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('revoke-reason');
    await admin.keyboard.press('Escape');
    await revokeThroughUi(admin, issued.number, 'Gian lận trong bài thi');
    expect(await row.getByTestId('revoke-open').count()).toBe(0);
    await close(admin);

    for (const [screen, name] of [[desktop, 'desktop'], [phone, 'phone']] as const) {
      const page = await visitor(screen);
      const reading = await openVerifyPage(page, e2e.server.url, issued.id);
      expect(reading.verdict).toBe('revoked');
      expect(reading.headline).toBe('Chứng chỉ đã bị thu hồi');
      expect(reading.checks.revocation).toBe(false);
      expect(reading.checks.signature).toBe(true);
      expect(reading.sentences.revocation).toBe('Không đạt: Chứng chỉ đã bị đơn vị cấp thu hồi. Lý do: Gian lận trong bài thi');
      await saveScreenshot(page, `certificates-verify-revoked-${name}`);
      await close(page);
    }
    // The learner's list says so too, and the pasted copy the learner kept reads revoked.
    const learner = await visitor();
    await signIn(learner, e2e.server.url, 'student1');
    await learner.goto(`${e2e.server.url}/learners/${issued.learnerId}/progress`);
    await expect.poll(() => learner.getByTestId('my-certificate').first().getByTestId('certificate-status').innerText()).toBe('Đã thu hồi');
    // (Fetched here when this test runs alone.)
    credentialJson ||= await (await fetch(`${e2e.server.url}/api/certificates/${issued.id}`)).text();
    expect((await verifyPasted(learner, e2e.server.url, credentialJson)).verdict).toBe('revoked');
    await close(learner);
  });
});
