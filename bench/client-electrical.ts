// Frame budget of the electrical-isolation workshop in headless Chromium (SwiftShader, this
// machine): draw calls (renderer.info) and the workshop's own frame meter (CPU ms per frame in
// the view's logic), over the whole safe-isolation and socket replacement done with the mouse
// through the test hook's target points, then 10 s of idle frames with the circuit live.
// Screenshots of the board, the tester's reading and the open socket go to test-results/.
// Run: npx tsx bench/client-electrical.ts
import { ensureClientBuild } from '../server/build/clientBuild';
import { launchChromium, saveScreenshot } from '../tests/e2e/support/browser';
import { readHook, signIn } from '../tests/e2e/support/signIn';
import { startTestServer } from '../tests/support/testServer';

interface Target { screen: [number, number] | null; world: number[]; enabled: boolean }
interface Electrical { held: string | null; cue: string | null; installation: Record<string, unknown>; tester: { volts: number | null } }
interface Workshop { ready: boolean; renderer: { drawCalls: number; triangles: number }; frame: { count: number; cpuMsAvg: number }; targets: Record<string, Target>; electrical: Electrical }

await ensureClientBuild();
const server = await startTestServer();
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 960, height: 600 } });
page.on('pageerror', (error) => console.error('page error:', error.message));
await signIn(page, server.url, 'student1');
await page.goto(`${server.url}/workshop/electrical-isolation?mode=practice`);
await page.waitForFunction(() => (window as unknown as { __vocaxr?: { read(): { workshop?: { ready: boolean } } } }).__vocaxr?.read().workshop?.ready, null, { timeout: 90_000 });
const read = () => readHook<Workshop>(page, 'workshop');
const samples: { drawCalls: number; cpuMsAvg: number }[] = [];

async function press(id: string): Promise<void> {
  const target = (await read()).targets[id];
  if (!target?.screen || !target.enabled) throw new Error(`target ${id} not pressable: ${JSON.stringify(target)}; ${JSON.stringify((await read()).electrical)}`);
  await page.mouse.click(...target.screen);
  await page.waitForTimeout(150);
  const now = await read();
  if (process.env.BENCH_TRACE) console.log(id, target.screen, 'held', now.electrical.held, 'notice', (now.electrical as unknown as { notice: string | null }).notice);
  samples.push({ drawCalls: now.renderer.drawCalls, cpuMsAvg: now.frame.cpuMsAvg });
}

await page.waitForTimeout(1_000);
for (const id of ['gloves', 'glasses', 'breaker:C3', 'padlock', 'breaker:C3']) await press(id);
await saveScreenshot(page, 'electrical-board');
for (const id of ['tester', 'proving-unit', 'socket:L-N', 'socket:L-E', 'socket:N-E']) await press(id);
await saveScreenshot(page, 'electrical-tester-reading');
await press('proving-unit');
await page.keyboard.press('Escape');
await press('faceplate');
await saveScreenshot(page, 'electrical-socket-open');
for (const [conductor, terminal] of [['L', 'L'], ['N', 'N'], ['PE', 'E']] as const) {
  await press(`conductor:${conductor}`);
  await press(`new-terminal:${terminal}`);
}
for (let i = 0; i < 4; i += 1) await press('torque:up');
await press('screwdriver');
for (const terminal of ['L', 'N', 'E']) await press(`new-terminal:${terminal}`);
await page.keyboard.press('Escape');
for (const id of ['faceplate', 'lock:C3', 'breaker:C3', 'socket-tester', 'faceplate']) await press(id);
await page.keyboard.press('Escape');
const end = await read();
console.log('after the procedure: cue', end.electrical.cue, 'installation', JSON.stringify(end.electrical.installation));
await saveScreenshot(page, 'electrical-restored');

const startFrames = end.frame.count;
const started = performance.now();
while (performance.now() - started < 10_000) {
  await page.mouse.move(200 + Math.random() * 560, 150 + Math.random() * 300);
  await page.waitForTimeout(100);
  const now = await read();
  samples.push({ drawCalls: now.renderer.drawCalls, cpuMsAvg: now.frame.cpuMsAvg });
}
const last = await read();
const seconds = (performance.now() - started) / 1000;
const cpu = samples.map((s) => s.cpuMsAvg).sort((a, b) => a - b);
console.log(`viewport 960x600, SwiftShader, scripted safe isolation + replacement, then 10 s idle`);
console.log(`idle frames: ${last.frame.count - startFrames} in ${seconds.toFixed(1)} s = ${((last.frame.count - startFrames) / seconds).toFixed(1)} fps`);
console.log(`draw calls: max ${Math.max(...samples.map((s) => s.drawCalls))} (target <= 100), last ${last.renderer.drawCalls}; triangles ${last.renderer.triangles}`);
console.log(`frame CPU (view logic), rolling average: median ${cpu[Math.floor(cpu.length / 2)]!.toFixed(2)} ms, max ${cpu.at(-1)!.toFixed(2)} ms (target <= 2 ms)`);
await browser.close();
await server.dispose();
process.exit(0);
