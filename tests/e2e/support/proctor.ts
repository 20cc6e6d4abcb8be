// The proctor dashboard as a person uses it, for browser tests (this file's and the full exam
// e2e): open it, read the tiles as shown, spectate a candidate, stop one with a reason.
// Reads what is on screen (the tiles' data attributes mirror their text), never app internals.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { artefactsDir } from './browser';
import { readHook } from './signIn';

export interface ShownTile {
  learnerId: string;
  name: string;
  status: string;
  /** The live total as shown; null before the first score. */
  total: number | null;
  critical: number;
  alerts: string[];
  connected: boolean;
  remainingSeconds: number;
  text: string;
}

/** What the spectator page publishes on the test hook (`spectate`). */
export interface SpectateState {
  sessionId: string;
  state: 'loading' | 'refused' | 'live';
  link: string;
  events: number;
  lastSeq: number;
  headT: number;
  timeMs: number;
  status: string | null;
}

/** What the dashboard publishes on the test hook (`proctor`): renders per tile prove memoisation. */
export interface ProctorHookState {
  link: string;
  order: string[];
  tiles: { learnerId: string; status: string; total: number | null; critical: string[]; alerts: string[]; connected: boolean; remainingMs: number }[];
  renders: Record<string, number>;
}

export const readProctor = (page: Page) => readHook<ProctorHookState | undefined>(page, 'proctor');
export const readSpectate = (page: Page) => readHook<SpectateState | undefined>(page, 'spectate');

/** Opens /exams/:id/proctor (signed in already) and waits for the live tiles. */
export async function openDashboard(page: Page, baseUrl: string, examId: string, candidates: number): Promise<void> {
  await page.goto(`${baseUrl}/exams/${encodeURIComponent(examId)}/proctor`);
  await page.getByTestId('proctor-live').waitFor({ timeout: 30_000 });
  await page.locator('[data-testid="proctor-tiles"] > li').nth(candidates - 1).waitFor();
}

/** The tiles in the order shown. */
export function readTiles(page: Page): Promise<ShownTile[]> {
  return page.locator('[data-testid="proctor-tiles"] > li').evaluateAll((items) =>
    items.map((li) => {
      const el = li as HTMLElement;
      const total = el.dataset.total ?? '';
      return {
        learnerId: (el.dataset.testid ?? '').replace(/^tile-/, ''),
        name: el.querySelector('h3')?.textContent ?? '',
        status: el.dataset.status ?? '',
        total: total === '' ? null : Number(total),
        critical: Number(el.dataset.critical ?? 0),
        alerts: (el.dataset.alerts ?? '').split(' ').filter(Boolean),
        connected: el.querySelector<HTMLElement>('[data-testid="tile-connection"]')?.dataset.connected === 'true',
        remainingSeconds: Number(el.querySelector<HTMLElement>('[data-testid="tile-remaining"]')?.dataset.seconds ?? NaN),
        text: el.textContent ?? '',
      };
    }),
  );
}

export async function readTile(page: Page, learnerId: string): Promise<ShownTile | undefined> {
  return (await readTiles(page)).find((tile) => tile.learnerId === learnerId);
}

/** Clicks the tile's Spectate and waits for the 3D view to be ready and following the log. */
export async function spectate(page: Page, learnerId: string, timeoutMs = 120_000): Promise<void> {
  await page.getByTestId(`tile-${learnerId}`).getByTestId('tile-spectate').click();
  await page.getByTestId('spectate-heading').waitFor();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [view, follow] = await Promise.all([readHook<{ ready?: boolean } | undefined>(page, 'workshop'), readSpectate(page)]);
    if (view?.ready && follow?.state === 'live') return;
    if (Date.now() > deadline) throw new Error(`the spectator view did not get ready: ${JSON.stringify(follow)}`);
    await page.waitForTimeout(250);
  }
}

/** Stop with a reason through the tile's dialog; resolves once the tile shows the attempt stopped. */
export async function stopWithReason(page: Page, learnerId: string, reason: string): Promise<void> {
  const tile = page.getByTestId(`tile-${learnerId}`);
  await tile.getByTestId('tile-stop').click();
  const dialog = page.getByTestId('stop-dialog');
  await dialog.waitFor();
  await dialog.getByTestId('stop-reason').fill(reason);
  await dialog.getByTestId('stop-confirm').click();
  await page.locator(`[data-testid="tile-${learnerId}"][data-status="stopped"]`).waitFor({ timeout: 20_000 });
}

/** A screenshot of what the window shows (a modal dialog and its backdrop as seen), under test-results/. */
export async function saveViewport(page: Page, name: string): Promise<string> {
  mkdirSync(artefactsDir, { recursive: true });
  const path = join(artefactsDir, `${name}.png`);
  await page.screenshot({ path });
  return path;
}
