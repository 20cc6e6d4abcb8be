// Accessibility of every page, as an audit would find it: axe-core (WCAG 2.1 AA) with no
// violation on each page; a keyboard-only path from sign-in to a session's review, where focus
// lands on each new page's h1 and the document title names the page; and each page at 390×844
// with touch, where nothing widens the page past the screen and table controls are finger-sized.
// Adding a page to the audit is one entry in `auditedPages`.
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './support/browser';
import { signIn } from './support/signIn';
import { loginAs, manualClock, startTestServer, type TestServer } from '../support/testServer';
import { recordAttempt } from '../support/recordAttempt';
import { simulateWeld } from '../../scenes/welding-bead/simulatedWelder';
import { startExamAttempt } from './support/examCandidate';
import { issueTestCertificate } from './support/issueCertificate';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const wcag21aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** What the pages need to know about the recorded data. */
interface Fixture {
  classId: string;
  sessionId: string;
  studentId: string;
  examId: string;
  certificateId: string;
}

type User = 'student1' | 'teacher1' | 'assessor1' | 'admin1';

interface AuditedPage {
  name: string;
  /** Signed in as; none for public pages. */
  user?: User;
  path(fixture: Fixture): string;
  /** Resolves once the page shows its content (not its loading state). */
  ready(page: Page): Promise<unknown>;
  /** Opens what a person would open (a table behind "show as table") before the checks. */
  open?(page: Page): Promise<unknown>;
}

const openAllDetails = (page: Page) => page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));

export const auditedPages: AuditedPage[] = [
  { name: 'login', path: () => '/login', ready: (page) => page.locator('form input[name="username"]').waitFor() },
  { name: 'student home', user: 'student1', path: () => '/', ready: (page) => page.getByTestId('scene-catalogue').waitFor() },
  { name: 'teacher home', user: 'teacher1', path: () => '/', ready: (page) => page.getByTestId('class-list').waitFor() },
  { name: 'assessor home', user: 'assessor1', path: () => '/', ready: (page) => Promise.all([page.getByTestId('scene-catalogue').waitFor(), page.getByTestId('exam-list').waitFor()]) },
  { name: 'admin home', user: 'admin1', path: () => '/', ready: (page) => Promise.all([page.getByTestId('class-list').waitFor(), page.getByTestId('exam-list').waitFor()]) },
  { name: 'new exam', user: 'assessor1', path: () => '/exams/new', ready: (page) => page.getByTestId('candidate-picker').getByTestId('select-all').waitFor() },
  { name: 'class sessions', user: 'teacher1', path: (f) => `/classes/${f.classId}`, ready: (page) => page.getByTestId('session-table').waitFor() },
  { name: 'class learners', user: 'teacher1', path: (f) => `/classes/${f.classId}?tab=learners`, ready: (page) => page.getByTestId('learner-table').waitFor() },
  { name: 'class analytics', user: 'teacher1', path: (f) => `/classes/${f.classId}?tab=analytics`, ready: (page) => page.getByTestId('weakness-map').waitFor(), open: openAllDetails },
  { name: 'session review', user: 'teacher1', path: (f) => `/sessions/${f.sessionId}`, ready: (page) => page.getByTestId('parameter-plots').waitFor() },
  { name: 'my progress', user: 'student1', path: (f) => `/learners/${f.studentId}/progress`, ready: (page) => page.getByTestId('learner-sessions').locator('table').waitFor(), open: openAllDetails },
  { name: 'proctor dashboard', user: 'assessor1', path: (f) => `/exams/${f.examId}/proctor`, ready: (page) => page.locator('[data-testid="proctor-tiles"] > li').first().waitFor() },
  { name: 'exam results', user: 'assessor1', path: (f) => `/exams/${f.examId}/results`, ready: (page) => page.getByTestId('results-table').waitFor() },
  {
    name: 'exam marking',
    user: 'assessor1',
    path: (f) => `/exams/${f.examId}/candidates/${f.studentId}/marking`,
    ready: (page) => Promise.all([page.getByTestId('judges-table').waitFor(), page.getByTestId('mark-history').waitFor(), page.getByTestId('marking-replay').waitFor()]),
  },
  { name: 'unknown session', user: 'teacher1', path: () => '/sessions/no-such-session', ready: (page) => page.getByTestId('error-notice').waitFor() },
  { name: 'not found', path: () => '/no-such-page', ready: (page) => page.locator('h1').waitFor() },
  // Public certificate pages, signed out (PROTOCOL §8).
  { name: 'verify a certificate', path: (f) => `/verify/${f.certificateId}`, ready: (page) => page.getByTestId('verification').waitFor() },
  { name: 'verify a pasted certificate', path: () => '/verify', ready: (page) => page.getByTestId('credential-form').waitFor() },
  { name: 'certificate lookup', path: () => '/lookup', ready: (page) => page.getByTestId('lookup-form').waitFor() },
];

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(context: Document, options: unknown): Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations as AxeViolation[];
  }, wcag21aa);
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

