// Taking an exam as a candidate, for browser tests: schedule one by REST (as an assessor), open
// it from the home page's exam card on the desktop or in an emulated Meta Quest 3, read the
// countdown (the bar's, or the one drawn in the headset), and wait for the end screen.
// Driven only through the page (clicks, the IWER device) and read through the test hook.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { CreateExamRequest, Exam } from '../../../scenes/protocol/exams';
import { signInAs } from '../../support/testServer';
import type { WorkshopState } from './hookTypes';
import { readHook, signIn } from './signIn';

export interface ExamHookState {
  phase: string;
  sessionId: string;
  exam?: { examId: string; deadlineAt: string; timeLimitMs: number; limitT: number; remainingMs: number; timeUp: boolean };
  outcome?: 'submitted' | 'time_over' | 'stopped';
}

/** Schedules an exam of welding-bead by REST: open from a minute ago for an hour; the candidates by username. */
export async function scheduleExam(
  baseUrl: string,
  options: { assessor?: string; candidates: string[]; timeLimitMs: number; title?: string } & Partial<Omit<CreateExamRequest, 'candidateIds' | 'timeLimitMs' | 'title'>>,
): Promise<Exam> {
  const { assessor = 'assessor1', candidates, timeLimitMs, title = 'Kiểm tra hàn giáp mối', ...rest } = options;
  const lead = await signInAs(baseUrl, assessor);
  const candidateIds = await Promise.all(candidates.map(async (username) => (await signInAs(baseUrl, username)).user.id));
  const now = Date.now();
  const request: CreateExamRequest = {
    sceneId: 'welding-bead',
    title,
    candidateIds,
    assessorIds: [],
    opensAt: new Date(now - 60_000).toISOString(),
    closesAt: new Date(now + 3_600_000).toISOString(),
    timeLimitMs,
    judges: 1,
    ...rest,
  };
  const response = await fetch(`${baseUrl}/api/exams`, { method: 'POST', headers: { Authorization: `Bearer ${lead.token}`, 'Content-Type': 'application/json' }, body: JSON.stringify(request) });
  if (response.status !== 201) throw new Error(`POST /api/exams: HTTP ${response.status} ${await response.text()}`);
  return ((await response.json()) as { exam: Exam }).exam;
}

/** The exam as an assessor reads it (every candidate's row and status). */
export async function examAsAssessor(baseUrl: string, examId: string, assessor = 'assessor1'): Promise<Exam> {
  const { token } = await signInAs(baseUrl, assessor);
  const response = await fetch(`${baseUrl}/api/exams/${encodeURIComponent(examId)}`, { headers: { Authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`GET /api/exams/${examId}: HTTP ${response.status}`);
  return ((await response.json()) as { exam: Exam }).exam;
}

/** Signs in and waits for the exam's card on the home page; returns it. */
export async function examCardOnHome(page: Page, baseUrl: string, username: string, examId: string) {
  await signIn(page, baseUrl, username);
  const card = page.getByTestId(`exam-card-${examId}`);
  await card.waitFor({ timeout: 30_000 });
  return card;
}

async function workshopReady(page: Page): Promise<void> {
  await expect.poll(async () => (await readHook<WorkshopState | undefined>(page, 'workshop'))?.ready, { timeout: 90_000, interval: 250 }).toBe(true);
}

/** Desktop: signs in, presses Start (or Continue) on the exam's card, waits for the workshop. */
export async function openExamOnDesktop(page: Page, baseUrl: string, username: string, examId: string): Promise<void> {
  const card = await examCardOnHome(page, baseUrl, username, examId);
  await card.getByTestId('exam-start').click();
  await page.waitForURL(`**/workshop/welding-bead?exam=${examId}`);
  await workshopReady(page);
}

/**
 * Emulated Meta Quest 3: signs in, follows the card's Start link with IWER switched on
 * (?xr=emulate&devui=0, as a headset's browser would have WebXR), enters VR.
 */
export async function openExamInQuest3(page: Page, baseUrl: string, username: string, examId: string): Promise<void> {
  const card = await examCardOnHome(page, baseUrl, username, examId);
  const href = await card.getByTestId('exam-start').getAttribute('href');
  await page.goto(`${baseUrl}${href}&xr=emulate&devui=0`);
  await workshopReady(page);
  await page.getByRole('button', { name: /Vào VR|Enter VR/ }).click();
  await expect.poll(async () => (await readHook<WorkshopState>(page, 'workshop'))?.presenting, { timeout: 20_000 }).toBe(true);
}

/** The countdown in the workshop bar, as shown. */
export async function readCountdown(page: Page): Promise<{ text: string; tone: string; remainingMs: number }> {
  const countdown = page.getByTestId('exam-countdown');
  return {
    text: ((await countdown.getByRole('timer').textContent()) ?? '').trim(),
    tone: (await countdown.getAttribute('data-tone')) ?? '',
    remainingMs: Number(await countdown.getAttribute('data-remaining-ms')),
  };
}

export interface HeadsUpCountdown {
  visible: boolean;
  text: string;
  tone: 'normal' | 'warning' | 'over';
}

/** The countdown drawn in the headset, once it is drawn there. */
export async function readHeadsUpCountdown(page: Page): Promise<HeadsUpCountdown> {
  let shown: HeadsUpCountdown | undefined;
  await expect
    .poll(async () => (shown = await readHook<HeadsUpCountdown | undefined>(page, 'headsUpTimer'))?.text ?? '', { timeout: 20_000 })
    .toMatch(/^\d+:\d\d$/);
  return shown!;
}

/** The exam attempt as the page holds it (session, deadline, time left, how it ended). */
export function readExamAttempt(page: Page): Promise<ExamHookState> {
  return readHook<ExamHookState>(page, 'attempt');
}

/**
 * Waits for the end screen with `outcome`; `confirmed`: also until the server has closed the
 * attempt (session:ended, or it was over when the page asked).
 */
export async function waitForExamEnded(page: Page, outcome: 'submitted' | 'time_over' | 'stopped', options: { confirmed?: boolean; timeoutMs?: number } = {}): Promise<void> {
  const ended = page.getByTestId('exam-ended');
  const timeout = options.timeoutMs ?? 120_000;
  await expect.poll(() => ended.getAttribute('data-outcome', { timeout: 1_000 }).catch(() => null), { timeout, interval: 250 }).toBe(outcome);
  if (options.confirmed) await expect.poll(() => ended.getAttribute('data-confirmed'), { timeout, interval: 250 }).toBe('true');
}

/** Desktop: drags the torch along the seam from fraction `from` to `to` of its length, arc on. */
export async function weldAlongSeam(page: Page, from: number, to: number, steps: number): Promise<void> {
  const { screen } = await readHook<WorkshopState>(page, 'workshop');
  const at = (f: number): [number, number] => [screen.seamStart[0] + (screen.seamEnd[0] - screen.seamStart[0]) * f, screen.seamStart[1] + (screen.seamEnd[1] - screen.seamStart[1]) * f];
  await page.mouse.move(...at(from));
  await page.mouse.down();
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(...at(from + ((to - from) * i) / steps));
    await page.waitForTimeout(60);
  }
  await page.mouse.up();
}
