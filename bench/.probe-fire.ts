import { ensureClientBuild } from '../server/build/clientBuild';
import { launchChromium } from '../tests/e2e/support/browser';
import { readHook, signIn } from '../tests/e2e/support/signIn';
import { startTestServer } from '../tests/support/testServer';
await ensureClientBuild();
const server = await startTestServer({ LOG_LEVEL: 'warn' });
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 960, height: 600 } });
page.on('pageerror', (error) => console.error('page error:', error.message));
page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.log('console', m.type(), m.text().slice(0, 300)); });
await signIn(page, server.url, 'student1');
await page.goto(`${server.url}/workshop/fire-extinguisher?mode=${process.env.MODE ?? 'practice'}`);
for (let i = 0; i < 150; i++) {
  const w = await readHook<any>(page, 'workshop').catch(() => undefined);
  if (w?.ready) break;
  await page.waitForTimeout(200);
}
await page.waitForTimeout(2000);
await page.screenshot({ path: '/tmp/fireprobe/first.png' });
console.log(await page.evaluate(() => document.body.innerText.slice(0, 500)));
const w = await readHook<any>(page, 'workshop');
console.log(JSON.stringify({ drawCalls: w.renderer, frame: w.frame, targets: w.targets, fire: { ...w.fire, agentLeftS: undefined } }, null, 0).slice(0, 3000));
await page.screenshot({ path: '/tmp/fireprobe/start.png' });
if (process.env.ACT) {
  const click = async (id: string) => { const t = (await readHook<any>(page, 'workshop')).targets[id]; console.log('click', id, t.screen); await page.mouse.click(t.screen[0], t.screen[1]); await page.waitForTimeout(300); };
  await click('call-point');
  await click(process.env.ACT === '1' ? 'rack:foam' : `rack:${process.env.ACT}`);
  await page.keyboard.press('KeyP');
  await page.waitForTimeout(500);
  let s = (await readHook<any>(page, 'workshop')).fire;
  console.log('held', s.held, s.pinPulled, s.notice);
  await page.mouse.move(s.screen.base[0], s.screen.base[1]);
  await page.mouse.down();
  const t0 = Date.now();
  while (Date.now() - t0 < 2500) { const f = 0.5 + 0.5 * Math.sin((Date.now() - t0) / 1000 * Math.PI * 2); await page.mouse.move(s.screen.baseLeft[0] + (s.screen.baseRight[0] - s.screen.baseLeft[0]) * f, s.screen.baseLeft[1]); await page.waitForTimeout(50); }
  await page.screenshot({ path: '/tmp/fireprobe/discharge.png' });
  s = (await readHook<any>(page, 'workshop'));
  console.log(JSON.stringify({ r: s.renderer, f: s.frame, fire: { i: s.fire.intensity, d: s.fire.discharging, e: s.fire.effects, n: s.fire.nozzle, cues: s.fire.cues, samples: s.fire.samples, sweep: s.fire.sweep } }));
  await page.mouse.up();
}
await browser.close();
await server.dispose();
process.exit(0);
