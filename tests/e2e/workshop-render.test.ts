// The 3D welding workshop really renders in Chromium (WebGL through SwiftShader): a WebGL context
// exists, the frame stays within 100 draw calls, a learner can put PPE on and weld with the mouse,
// and with ?xr=emulate the "Enter VR" button starts an emulated Quest 3 session in which the right
// controller grabs the torch. Screenshots: test-results/workshop-desktop.png, workshop-vr.png.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, saveScreenshot } from './support/browser';
import { startTestServer, type TestServer } from '../support/testServer';

interface WorkshopState {
  ready: boolean;
  mode: string;
  presenting: boolean;
  torch: { held: boolean; holder: string | null; p: number[]; d: number[]; arc: boolean };
  torchRest: number[];
  ppe: { helmet: boolean; gloves: boolean };
  bead: { segments: number };
  renderer: { drawCalls: number; triangles: number };
  frame: { count: number; cpuMsAvg: number };
  screen: { seamStart: [number, number]; seamEnd: [number, number]; torch: [number, number] | null; helmet: [number, number] | null; gloves: [number, number] | null };
}

const readWorkshop = (page: Page) =>
  page.evaluate(() => (window as unknown as { __vocaxr: { read(): Record<string, unknown> } }).__vocaxr.read().workshop) as Promise<WorkshopState | undefined>;

async function openWorkshop(page: Page, baseUrl: string, query: string): Promise<WorkshopState> {
  await page.goto(`${baseUrl}/login`);
  await page.locator('input[name="username"]').fill('student1');
  await page.locator('input[name="password"]').fill('demo1234');
  await page.locator('form button[type="submit"]').click();
  await page.getByTestId('greeting').waitFor();
  await page.goto(`${baseUrl}/workshop/welding-bead?${query}`);
  await expect.poll(async () => (await readWorkshop(page))?.ready, { timeout: 60_000, interval: 250 }).toBe(true);
  return (await readWorkshop(page)) as WorkshopState;
}

async function webglRenderer(page: Page): Promise<string> {
  return page.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return '';
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  });
}

describe('the welding workshop renders', () => {
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

  it('draws the booth on desktop within the draw-call budget and welds with the mouse', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const state = await openWorkshop(page, server.url, 'mode=practice');
    const renderer = await webglRenderer(page);
    expect(renderer, 'no WebGL context: the workshop would be a blank canvas').not.toBe('');
    expect(renderer).toMatch(/SwiftShader|ANGLE/);
    expect(state.mode).toBe('desktop');
    expect(state.renderer.drawCalls).toBeGreaterThan(5);
    expect(state.renderer.drawCalls).toBeLessThanOrEqual(100);

    // PPE first (clicks), then pick the torch up and run a short stretch of the seam.
    await page.mouse.click(...(state.screen.helmet as [number, number]));
    await page.mouse.click(...(state.screen.gloves as [number, number]));
    await page.mouse.click(...(state.screen.torch as [number, number]));
    await expect.poll(async () => (await readWorkshop(page))?.torch.held).toBe(true);
    expect((await readWorkshop(page))?.ppe).toEqual({ helmet: true, gloves: true });
    const [[x0, y0], [x1, y1]] = [state.screen.seamStart, state.screen.seamEnd];
    await page.mouse.move(x0, y0);
    await page.mouse.down();
    for (let i = 0; i <= 30; i += 1) {
      await page.mouse.move(x0 + ((x1 - x0) * i) / 90, y0 + ((y1 - y0) * i) / 90);
      await page.waitForTimeout(30);
    }
    const welding = (await readWorkshop(page)) as WorkshopState;
    expect(welding.torch.arc).toBe(true);
    const dy = welding.torch.d[1] ?? 0;
    expect(dy).toBeLessThan(-0.9);
    expect(welding.torch.p[1]).toBeCloseTo(0.95 + 0.011 * -dy, 3);
    await page.mouse.up();
    await expect.poll(async () => (await readWorkshop(page))?.bead.segments).toBeGreaterThan(10);
    const after = (await readWorkshop(page)) as WorkshopState;
    expect(after.renderer.drawCalls).toBeLessThanOrEqual(100);
    expect(after.frame.count).toBeGreaterThan(10);
    await saveScreenshot(page, 'workshop-desktop');
    await page.close();
  }, 180_000);

  it('enters emulated VR and grabs the torch with the right controller', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const state = await openWorkshop(page, server.url, 'mode=practice&xr=emulate');
    await page.getByRole('button', { name: /Vào VR|Enter VR/ }).click();
    await expect.poll(async () => (await readWorkshop(page))?.presenting, { timeout: 20_000 }).toBe(true);
    expect((await readWorkshop(page))?.mode).toBe('vr');
    const [x, y, z] = state.torchRest as [number, number, number];
    await page.evaluate(([px, py, pz]) => {
      const device = (window as unknown as { __vocaxrXRDevice: { controllers: { right: { position: { set(x: number, y: number, z: number): void } } } } }).__vocaxrXRDevice;
      device.controllers.right.position.set(px, py, pz);
    }, [x, y, z] as const);
    await page.waitForTimeout(300);
    await page.evaluate(() => {
      const device = (window as unknown as { __vocaxrXRDevice: { controllers: { right: { updateButtonValue(id: string, v: number): void } } } }).__vocaxrXRDevice;
      device.controllers.right.updateButtonValue('squeeze', 1);
    });
    await expect.poll(async () => (await readWorkshop(page))?.torch.holder, { timeout: 10_000 }).toBe('right');
    const vr = (await readWorkshop(page)) as WorkshopState;
    expect(vr.renderer.drawCalls).toBeLessThanOrEqual(100);
    await saveScreenshot(page, 'workshop-vr');
    await page.close();
  }, 180_000);
});
