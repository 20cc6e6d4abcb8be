// In the fire-extinguisher workshop (scene fire-extinguisher) in a browser test: open it, read
// its test state (targets with their page and world points, the view's fold of the fire, the
// learner, the nozzle, the cues, page points of the fire's base and of floor spots), and drive it
// with the real mouse and keyboard as a learner does. The server's report and log are read with
// the electrical helpers (they are the app's, not the scene's).
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Agent, FireClass } from '../../../scenes/fire-extinguisher/events';
import { readHook, signIn } from './signIn';
import { answerOpenAttemptPrompt } from './openAttemptPrompt';
import type { LoggedEvent, SessionReport, WorkshopTarget } from './electrical';

export type Point = [number, number];
export type Vec3 = [number, number, number];

/** The fire view's part of the test hook (scenes/fire-extinguisher/view/testState.ts). */
export interface FireHook {
  fireClass: FireClass;
  paramsFireClass: FireClass | null;
  mode: string;
  intensity: number;
  out: boolean;
  outAtMs: number | null;
  alarmAtMs: number | null;
  held: Agent | null;
  holder: string | null;
  foldHeld: Agent | null;
  pinPulled: Record<Agent, boolean>;
  agentLeftS: Record<Agent, number>;
  discharging: boolean;
  firstDischarge: { t: number; agent: Agent } | null;
  samples: number;
  events: number;
  lastT: number;
  learner: { position: Vec3; yaw: number; distance: number };
  /** the headset's XR origin in the workshop (teleport and snap turn move it) */
  origin: { position: Vec3; yaw: number };
  walking: boolean;
  nozzle: { p: Vec3; d: Vec3; squeeze: boolean; aim: Point | null; distance: number } | null;
  cues: { distance: number; band: string; aimedAtBase: boolean | null; sweeping: boolean | null; agentLeftS: number | null; discharging: boolean } | null;
  sweep: { spanM: number; coveredMs: number };
  notice: string | null;
  effects: { flames: number; smoke: number; discharge: number };
  screen: {
    base: Point | null;
    baseLeft: Point | null;
    baseRight: Point | null;
    flames: Point | null;
    callPoint: Point | null;
    floor: { band: Point | null; bandNear: Point | null; bandFar: Point | null; tooClose: Point | null; start: Point | null; rack: Point | null };
  };
}

export interface FireWorkshopState {
  ready: boolean;
  mode: 'desktop' | 'vr' | 'ar';
  presenting: boolean;
  frame: { count: number };
  renderer: { drawCalls: number };
  targets: Record<string, WorkshopTarget>;
  fire: FireHook;
}

export type FireSessionReport = SessionReport & { params: { fireClass: FireClass } };

export const readWorkshop = (page: Page) => readHook<FireWorkshopState | undefined>(page, 'workshop') as Promise<FireWorkshopState>;
export const readFire = async (page: Page) => (await readWorkshop(page)).fire;

/**
 * Opens the fire workshop (`query`, e.g. mode=practice&xr=emulate&devui=0), signing in first
 * unless `username` is null, discarding an attempt left open, and waits until it is ready with
 * its targets registered and the server's fire class shown.
 */
export async function openFire(page: Page, baseUrl: string, query = 'mode=practice', username: string | null = 'student1'): Promise<FireWorkshopState> {
  if (username !== null) await signIn(page, baseUrl, username);
  await page.goto(`${baseUrl}/workshop/fire-extinguisher?${query}`);
  await answerOpenAttemptPrompt(page);
  await expect.poll(async () => (await readWorkshop(page))?.ready, { timeout: 60_000, interval: 250 }).toBe(true);
  await expect.poll(async () => Object.keys((await readWorkshop(page))?.targets ?? {}).length, { timeout: 10_000 }).toBeGreaterThanOrEqual(5);
  return readWorkshop(page);
}

/** Leaves the workshop with its Exit link (in the app, as a learner does: the tab is no longer in the attempt) and waits for the home page. */
export async function exitWorkshop(page: Page): Promise<void> {
  await page.getByRole('link', { name: /^(Thoát|Exit)$/ }).click();
  await page.getByTestId('greeting').waitFor();
}

/** Waits until `predicate` holds for the view's fire state. */
export async function waitFire(page: Page, predicate: (s: FireHook) => boolean, message: string, timeout = 10_000): Promise<FireHook> {
  const until = Date.now() + timeout;
  for (;;) {
    const state = await readFire(page);
    if (predicate(state)) return state;
    if (Date.now() > until) throw new Error(`${message}: not within ${timeout} ms; the view: ${JSON.stringify({ ...state, screen: undefined }).slice(0, 1200)}`);
    await page.waitForTimeout(30);
  }
}

