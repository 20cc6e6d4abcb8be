// Welding in VR with an emulated Meta Quest 3 (IWER, installed by the app behind ?xr=emulate):
// enter VR, grab the torch with the right controller (squeeze), hold the trigger and move the
// controller along the seam for several seconds, finish; the server's report shows the seam
// covered. Driven only through the emulated device; state read through the test hook.
// The controllers are drawn with their real glTF models, loaded from the app's own server; no
// page error (the hit-test refusal of a room-less emulated headset used to be one). IWER's
// developer UI comes with ?xr=emulate; the scripted tests leave it out (&devui=0), as it writes
// the head and controller poses every frame. Screenshot: test-results/workshop-vr.png.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { WorkshopState } from './support/hookTypes';
import { readHook } from './support/signIn';
import { launchChromium, saveScreenshot } from './support/browser';
import { answerOpenAttemptPrompt } from './support/openAttemptPrompt';
import { loginAs, startTestServer, type TestServer } from '../support/testServer';


const readWorkshop = (page: Page) => readHook<WorkshopState | undefined>(page, 'workshop');

async function openWorkshop(page: Page, baseUrl: string, query: string): Promise<WorkshopState> {
  await page.goto(`${baseUrl}/login`);
  await page.locator('input[name="username"]').fill('student1');
  await page.locator('input[name="password"]').fill('demo1234');
  await page.locator('form button[type="submit"]').click();
  await page.getByTestId('greeting').waitFor();
  await page.goto(`${baseUrl}/workshop/welding-bead?${query}`);
  // An earlier test (or try) of this file may have left student1's practice attempt open.
  await answerOpenAttemptPrompt(page);
  await expect.poll(async () => (await readWorkshop(page))?.ready, { timeout: 60_000, interval: 250 }).toBe(true);
  return (await readWorkshop(page)) as WorkshopState;
}

type EmulatedDevice = {
  primaryInputMode: 'controller' | 'hand';
  hands: { right: { position: { set(x: number, y: number, z: number): void }; updatePinchValue(value: number): void } };
  controllers: {
    right: {
      position: { set(x: number, y: number, z: number): void };
      quaternion: { set(x: number, y: number, z: number, w: number): void };
      updateButtonValue(id: string, value: number): void;
    };
  };
};

/** Runs `act` on the emulated headset in the page: input, as a person's hand would give it. */
async function device<A>(page: Page, act: (d: EmulatedDevice, arg: A) => unknown, arg?: A): Promise<void> {
  await page.evaluate(
    ([source, a]) => {
      const d = (window as unknown as { __vocaxrXRDevice: EmulatedDevice }).__vocaxrXRDevice;
      return (new Function('d', 'a', `return (${source})(d, a)`) as (d: EmulatedDevice, a: unknown) => unknown)(d, a);
    },
    [act.toString(), arg] as const,
  );
}

/**
 * Collects every attempt to load from anywhere but the app's server: requests made, and fetches
 * the page's CSP refused before they left (they show only as console errors). Nothing may come
 * from outside (college networks may have no internet): controller layouts, rooms and the
 * emulator are all served locally.
 */
function watchExternalRequests(page: Page, serverUrl: string): string[] {
  const external: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(serverUrl) && !url.startsWith('data:') && !url.startsWith('blob:')) external.push(url);
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|Failed to fetch/.test(message.text())) external.push(message.text().slice(0, 160));
  });
  return external;
}

