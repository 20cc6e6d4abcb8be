// Frame budget of the welding workshop in headless Chromium (SwiftShader, this machine): draw
// calls (renderer.info) and the CPU ms per frame spent in physics + app + telemetry (the
// workshop's own frame meter), over a scripted 30 s desktop attempt: PPE, torch, a weld
// along the seam. Also the frame rate SwiftShader reaches. Run: npx tsx bench/client.ts
import { ensureClientBuild } from '../server/build/clientBuild';
import { launchChromium } from '../tests/e2e/support/browser';
import type { WorkshopState as Workshop } from '../tests/e2e/support/hookTypes';
import { readHook, signIn } from '../tests/e2e/support/signIn';
import { startTestServer } from '../tests/support/testServer';


await ensureClientBuild();
const server = await startTestServer();
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 960, height: 600 } });
await signIn(page, server.url, 'student1');
await page.goto(`${server.url}/workshop/welding-bead?mode=practice`);
await page.waitForFunction(() => (window as unknown as { __vocaxr?: { read(): { workshop?: { ready: boolean } } } }).__vocaxr?.read().workshop?.ready, null, { timeout: 60_000 });
let w = await readHook<Workshop>(page, 'workshop');
await page.mouse.click(...w.screen.helmet!);
await page.mouse.click(...w.screen.gloves!);
await page.mouse.click(...w.screen.torch!);
await page.waitForTimeout(1_000);

w = await readHook<Workshop>(page, 'workshop');
const startFrames = w.frame.count;
const started = performance.now();
const samples: { drawCalls: number; cpuMsAvg: number }[] = [];
const [x0, y0] = w.screen.seamStart;
const [x1, y1] = w.screen.seamEnd;
await page.mouse.move(x0, y0);
await page.mouse.down();
while (performance.now() - started < 30_000) {
  const f = (performance.now() - started) / 30_000;
  await page.mouse.move(x0 + (x1 - x0) * f, y0 + (y1 - y0) * f);
  await page.waitForTimeout(50);
  const now = await readHook<Workshop>(page, 'workshop');
  samples.push({ drawCalls: now.renderer.drawCalls, cpuMsAvg: now.frame.cpuMsAvg });
}
await page.mouse.up();
w = await readHook<Workshop>(page, 'workshop');
const seconds = (performance.now() - started) / 1000;
const maxDraw = Math.max(...samples.map((s) => s.drawCalls));
const cpu = samples.map((s) => s.cpuMsAvg).sort((a, b) => a - b);
console.log(`viewport 960x600, SwiftShader, scripted 30 s weld (${w.bead.segments} bead deposits)`);
console.log(`frames rendered: ${w.frame.count - startFrames} in ${seconds.toFixed(1)} s = ${((w.frame.count - startFrames) / seconds).toFixed(1)} fps`);
console.log(`draw calls: max ${maxDraw} (target <= 100), last ${w.renderer.drawCalls}; triangles ${w.renderer.triangles}`);
console.log(`frame CPU (physics + app + telemetry), rolling average: median ${cpu[Math.floor(cpu.length / 2)]!.toFixed(2)} ms, max ${cpu.at(-1)!.toFixed(2)} ms (target <= 2 ms)`);
await browser.close();
await server.dispose();
process.exit(0);