/** Waits until the workshop has rendered `n` more frames. */
export async function nextFrames(page: Page, n: number): Promise<void> {
  const start = (await readWorkshop(page)).frame.count;
  await expect.poll(async () => (await readWorkshop(page)).frame.count, { interval: 16, timeout: 10_000 }).toBeGreaterThanOrEqual(start + n);
}

/** A page point from the hook once it is there and still (the camera follows the learner): two reads a few frames apart agree to a pixel. */
export async function stillPoint(page: Page, pick: (w: FireWorkshopState) => Point | null | undefined, what: string): Promise<Point> {
  let last: Point | null = null;
  let found: Point | null = null;
  await expect
    .poll(
      async () => {
        const here = pick(await readWorkshop(page)) ?? null;
        const still = here !== null && last !== null && Math.hypot(here[0] - last[0], here[1] - last[1]) < 1;
        last = here;
        if (still) found = here;
        return still;
      },
      { timeout: 15_000, interval: 50, message: `${what} on screen and still` },
    )
    .toBe(true);
  return found!;
}

/** Clicks the page point, failing if the page covers the 3D view there (a panel or the overlay). */
export async function clickCanvas(page: Page, [x, y]: Point, what: string): Promise<void> {
  const covering = await page.evaluate(([px, py]) => {
    const element = document.elementFromPoint(px!, py!);
    return element instanceof HTMLCanvasElement ? null : (element?.outerHTML.slice(0, 120) ?? 'nothing');
  }, [x, y]);
  expect(covering, `${what} at (${x}, ${y}) is under the page's ${covering}`).toBe(null);
  // A person's click: the button held for a few frames, not a zero-length press.
  await page.mouse.click(x, y, { delay: 80 });
}

/** Clicks a target (rack:<agent>, pin, call-point) where the hook says it is, once enabled and still. */
export async function clickTarget(page: Page, id: string): Promise<void> {
  const at = await stillPoint(page, (w) => (w.targets[id]?.enabled ? w.targets[id].screen : null), `target ${id}`);
  await clickCanvas(page, at, `target ${id}`);
}

/** Holds `key` down until `predicate` holds for the fire state (checked every few ms), then lets go. */
export async function walkWithKey(page: Page, key: string, predicate: (s: FireHook) => boolean, what: string, timeoutMs = 8_000): Promise<FireHook> {
  await page.keyboard.down(key);
  try {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const state = await readFire(page);
      if (predicate(state)) return state;
      if (Date.now() > until) throw new Error(`walking with ${key}: ${what} never held (learner at ${JSON.stringify(state.learner)})`);
      await page.waitForTimeout(15);
    }
  } finally {
    await page.keyboard.up(key);
  }
}

/**
 * With the handle squeezed (the mouse button held), sweeps the pointer from side to side across
 * the fire's base (its page points 0.3 m either side of the centre) about once a second, until
 * `until` holds or `maxMs` passes; lets go. Returns the state once the view has folded the release.
 */
export async function squeezeAndSweep(page: Page, until: (s: FireHook) => boolean, maxMs: number): Promise<FireHook> {
  const { screen } = await readFire(page);
  const left = screen.baseLeft!;
  const right = screen.baseRight!;
  await page.mouse.move(...screen.base!);
  await page.mouse.down();
  const started = Date.now();
  let state = await readFire(page);
  try {
    while (!until(state) && Date.now() - started < maxMs) {
      const f = 0.5 + 0.5 * Math.sin(((Date.now() - started) / 1000) * 2 * Math.PI);
      await page.mouse.move(left[0] + (right[0] - left[0]) * f, left[1] + (right[1] - left[1]) * f, { steps: 2 });
      await page.waitForTimeout(25);
      state = await readFire(page);
    }
  } finally {
    await page.mouse.up();
  }
  // The release reaches the fold with the next sample, which also settles the last discharging
  // sample's interval (agent used): until then the view still counts the squeeze. On a loaded
  // machine that frame can come well after the button went up.
  return waitFire(page, (s) => !s.discharging, 'the handle let go');
}

/** The `nozzle` samples of a stored log. */
export const nozzleSamples = (events: LoggedEvent[]) =>
  events.filter((e) => e.type === 'nozzle').map((e) => ({ t: e.t, ...(e.data as { p: Vec3; d: Vec3; squeeze: boolean }) }));

export { fetchEvents, fetchSession, finishAttempt, sessionIdOf, watchPageErrors } from './electrical';
