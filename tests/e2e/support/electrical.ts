// At the electrical bench (scene electrical-isolation) in a browser test: open the workshop, read
// its test state (targets with their screen and world points, the installation's fold), act on
// targets with the mouse, and read the server's report and event log for the attempt.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { readHook, signIn } from './signIn';
import { answerOpenAttemptPrompt } from './openAttemptPrompt';
import { loginAs } from '../../support/testServer';

import type { InstallationState } from '../../../scenes/electrical-isolation/installation';

export type { TestPair } from '../../../scenes/electrical-isolation/installation';
export type Vec3 = [number, number, number];

/** One interactive thing of the view, as the workshop test state publishes it (contract 2). */
export interface WorkshopTarget {
  /** page CSS px of its centre; null when off-screen (or in a headset) */
  screen: [number, number] | null;
  world: Vec3;
  enabled: boolean;
}

/** The installation as the view folded what it recorded (the server's own fold). */
export type InstallationView = InstallationState;

export interface ElectricalWorkshopState {
  ready: boolean;
  mode: 'desktop' | 'vr' | 'ar';
  presenting: boolean;
  frame: { count: number };
  targets: Record<string, WorkshopTarget>;
  electrical: {
    installation: InstallationView;
    held: string | null;
    cue: string | null;
    checklist: { id: string; done: boolean }[];
  } & Record<string, unknown>;
}

export interface SessionReport {
  status: string;
  result: { total: number; passed: boolean; criteria: { id: string; score: number }[]; critical: { id: string; t: number }[] };
}

export interface LoggedEvent {
  seq: number;
  t: number;
  type: string;
  data: Record<string, unknown>;
}

export const readElectrical = (page: Page) => readHook<ElectricalWorkshopState | undefined>(page, 'workshop') as Promise<ElectricalWorkshopState>;

export const readInstallation = async (page: Page) => (await readElectrical(page)).electrical.installation;

/** Signs in and opens the electrical workshop (`query` after the scene id, e.g. mode=practice&xr=emulate&devui=0), waits until it is ready. */
export async function openElectrical(page: Page, baseUrl: string, query = 'mode=practice', username: string | null = 'student1'): Promise<ElectricalWorkshopState> {
  // null: the page is signed in already.
  if (username !== null) await signIn(page, baseUrl, username);
  await page.goto(`${baseUrl}/workshop/electrical-isolation?${query}`);
  // An earlier test of the file may have left this learner's practice attempt open.
  await answerOpenAttemptPrompt(page);
  await expect.poll(async () => (await readElectrical(page))?.ready, { timeout: 60_000, interval: 250 }).toBe(true);
  await expect.poll(async () => Object.keys((await readElectrical(page)).targets ?? {}).length, { timeout: 10_000 }).toBeGreaterThan(10);
  return readElectrical(page);
}

/** Waits until the workshop has rendered `n` more frames. */
export async function nextFrames(page: Page, n: number): Promise<void> {
  const start = (await readElectrical(page)).frame.count;
  await expect.poll(async () => (await readElectrical(page)).frame.count, { interval: 16, timeout: 10_000 }).toBeGreaterThanOrEqual(start + n);
}

/** Waits until `predicate` holds for the installation (the view's fold of what it recorded). */
export async function waitInstallation(page: Page, predicate: (s: InstallationView) => boolean, message: string): Promise<InstallationView> {
  await expect.poll(async () => predicate(await readInstallation(page)), { timeout: 10_000, interval: 30, message }).toBe(true);
  return readInstallation(page);
}

/**
 * The target's screen point once it is enabled, on screen and still (the view may move the
 * camera towards what the learner works on): two reads a few frames apart agree to a pixel.
 */
export async function targetScreen(page: Page, id: string): Promise<[number, number]> {
  let last: [number, number] | null = null;
  let found: [number, number] | null = null;
  await expect
    .poll(
      async () => {
        const target = (await readElectrical(page)).targets[id];
        const here = target?.enabled ? target.screen : null;
        const still = here !== null && last !== null && Math.hypot(here[0] - last[0], here[1] - last[1]) < 1;
        last = here;
        if (still) found = here;
        return still;
      },
      { timeout: 15_000, interval: 40, message: `target ${id} enabled, on screen and still` },
    )
    .toBe(true);
  return found!;
}