/** Uncaught errors and console errors of the page, as text. */
function watchPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`${error.name}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text().slice(0, 300));
  });
  return errors;
}

/** The glTF models the page loaded, with their HTTP status. */
function watchModels(page: Page): string[] {
  const models: string[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.endsWith('.glb')) models.push(`${response.status()} ${response.url()}`);
  });
  return models;
}

type ControllerModels = { controllers: { handedness: string; model: string; meshes: number; vertices: number }[] };

/** Waits until the workshop has rendered `n` more frames. */
async function nextFrames(page: Page, n: number): Promise<void> {
  const start = ((await readWorkshop(page)) as WorkshopState).frame.count;
  await expect.poll(async () => ((await readWorkshop(page)) as WorkshopState).frame.count, { interval: 16, timeout: 10_000 }).toBeGreaterThanOrEqual(start + n);
}

function quaternionFromEuler(x: number, y: number, z: number): [number, number, number, number] {
  // XYZ order, as three.js Euler's default.
  const [c1, c2, c3] = [Math.cos(x / 2), Math.cos(y / 2), Math.cos(z / 2)];
  const [s1, s2, s3] = [Math.sin(x / 2), Math.sin(y / 2), Math.sin(z / 2)];
  return [s1 * c2 * c3 + c1 * s2 * s3, c1 * s2 * c3 - s1 * c2 * s3, c1 * c2 * s3 + s1 * s2 * c3, c1 * c2 * c3 - s1 * s2 * s3];
}

describe('welding in emulated VR', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('enters VR, grabs the torch, welds along the seam and gets the seam covered in the server\'s report', { timeout: 240_000, retry: 1 }, async () => {
    // A small window: SwiftShader is fill-bound, and the weld needs frames more than pixels.
    const page = await browser.newPage({ viewport: { width: 480, height: 300 } });
    const external = watchExternalRequests(page, server.url);
    const errors = watchPageErrors(page);
    const models = watchModels(page);
    await openWorkshop(page, server.url, 'mode=practice&xr=emulate&devui=0');
    await page.getByRole('button', { name: /Vào VR|Enter VR/ }).click();
    await expect.poll(async () => (await readWorkshop(page))?.presenting, { timeout: 20_000 }).toBe(true);
    expect((await readWorkshop(page))?.mode).toBe('vr');
    // Both Quest 3 controllers are drawn with their own glTF models from the app's server: real
    // meshes of thousands of vertices (the old stand-in was a 24-vertex box).
    await expect
      .poll(async () => ((await readWorkshop(page)) as unknown as ControllerModels).controllers.map((c) => `${c.handedness} ${c.vertices > 1000}`).sort(), { timeout: 30_000 })
      .toEqual(['left true', 'right true']);
    const drawn = ((await readWorkshop(page)) as unknown as ControllerModels).controllers;
    console.info(`controller models: ${drawn.map((c) => `${c.handedness} ${c.meshes} meshes, ${c.vertices} vertices`).join('; ')}`);
    expect(drawn.every((c) => c.model.startsWith(`${server.url}/xr-input-profiles/meta-quest-touch-plus/`))).toBe(true);
    expect(models.sort()).toEqual([`200 ${server.url}/xr-input-profiles/meta-quest-touch-plus/left.glb`, `200 ${server.url}/xr-input-profiles/meta-quest-touch-plus/right.glb`]);
    // Reach for the torch where it lies now (physics may have settled it since load) and
    // squeeze; on a slow frame the grab can miss, so let go and try again, as a hand would.
    let held = false;
    let rest: [number, number, number] = [0, 0, 0];
    for (let attempt = 0; attempt < 6 && !held; attempt++) {
      rest = ((await readWorkshop(page)) as WorkshopState).torchRest as [number, number, number];
      await device(page, (d, a) => d.controllers.right.position.set(a[0], a[1], a[2]), rest);
      await nextFrames(page, 3);
      await device(page, (d) => d.controllers.right.updateButtonValue('squeeze', 1));
      held = await expect
        .poll(async () => (await readWorkshop(page))?.torch.holder, { timeout: 8_000 })
        .toBe('right')
        .then(() => true, () => false);
      if (!held) {
        await device(page, (d) => d.controllers.right.updateButtonValue('squeeze', 0));
        await nextFrames(page, 2);
      }
    }
    expect(held, 'the right controller could not grab the torch').toBe(true);
    const vr = (await readWorkshop(page)) as WorkshopState;
    expect(vr.renderer.drawCalls).toBeLessThanOrEqual(100);

    // Held level, the nozzle points forward and about 7° towards +X. Pitch the controller 90°
    // down so it points at the plate, and turn it 3° more towards +X: a 10° push. Then place
    // the contact tip 11 mm above the seam start: the grip-to-tip offset is rigid, so correct
    // the grip by the measured error.
    const q = quaternionFromEuler((-90 * Math.PI) / 180, (-3 * Math.PI) / 180, 0);
    await device(page, (d, a) => d.controllers.right.quaternion.set(a[0], a[1], a[2], a[3]), q);
    await nextFrames(page, 3);
    let grip = rest; // where the controller is now
    const placeTip = async (target: [number, number, number]) => {
      for (let i = 0; i < 3; i++) {
        const now = (await readWorkshop(page)) as WorkshopState;
        grip = [0, 1, 2].map((k) => grip[k]! + target[k]! - now.torch.p[k]!) as [number, number, number];
        await device(page, (d, a) => d.controllers.right.position.set(a[0], a[1], a[2]), grip);
        await nextFrames(page, 2);
      }
    };
    const tipAt = (seamX: number, d: number[]): [number, number, number] => {
      const ctwd = 0.011;
      return [seamX - d[0]! * ctwd, 0.95 - d[1]! * ctwd, -0.45 - d[2]! * ctwd];
    };
    const aimed = (await readWorkshop(page)) as WorkshopState;
    expect(aimed.torch.d[1]).toBeLessThan(-0.9);
    await placeTip(tipAt(-0.103, aimed.torch.d));

    // Coverage counts 1 mm bins that a torch sample fell in, and the app samples once per XR
    // frame. SwiftShader renders VR at a few frames a second, fewer with the arc lit, and
    // unevenly (a 100 ms median with 330 ms gaps was measured; worse on a loaded machine): strike
    // the arc at the seam start (as a welder forms the puddle) for 2 s, then travel in step with
    // the frames. The emulated headset makes one XR frame per animation frame of the page, so a
    // scripted hand that moves once per animation frame, 6 mm/s (the standard's 4-8) but never
    // more than 0.8 mm a frame, leaves no 1 mm bin between two samples, whatever the frame rate.
    await device(page, (d) => d.controllers.right.updateButtonValue('trigger', 1));
    const framesBefore = ((await readWorkshop(page)) as WorkshopState).frame.count;
    await page.waitForTimeout(2_000);
    const fps = (((await readWorkshop(page)) as WorkshopState).frame.count - framesBefore) / 2;
    // No helmet, no gloves: the practice warning is up in the headset, naming both.
    expect((await readWorkshop(page) as unknown as { safetyWarning: unknown }).safetyWarning).toEqual({ missing: ['helmet', 'gloves'], arcOn: true, inHeadset: true });
    console.info(`VR weld: ${fps.toFixed(1)} frames/s with the arc lit`);

    // Travel to past the seam end.
    const [startX, gripY, gripZ] = grip as [number, number, number];
    const travelStarted = { frames: ((await readWorkshop(page)) as WorkshopState).frame.count, ms: Date.now() };
    await device(
      page,
      (d, a) =>
        new Promise<void>((resolve) => {
          let travelled = 0;
          let last = performance.now();
          const step = (now: number) => {
            travelled = Math.min(a[3], travelled + Math.min(a[5], (a[4] * (now - last)) / 1000));
            last = now;
            d.controllers.right.position.set(a[0] + travelled, a[1], a[2]);
            if (travelled >= a[3]) resolve();
            else requestAnimationFrame(step);
          };
          requestAnimationFrame(step);
        }),
      [startX, gripY, gripZ, 0.206, 0.006, 0.0008] as [number, number, number, number, number, number],
    );
    const travelFps = ((((await readWorkshop(page)) as WorkshopState).frame.count - travelStarted.frames) * 1000) / (Date.now() - travelStarted.ms);
    console.info(`VR weld: ${travelFps.toFixed(1)} frames/s while travelling`);
    await device(page, (d) => d.controllers.right.updateButtonValue('trigger', 0));
    await nextFrames(page, 3);
    await saveScreenshot(page, 'workshop-vr');

    const sessionId = ((await page.evaluate(() => (window as unknown as { __vocaxr: { read(): { attempt: { sessionId: string } } } }).__vocaxr.read().attempt.sessionId)) as string);
    // Finish from inside the headset: hold B on the right controller for over a second.
    await device(page, (d) => d.controllers.right.updateButtonValue('b-button', 1));
    await page.waitForTimeout(1_500);
    await device(page, (d) => d.controllers.right.updateButtonValue('b-button', 0));
    await page.getByTestId('result').waitFor({ timeout: 60_000 });
    const token = await loginAs(server.url, 'student1');
    const session = (await (await fetch(`${server.url}/api/sessions/${sessionId}`, { headers: { Authorization: `Bearer ${token}` } })).json()) as {
      result: { criteria: { id: string; score: number }[]; critical: { id: string }[] };
    };
    const score = (id: string) => session.result.criteria.find((c) => c.id === id)!.score;
    console.info(`VR weld: coverage ${score('coverage')}, work angle ${score('work-angle')}, aim ${score('aim')}, ctwd ${score('ctwd')}`);
    expect(score('coverage')).toBeGreaterThanOrEqual(0.8);
    // The motion was designed square across the seam, on the centre line, at a steady speed.
    expect(score('work-angle')).toBeGreaterThanOrEqual(0.8);
    expect(score('aim')).toBeGreaterThanOrEqual(0.8);
    expect(score('ctwd')).toBeGreaterThanOrEqual(0.8);
    expect(session.result.critical.map((c) => c.id)).toEqual(expect.arrayContaining(['arc-without-helmet', 'arc-without-gloves']));
    expect(external).toEqual([]);
    expect(errors.filter((e) => /hit-test|hit test/i.test(e))).toEqual([]);
    await page.close();
  });

  it('grabs the torch with a tracked hand (thumb-index pinch)', { timeout: 120_000, retry: 1 }, async () => {
    const page = await browser.newPage({ viewport: { width: 640, height: 400 } });
    const external = watchExternalRequests(page, server.url);
    await openWorkshop(page, server.url, 'mode=practice&xr=emulate&devui=0');
    await page.getByRole('button', { name: /Vào VR|Enter VR/ }).click();
    await expect.poll(async () => (await readWorkshop(page))?.presenting, { timeout: 20_000 }).toBe(true);
    await device(page, (d) => {
      d.primaryInputMode = 'hand';
    });
    await nextFrames(page, 3);
    let held = false;
    for (let attempt = 0; attempt < 4 && !held; attempt++) {
      const rest = ((await readWorkshop(page)) as WorkshopState).torchRest as [number, number, number];
      await device(page, (d, a) => d.hands.right.position.set(a[0], a[1], a[2]), rest);
      await nextFrames(page, 3);
      await device(page, (d) => d.hands.right.updatePinchValue(1));
      held = await expect
        .poll(async () => (await readWorkshop(page))?.torch.holder, { timeout: 8_000 })
        .toBe('right')
        .then(() => true, () => false);
      if (!held) {
        await device(page, (d) => d.hands.right.updatePinchValue(0));
        await nextFrames(page, 2);
      }
    }
    expect(held, 'the tracked right hand could not pinch-grab the torch').toBe(true);
    expect(external).toEqual([]);
    await page.close();
  });

  it('enters AR in a scanned room, aims the reticle at the real table and places the bench on it with the trigger', { timeout: 120_000 }, async () => {
    const page = await browser.newPage({ viewport: { width: 640, height: 400 } });
    const external = watchExternalRequests(page, server.url);
    // office_small: a scanned office whose table top is 0.748 m above the floor, centred 0.65 m ahead.
    await openWorkshop(page, server.url, 'mode=practice&xr=emulate&room=office_small&devui=0');
    await page.getByRole('button', { name: /Vào AR|Enter AR/ }).click();
    await expect.poll(async () => (await readWorkshop(page))?.presenting, { timeout: 20_000 }).toBe(true);
    expect((await readWorkshop(page))?.mode).toBe('ar');
    expect(((await readWorkshop(page)) as WorkshopState).renderer.drawCalls).toBeLessThanOrEqual(100);

    // Look down at the table, as a person would before placing the bench.
    const [qx, qy, qz, qw] = quaternionFromEuler(-0.95, 0, 0);
    await page.evaluate(
      ([x, y, z, w]) => {
        const d = (window as unknown as { __vocaxrXRDevice: { position: { set(...v: number[]): void }; quaternion: { set(...v: number[]): void } } }).__vocaxrXRDevice;
        d.position.set(0.05, 1.5, 0);
        d.quaternion.set(x!, y!, z!, w!);
      },
      [qx, qy, qz, qw],
    );
    await expect
      .poll(async () => (await readWorkshop(page))?.placement.surface?.[1] ?? null, { timeout: 20_000, interval: 100 })
      .toBeCloseTo(0.748, 1);
    const surface = ((await readWorkshop(page)) as WorkshopState).placement.surface!;
    // The hit is on the table top, not the floor or a wall: inside the table's footprint.
    expect(Math.abs(surface[0]! - 0.058)).toBeLessThan(0.8);
    expect(surface[2]!).toBeLessThan(-0.28);
    expect(surface[2]!).toBeGreaterThan(-1.03);

    // Trigger press and release: one select places the bench.
    await device(page, (d) => d.controllers.right.updateButtonValue('trigger', 1));
    await nextFrames(page, 3);
    await device(page, (d) => d.controllers.right.updateButtonValue('trigger', 0));
    await expect.poll(async () => (await readWorkshop(page))?.placement.placed, { timeout: 10_000 }).toBe(true);
    const placed = (await readWorkshop(page)) as WorkshopState;
    // The workshop frame moved so that the bench top (0.9 m in it) lies on the table top.
    expect(placed.placement.origin[1]! + 0.9).toBeCloseTo(placed.placement.surface?.[1] ?? surface[1]!, 1);
    await saveScreenshot(page, 'workshop-ar');
    expect(external).toEqual([]);
    await page.close();
  });

  it('with ?xr=emulate brings IWER\'s developer UI to move the emulated head and hands, and no page error in VR without a room', { timeout: 120_000 }, async () => {
    const page = await browser.newPage({ viewport: { width: 640, height: 400 } });
    const external = watchExternalRequests(page, server.url);
    const errors = watchPageErrors(page);
    await openWorkshop(page, server.url, 'mode=practice&xr=emulate');
    await page.getByRole('button', { name: /Vào VR|Enter VR/ }).click();
    await expect.poll(async () => (await readWorkshop(page))?.presenting, { timeout: 20_000 }).toBe(true);
    // The developer UI is installed on the emulated headset, and its controls (buttons in their
    // own shadow roots) and its canvas of draggable head and controller handles are in the page.
    const devui = () =>
      page.evaluate(() => {
        const hosts = [...document.querySelectorAll('*')].filter((e) => e.shadowRoot);
        const device = (window as unknown as { __vocaxrXRDevice: { devui?: { version: string; devUICanvas: HTMLCanvasElement } } }).__vocaxrXRDevice;
        return {
          version: device.devui?.version ?? null,
          buttons: hosts.reduce((n, host) => n + host.shadowRoot!.querySelectorAll('button').length, 0),
          canvasInPage: device.devui ? document.body.contains(device.devui.devUICanvas) : false,
        };
      });
    await expect.poll(async () => (await devui()).buttons, { timeout: 20_000 }).toBeGreaterThan(3);
    expect(await devui()).toMatchObject({ version: expect.stringMatching(/^1\./), canvasInPage: true });
    await nextFrames(page, 5);
    await saveScreenshot(page, 'workshop-vr-devui');
    expect(external).toEqual([]);
    expect(errors.filter((e) => /hit-test|hit test/i.test(e))).toEqual([]);
    await page.close();
  });
});
