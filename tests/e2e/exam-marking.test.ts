// Marking and sign-off in real Chromium against a real server: student1 takes an exam with three
// judges (assessor1 leads, assessor2, assessor3; judges: 3) over /training from Node and hands
// in (a whole pass, sent at once against the server's moved clock). Each judge marks in the browser; until the third has marked, each sees only their own
// marks; then the judges' table shows every mark with the bead aspect highlighted in
// disagreement (1, 3, 2), the results table shows "disagreement" and no Sign off; assessor1
// changes their mark (1 → 2, kept in the history), the row turns ready; a sign-off refused in a
// race names the aspect in disagreement; the lead signs off, every page turns read-only, and
// student1's progress shows the signed-off result. The pass issued a certificate: student1 downloads
// the printable PDF and the credential JSON; the public verify page, signed out, says valid with
// every check; admin1 revokes it on their home page; the verify page then says revoked.
// Screenshots: test-results/marking-disagreement.png, marking-results.png, marking-signed-off.png,
// marking-learner-progress.png, marking-certificate-pdf.png, marking-verify-valid.png,
// marking-verify-revoked.png.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { CreateExamRequest, Exam } from '../../scenes/protocol/exams';
import type { ExamResultRow } from '../../scenes/protocol/marking';
import type { CertificateSummary } from '../../scenes/protocol/certificates';
import { launchChromium, saveScreenshot } from './support/browser';
import { signIn } from './support/signIn';
import { downloadCertificatePdf, downloadCredentialJson, openVerifyPage, revokeThroughUi } from './support/certificates';
import { finishExamAttempt, passingWeld } from '../support/signOff';
import { disagreements, markAspects, markingState, openMarkingPage, openResults, resultRowState, signOff } from './support/marking';
import { signInAs, startTestServer, type TestServer } from '../support/testServer';

const bead = 'bead-appearance';
const practice = 'work-practice';
const judgeNames = ['assessor1', 'assessor2', 'assessor3'] as const;
type Judge = (typeof judgeNames)[number];