/** Clicks the target where the test hook says it is on screen; fails if the page covers it there (a panel over the 3D view). */
export async function clickTarget(page: Page, id: string): Promise<void> {
  const [x, y] = await targetScreen(page, id);
  const covering = await page.evaluate(([px, py]) => {
    const element = document.elementFromPoint(px!, py!);
    return element instanceof HTMLCanvasElement ? null : (element?.outerHTML.slice(0, 80) ?? 'nothing');
  }, [x, y]);
  expect(covering, `target ${id} at (${x}, ${y}) is under the page's ${covering}`).toBe(null);
  await page.mouse.click(x, y);
}

/** Picks `item` up with a click (the hook then says it is held) and clicks it onto `place`. */
export async function pickThenPlace(page: Page, item: string, place: string): Promise<void> {
  await pickUp(page, item);
  await clickTarget(page, place);
}

/** Clicks `item` and waits until the view says it is in the hand. */
export async function pickUp(page: Page, item: string): Promise<void> {
  if ((await readElectrical(page)).electrical.held === item) return;
  await clickTarget(page, item);
  await expect.poll(async () => (await readElectrical(page)).electrical.held, { timeout: 10_000, message: `${item} held` }).toBe(item);
}

/** Puts the held tool back where it lives (Esc, as the view's help says) and waits until the hand is empty. */
export async function putBack(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await expect.poll(async () => (await readElectrical(page)).electrical.held, { timeout: 10_000, message: 'the hand empty' }).toBe(null);
}

/** Drags `item` with the mouse button held onto `place`, in small steps as a hand moves. */
export async function dragOnto(page: Page, item: string, place: string, steps = 12): Promise<void> {
  const from = await targetScreen(page, item);
  const to = await targetScreen(page, place);
  await page.mouse.move(...from);
  await page.mouse.down();
  for (let i = 1; i <= steps; i++) await page.mouse.move(from[0] + ((to[0] - from[0]) * i) / steps, from[1] + ((to[1] - from[1]) * i) / steps);
  await page.mouse.up();
}

/** The attempt's session id, from the workshop page's test state. */
export async function sessionIdOf(page: Page): Promise<string> {
  return (await readHook<{ sessionId: string }>(page, 'attempt')).sessionId;
}

/** Finishes the attempt with the page's button and waits for the server's result. */
export async function finishAttempt(page: Page): Promise<void> {
  await page.getByTestId('finish').click();
  await page.getByTestId('result').waitFor({ timeout: 60_000 });
}

/** The session as the server holds it (GET /api/sessions/:id), read as `username`. */
export async function fetchSession(baseUrl: string, sessionId: string, username = 'student1'): Promise<SessionReport> {
  const token = await loginAs(baseUrl, username);
  const response = await fetch(`${baseUrl}/api/sessions/${sessionId}`, { headers: { Authorization: `Bearer ${token}` } });
  expect(response.status).toBe(200);
  return (await response.json()) as SessionReport;
}

/** The attempt's event log as the server stored it (GET /api/sessions/:id/events, NDJSON). */
export async function fetchEvents(baseUrl: string, sessionId: string, username = 'student1'): Promise<LoggedEvent[]> {
  const token = await loginAs(baseUrl, username);
  const response = await fetch(`${baseUrl}/api/sessions/${sessionId}/events`, { headers: { Authorization: `Bearer ${token}` } });
  expect(response.status).toBe(200);
  return (await response.text())
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as LoggedEvent);
}

/** The `action` events' names and data, in order: what the learner did, as the server logged it. */
export const actionsOf = (events: LoggedEvent[]) => events.filter((e) => e.type === 'action').map((e) => e.data);

/** Uncaught errors and console errors of the page, as text. */
export function watchPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`${error.name}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text().slice(0, 300));
  });
  return errors;
}