/** The page's width, and the outermost elements reaching past the window (to say what widens it). */
const horizontalOverflow = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const past = [...document.querySelectorAll<HTMLElement>('body *')].filter((el) => el.getBoundingClientRect().right > width + 0.5);
    const outermost = past.filter((el) => !past.includes(el.parentElement!));
    const describe = (el: HTMLElement) => `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''} ${Math.round(el.getBoundingClientRect().right)}`;
    return { scrollWidth: document.documentElement.scrollWidth, clientWidth: width, past: outermost.slice(0, 5).map(describe) };
  });

/** Controls inside tables (sort buttons, links, the "show as table" summary) smaller than `min` px either way. */
const smallTargets = (page: Page, min: number) =>
  page.evaluate(
    (size) =>
      [...document.querySelectorAll<HTMLElement>('.sort-button, .data-table a, .as-table summary')]
        .map((el) => ({ el, box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0 && (box.width < size || box.height < size))
        .map(({ el, box }) => `${el.textContent?.trim().slice(0, 30)} ${Math.round(box.width)}×${Math.round(box.height)}`),
    min,
  );

describe('accessibility of every page', () => {
  let server: TestServer;
  let browser: Browser;
  let fixture: Fixture;
  const contexts = new Map<string, Promise<BrowserContext>>();

  beforeAll(async () => {
    const clock = manualClock();
    server = await startTestServer({}, { now: clock.now });
    browser = await launchChromium();
    const student = await loginAs(server.url, 'student1');
    const teacher = await loginAs(server.url, 'teacher1');
    const { sessionId } = await recordAttempt(server, student, simulateWeld({ sampleRateHz: 10, wearPpe: false, unsteadiness: 0.8 }), clock.advance);
    const get = async <T>(path: string, token: string) => (await (await fetch(`${server.url}/api${path}`, { headers: { Authorization: `Bearer ${token}` } })).json()) as T;
    const classes = await get<{ id: string; code: string }[]>('/classes', teacher);
    const me = await get<{ user: { id: string } }>('/auth/me', student);
    const assessor = await loginAs(server.url, 'assessor1');
    // One exam, so the assessor's and the admin's homes show their exam list as a table, and its dashboard is audited.
    const examRequest = { sceneId: 'welding-bead', title: 'Thi hàn giáp mối', candidateIds: [me.user.id], assessorIds: [], opensAt: new Date(clock.now() - 60_000).toISOString(), closesAt: new Date(clock.now() + 3_600_000).toISOString(), timeLimitMs: 600_000, judges: 1 };
    const created = await fetch(`${server.url}/api/exams`, { method: 'POST', headers: { Authorization: `Bearer ${assessor}`, 'Content-Type': 'application/json' }, body: JSON.stringify(examRequest) });
    expect(created.status).toBe(201);
    const exam = (await created.json()) as { exam: { id: string } };
    // student1 starts the exam and the assessor stops it, then marks it: the results table and a marking page to audit.
    const attempt = await startExamAttempt(server.url, student, exam.exam.id);
    attempt.socket.close();
    const post = (path: string, method: string, body: unknown) => fetch(`${server.url}/api${path}`, { method, headers: { Authorization: `Bearer ${assessor}`, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    expect((await post(`/exams/${exam.exam.id}/candidates/${me.user.id}/stop`, 'POST', { reason: 'Kiểm tra khả năng tiếp cận' })).status).toBe(200);
    expect((await post(`/exams/${exam.exam.id}/candidates/${me.user.id}/marks`, 'PUT', { marks: { 'bead-appearance': 2, 'work-practice': 1 } })).status).toBe(200);
    // One certificate: the public verify page is audited, and the holders tables show a row.
    const certificate = await issueTestCertificate(server, clock.advance, 'student1');
    fixture = { classId: classes.find((c) => c.code === 'HAN-K24')!.id, sessionId, studentId: me.user.id, examId: exam.exam.id, certificateId: certificate.id };
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  /** One browser context per user and screen, signed in once (axe needs the CSP bypassed); kept as a promise, so that checks running side by side share it. */
  function pageAs(user: User | undefined, screen: 'desktop' | 'phone'): Promise<Page> {
    const key = `${user ?? 'visitor'}-${screen}`;
    let context = contexts.get(key);
    if (!context) {
      const phone = screen === 'phone';
      context = (async () => {
        const made = await browser.newContext({
          bypassCSP: true,
          viewport: phone ? { width: 390, height: 844 } : { width: 1280, height: 800 },
          ...(phone ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
        });
        if (user) {
          const page = await made.newPage();
          await signIn(page, server.url, user);
          await page.close();
        }
        return made;
      })();
      contexts.set(key, context);
    }
    return context.then((made) => made.newPage());
  }

  /**
   * Runs `check` on every audited page, three pages open at a time: each waits on the server
   * part of the time, and each page has its own renderer process.
   */
  async function eachPage(check: (entry: AuditedPage) => Promise<void>): Promise<void> {
    const queue = [...auditedPages];
    await Promise.all(Array.from({ length: 3 }, async () => {
      for (let entry = queue.shift(); entry; entry = queue.shift()) await check(entry);
    }));
  }

  async function show(entry: AuditedPage, screen: 'desktop' | 'phone'): Promise<Page> {
    const page = await pageAs(entry.user, screen);
    await page.goto(`${server.url}${entry.path(fixture)}`);
    await entry.ready(page);
    await entry.open?.(page);
    return page;
  }

  it('finds no WCAG 2.1 AA violation with axe-core on any page', { timeout: 300_000 }, async () => {
    const found: Record<string, string[]> = {};
    await eachPage(async (entry) => {
      const page = await show(entry, 'desktop');
      const violations = await axeViolations(page);
      if (violations.length > 0) found[entry.name] = violations;
      // Each page names itself in the title, not just "VocaXR".
      expect(await page.title(), entry.name).toMatch(/^.+ — VocaXR$/);
      // WCAG 2.5.8: table controls of at least 24×24 px.
      expect(await smallTargets(page, 24), entry.name).toEqual([]);
      await page.close();
    });
    expect(found).toEqual({});
  });

  it('fits every page on a 390×844 phone without sideways scrolling, with finger-sized table controls', { timeout: 300_000 }, async () => {
    const widths: Record<string, number> = {};
    const culprits: Record<string, string[]> = {};
    await eachPage(async (entry) => {
      const page = await show(entry, 'phone');
      const { scrollWidth, past } = await horizontalOverflow(page);
      widths[entry.name] = scrollWidth;
      if (scrollWidth > 390) culprits[entry.name] = past;
      expect(await smallTargets(page, 44), entry.name).toEqual([]);
      await page.close();
    });
    console.info(`page widths at 390 px: ${JSON.stringify(widths)}`);
    for (const [name, width] of Object.entries(widths)) expect(width, `${name}: ${culprits[name]?.join(', ')}`).toBeLessThanOrEqual(390);
  });

  it('goes from sign-in to a session with the keyboard alone; focus lands on each page’s h1 and the title follows', { timeout: 180_000 }, async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return { tag: el?.tagName.toLowerCase() ?? '', text: el?.textContent?.trim() ?? '', href: el?.getAttribute('href') ?? '', testId: el?.getAttribute('data-testid') ?? '' };
      });
    /** Presses Tab until the focused element matches (at most `limit` presses). */
    const tabTo = async (matches: (el: Awaited<ReturnType<typeof focused>>) => boolean, limit = 60) => {
      for (let i = 0; i < limit; i += 1) {
        await page.keyboard.press('Tab');
        if (matches(await focused())) return;
      }
      throw new Error(`Tab never reached the element; last focused: ${JSON.stringify(await focused())}`);
    };

    await page.goto(`${server.url}/login`);
    expect(await page.title()).toBe('Đăng nhập — VocaXR');
    // The username field has focus from the start.
    await expect.poll(async () => (await focused()).tag).toBe('input');
    await page.keyboard.type('teacher1');
    await page.keyboard.press('Tab');
    await page.keyboard.type('demo1234');
    await page.keyboard.press('Enter');

    await page.waitForURL(`${server.url}/`);
    await expect.poll(focused).toMatchObject({ tag: 'h1', text: 'Xin chào, Phạm Minh Đức' });
    expect(await page.title()).toBe('Trang chủ — VocaXR');

    await tabTo((el) => el.testId === 'open-class-HAN-K24');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/classes/${fixture.classId}`);
    await expect.poll(async () => (await focused()).tag).toBe('h1');
    expect((await focused()).text).toContain('HAN-K24');
    expect(await page.title()).toMatch(/^HAN-K24 .+ — VocaXR$/);

    await tabTo((el) => el.href === `/sessions/${fixture.sessionId}`);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/sessions/${fixture.sessionId}`);
    await expect.poll(focused, { timeout: 30_000 }).toMatchObject({ tag: 'h1', text: 'Hàn MIG/MAG giáp mối tư thế bằng (1G)' });
    expect(await page.title()).toBe('Hàn MIG/MAG giáp mối tư thế bằng (1G) — Nguyễn Văn An — VocaXR');
    await context.close();
  });
});