describe('marking an exam with three judges and signing it off', () => {
  let server: TestServer;
  let browser: Browser;
  let exam: Exam;
  const id: Record<string, string> = {};
  const token: Record<string, string> = {};
  const contexts: BrowserContext[] = [];
  const pages = {} as Record<Judge | 'student1', Page>;
  let offsetMs = 0;
  const clock = { now: () => Date.now() + offsetMs, advance: (ms: number) => void (offsetMs += ms), reset: () => void (offsetMs = 0) };

  const api = async (path: string, as: string, init: { method?: string; body?: unknown } = {}) => {
    const response = await fetch(`${server.url}/api${path}`, {
      method: init.method ?? 'GET',
      headers: { Authorization: `Bearer ${token[as]}`, ...(init.body ? { 'Content-Type': 'application/json' } : {}) },
      ...(init.body ? { body: JSON.stringify(init.body) } : {}),
    });
    return { status: response.status, body: (await response.json()) as unknown };
  };

  beforeAll(async () => {
    server = await startTestServer({}, { now: clock.now, socketRateLimit: { burst: 100_000, perSecond: 100_000 }, loginLimits: { addressBudget: { burst: 1_000, perSecond: 100 } } });
    browser = await launchChromium();
    for (const name of ['student1', ...judgeNames]) {
      const answer = await signInAs(server.url, name);
      id[name] = answer.user.id;
      token[name] = answer.token;
    }
    const request: CreateExamRequest = {
      sceneId: 'welding-bead',
      title: 'Hàn giáp mối — kỳ thi cuối khóa',
      candidateIds: [id.student1!],
      assessorIds: [id.assessor2!, id.assessor3!],
      opensAt: new Date(Date.now() - 60_000).toISOString(),
      closesAt: new Date(Date.now() + 3_600_000).toISOString(),
      timeLimitMs: 10 * 60_000,
      judges: 3,
    };
    const created = await api('/exams', 'assessor1', { method: 'POST', body: request });
    expect(created.status).toBe(201);
    exam = (created.body as { exam: Exam }).exam;

    // student1 welds the whole seam and hands in: a pass, so the sign-off issues a certificate.
    // The events go at once while the server's clock is moved along; then back to the wall clock,
    // which a verifier compares the credential's validFrom (the sign-off time) with.
    await finishExamAttempt(server.url, token.student1!, exam.id, passingWeld(), clock.advance);
    clock.reset();

    for (const name of [...judgeNames, 'student1'] as const) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
      contexts.push(context);
      pages[name] = await context.newPage();
      await signIn(pages[name], server.url, name);
    }
  }, 120_000);

  /** A judge done with the marking page leaves it: its 3D replay would go on drawing (on the CPU) beside the next pages. */
  const leave = (page: Page) => page.goto('about:blank');

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.dispose();
  });

  it('shows each judge only their own marks until the third has marked, then every mark with the disagreement highlighted', { timeout: 180_000 }, async () => {
    const a1 = pages.assessor1;
    await openMarkingPage(a1, server.url, exam.id, id.student1!);
    expect(await a1.getByTestId('marking-title').textContent()).toBe('Nguyễn Văn An');
    expect(await markingState(a1)).toBe('awaiting_marks');
    // The standard's aspects with their descriptors in the UI language, a 0–3 choice each.
    await expect.poll(() => a1.getByTestId(`aspect-${bead}`).textContent()).toContain('Mối hàn đều');
    expect(await a1.getByTestId(`aspect-${bead}`).getByRole('radio').count()).toBe(4);
    await markAspects(a1, { [bead]: 1, [practice]: 2 }, 'Vảy hàn chưa đều ở nửa sau.');
    expect(await a1.getByTestId('own-marks-only').isVisible()).toBe(true);
    await leave(a1);

    const a2 = pages.assessor2;
    await openMarkingPage(a2, server.url, exam.id, id.student1!);
    // assessor1 has marked, but assessor2 sees nothing of it: no marks picked, no judges' table.
    expect(await a2.getByTestId(`mark-${bead}-1`).isChecked()).toBe(false);
    await markAspects(a2, { [bead]: 3, [practice]: 2 });
    expect(await a2.getByTestId('own-marks-only').isVisible()).toBe(true);
    expect(await a2.getByTestId('judges-table').count()).toBe(0);
    // The history is fetched again after the save: wait for it.
    await expect.poll(() => a2.getByTestId('mark-history').getByTestId('mark-change').count(), { timeout: 15_000 }).toBe(2);
    await leave(a2);

    const a3 = pages.assessor3;
    await openMarkingPage(a3, server.url, exam.id, id.student1!);
    await markAspects(a3, { [bead]: 2, [practice]: 1 });
    // The third judge's save answers every mark: bead 1, 3, 2 is more than 1 apart.
    await a3.getByTestId('judges-table').waitFor();
    expect(await markingState(a3)).toBe('disagreement');
    expect(await disagreements(a3)).toEqual([bead]);
    expect(await a3.getByTestId('disagreement-summary').getAttribute('data-count')).toBe('1');
    expect(await a3.getByTestId(`judges-row-${bead}`).textContent()).toContain('Lệch điểm');
    await a3.getByTestId('marking-replay').locator('canvas').waitFor();
    console.info(`marking page: ${await saveScreenshot(a3, 'marking-disagreement')}`);
    await leave(a3);
  });

  it('keeps sign-off from the lead while in disagreement; a judge changes their mark and the row turns ready', { timeout: 120_000 }, async () => {
    const a1 = pages.assessor1;
    await openResults(a1, server.url, exam.id);
    expect(await resultRowState(a1, id.student1!)).toBe('disagreement');
    expect(await a1.getByTestId(`result-row-${id.student1}`).getByTestId('signoff').count()).toBe(0);

    await openMarkingPage(a1, server.url, exam.id, id.student1!);
    expect(await disagreements(a1)).toEqual([bead]);
    expect(await a1.getByTestId(`mark-${bead}-1`).isChecked()).toBe(true);
    await markAspects(a1, { [bead]: 2 }, 'Sau khi trao đổi: vảy hàn đạt chuẩn.');
    await expect.poll(() => markingState(a1)).toBe('ready');
    expect(await disagreements(a1)).toEqual([]);
    // Every change is kept: assessor1's bead mark from 1 to 2, with who and the note.
    const changes = a1.getByTestId('mark-history').getByTestId('mark-change');
    await expect.poll(() => changes.count()).toBe(7);
    const last = (await changes.last().locator('td, th').allTextContents()).map((s) => s.trim());
    expect(last.slice(1)).toEqual(['Võ Thị Hạnh', 'Mối hàn đều', '1', '2', 'Sau khi trao đổi: vảy hàn đạt chuẩn.']);
  });

  it('names what is missing when the sign-off is refused, then the lead signs off and everything locks', { timeout: 120_000 }, async () => {
    const a1 = pages.assessor1;
    await openResults(a1, server.url, exam.id);
    expect(await resultRowState(a1, id.student1!)).toBe('ready');
    await a1.getByTestId(`result-row-${id.student1}`).getByTestId('signoff').click();
    await a1.getByTestId('signoff-dialog').waitFor();
    // A race: assessor3 changes a mark while the lead's dialog is open.
    expect((await api(`/exams/${exam.id}/candidates/${id.student1}/marks`, 'assessor3', { method: 'PUT', body: { marks: { [bead]: 0 } } })).status).toBe(200);
    await a1.getByTestId('signoff-confirm').click();
    const refusal = a1.getByTestId('signoff-error');
    await refusal.waitFor();
    await expect.poll(() => refusal.textContent()).toContain('Mối hàn đều');
    expect(await refusal.textContent()).toContain('lệch điểm');
    expect(await refusal.textContent()).not.toMatch(/cannot sign off/);
    await a1.keyboard.press('Escape');
    expect((await api(`/exams/${exam.id}/candidates/${id.student1}/marks`, 'assessor3', { method: 'PUT', body: { marks: { [bead]: 2 } } })).status).toBe(200);

    await openResults(a1, server.url, exam.id);
    await signOff(a1, id.student1!);
    const rows = (await api(`/exams/${exam.id}/results`, 'assessor1')).body as ExamResultRow[];
    const row = rows.find((r) => r.learnerId === id.student1)!;
    expect(row.signedOffAt).toBeDefined();
    expect(await a1.getByTestId(`result-row-${id.student1}`).getByTestId('result-final').textContent()).toBe(row.final!.toLocaleString('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 }));
    expect(await a1.getByTestId(`result-row-${id.student1}`).getByTestId('signoff').count()).toBe(0);
    console.info(`results table: ${await saveScreenshot(a1, 'marking-results')}`);

    const a2 = pages.assessor2;
    await openMarkingPage(a2, server.url, exam.id, id.student1!);
    await a2.getByTestId('signed-off-banner').waitFor();
    expect(await markingState(a2)).toBe('signed_off');
    expect(await a2.getByTestId(`mark-${bead}-3`).isDisabled()).toBe(true);
    expect(await a2.getByTestId('save-marks').count()).toBe(0);
    expect((await api(`/exams/${exam.id}/candidates/${id.student1}/marks`, 'assessor2', { method: 'PUT', body: { marks: { [bead]: 1 } } })).status).toBe(409);
    console.info(`signed off: ${await saveScreenshot(a2, 'marking-signed-off')}`);
    await leave(a2);
  });

  it('shows the learner the signed-off result in My progress', { timeout: 60_000 }, async () => {
    const student = pages.student1;
    await student.goto(`${server.url}/learners/${id.student1}/progress`);
    const result = student.getByTestId(`exam-result-${exam.id}`);
    await result.waitFor();
    const row = ((await api(`/exams/${exam.id}/results`, 'assessor1')).body as ExamResultRow[]).find((r) => r.learnerId === id.student1)!;
    expect(await result.locator('th').textContent()).toBe(exam.title);
    expect(await result.getByTestId('exam-final').textContent()).toBe(row.final!.toLocaleString('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 }));
    expect(await result.getByTestId('exam-passed').getAttribute('data-passed')).toBe(String(row.passed));
    console.info(`learner: ${await saveScreenshot(student, 'marking-learner-progress')}`);
  });

  let certificate = { id: '', number: '' };

  it('the pass issued a certificate: student1 downloads the printable PDF and the credential JSON from My progress', { timeout: 90_000 }, async () => {
    const row = ((await api(`/exams/${exam.id}/results`, 'assessor1')).body as ExamResultRow[]).find((r) => r.learnerId === id.student1)!;
    expect(row).toMatchObject({ passed: true });
    expect(row.certificateId).toBeDefined();
    const [summary] = (await api(`/learners/${id.student1}/certificates`, 'student1')).body as CertificateSummary[];
    certificate = { id: row.certificateId!, number: summary!.number };
    expect(summary).toMatchObject({ id: certificate.id, holder: 'Nguyễn Văn An', revoked: false });

    const student = pages.student1;
    await student.goto(`${server.url}/learners/${id.student1}/progress`);
    const pdf = await downloadCertificatePdf(student, certificate.number, 'vi');
    expect(pdf.contentType).toMatch(/^application\/pdf/);
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // The PDF as a reader shows it: Chromium's viewer, screenshotted.
    const viewer = await browser.newPage({ viewport: { width: 900, height: 1200 } });
    await viewer.route('**/certificate.pdf', (route) => route.fulfill({ contentType: 'application/pdf', body: pdf.bytes }));
    await viewer.goto(`${server.url}/certificate.pdf`).catch(() => undefined);
    await viewer.waitForTimeout(1_500);
    console.info(`certificate: ${await saveScreenshot(viewer, 'marking-certificate-pdf')}`);
    await viewer.close();

    const json = await downloadCredentialJson(student, certificate.number);
    expect(json.contentType).toMatch(/^application\/json/);
    expect(json.credential.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    const verified = await fetch(`${server.url}/api/verify`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(json.credential) });
    expect(((await verified.json()) as { verified: boolean }).verified).toBe(true);
  });

  it('the public verify page, signed out, says valid with every check; an admin revokes it; the page then says revoked', { timeout: 120_000 }, async () => {
    const visitor = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    contexts.push(visitor);
    const page = await visitor.newPage();
    const valid = await openVerifyPage(page, server.url, certificate.id);
    expect(valid.verdict).toBe('valid');
    expect(Object.values(valid.checks).every(Boolean)).toBe(true);
    expect(Object.keys(valid.checks).sort()).toEqual(['expiry', 'issuer', 'log', 'revocation', 'signature']);
    console.info(`verify: ${await saveScreenshot(page, 'marking-verify-valid')}`);

    const adminContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    contexts.push(adminContext);
    const admin = await adminContext.newPage();
    await signIn(admin, server.url, 'admin1');
    await revokeThroughUi(admin, certificate.number, 'Phát hiện gian lận khi thi');

    const revoked = await openVerifyPage(page, server.url, certificate.id);
    expect(revoked.verdict).toBe('revoked');
    expect(revoked.checks.revocation).toBe(false);
    expect(revoked.sentences.revocation).toContain('Phát hiện gian lận khi thi');
    console.info(`revoked: ${await saveScreenshot(page, 'marking-verify-revoked')}`);
  });
});
