// The fire workshop in an emulated Meta Quest 3 (IWER behind ?xr=emulate&devui=0): the right
// controller squeezes on an extinguisher and keeps it, the left grabs its pin out, the right
// trigger discharges (the view's fold, the server's model, says discharging and the agent runs
// down), the hand holding it cannot teleport, the free hand's trigger arc teleports the learner
// over the floor point it lands on, and the right thumbstick turns by a 30° snap about the head.
// Screenshot: test-results/fire-vr.png.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { saveScreenshot } from './support/browser';
import { serverAndBrowser } from './support/serverAndBrowser';
import { readHook, signIn } from './support/signIn';
import { answerOpenAttemptPrompt } from './support/openAttemptPrompt';
import { device, enterVR, moveGrip, pressButton, releaseButton } from './support/electricalXR';
import { nextFrames, watchPageErrors, type Vec3 } from './support/electrical';

interface FireHook {
  fireClass: 'A' | 'B' | 'electrical';
  held: string | null;
  holder: string | null;
  pinPulled: Record<string, boolean>;
  agentLeftS: Record<string, number>;
  discharging: boolean;
  intensity: number;
  samples: number;
  learner: { position: Vec3; yaw: number };
  origin: { position: Vec3; yaw: number };
  nozzle: { p: Vec3; d: Vec3; squeeze: boolean; aim: [number, number] | null } | null;
  effects: { flames: number; smoke: number; discharge: number };
}
interface Workshop { ready: boolean; presenting: boolean; targets: Record<string, { world: Vec3; enabled: boolean }>; fire: FireHook }

const read = (page: Page) => readHook<Workshop>(page, 'workshop');
const fire = async (page: Page) => (await read(page)).fire;

/** Points a controller from where it is at `at` (yaw then pitch, as a wrist turns). */
async function pointController(page: Page, hand: 'left' | 'right', from: Vec3, at: Vec3): Promise<void> {
  await device(page, (d, a) => {
    const [dx, dy, dz] = [a.at[0] - a.from[0], a.at[1] - a.from[1], a.at[2] - a.from[2]];
    const length = Math.hypot(dx, dy, dz);
    const yaw = Math.atan2(-dx / length, -dz / length);
    const pitch = Math.asin(dy / length);
    const [sy, cy, sp, cp] = [Math.sin(yaw / 2), Math.cos(yaw / 2), Math.sin(pitch / 2), Math.cos(pitch / 2)];
    d.primaryInputMode = 'controller';
    d.controllers[a.hand].position.set(a.from[0], a.from[1], a.from[2]);
    d.controllers[a.hand].quaternion.set(cy * sp, sy * cp, -sy * sp, cy * cp);
  }, { hand, from, at });
  await nextFrames(page, 3);
}

describe('fire extinguisher in emulated VR', () => {
  const running = serverAndBrowser();

  it('grabs an extinguisher, pulls its pin with the other hand, discharges with the trigger; teleports with the free hand; snap-turns', { timeout: 120_000 }, async () => {
    const page = await running.browser.newPage({ viewport: { width: 480, height: 300 } });
    const errors = watchPageErrors(page);
    await signIn(page, running.server.url, 'student1');
    await page.goto(`${running.server.url}/workshop/fire-extinguisher?mode=practice&xr=emulate&devui=0`);
    await answerOpenAttemptPrompt(page);
    await expect.poll(async () => (await read(page))?.ready, { timeout: 60_000, interval: 250 }).toBe(true);
    await enterVR(page);
    const { fireClass } = await fire(page);
    const agent = fireClass === 'electrical' ? 'co2' : fireClass === 'B' ? 'foam' : 'water';

    // Squeeze on it where it stands on the rack: in the right hand, and it stays there once let go.
    await moveGrip(page, 'right', (await read(page)).targets[`rack:${agent}`]!.world, 1);
    await pressButton(page, 'right', 'squeeze', false);
    await expect.poll(async () => (await fire(page)).held, { timeout: 10_000 }).toBe(agent);
    expect((await fire(page)).holder).toBe('right');
    await releaseButton(page, 'right', 'squeeze');
    await moveGrip(page, 'right', [0.2, 1.1, -0.45], 3);
    expect((await fire(page)).held).toBe(agent);

    // The left hand grabs the pin out.
    const pin = (await read(page)).targets.pin;
    expect(pin?.enabled).toBe(true);
    await moveGrip(page, 'left', pin!.world, 2);
    await pressButton(page, 'left', 'squeeze', true);
    await expect.poll(async () => (await fire(page)).pinPulled[agent], { timeout: 10_000 }).toBe(true);
    await moveGrip(page, 'left', [-0.3, 1.0, -0.2], 2);

    // Aim at the base and pull the right trigger: the fold counts it as discharging, the agent runs down.
    const right = await device(page, (d) => [d.controllers.right.position.x, d.controllers.right.position.y, d.controllers.right.position.z] as Vec3);
    await pointController(page, 'right', right, [0, 0.2, -3]);
    await device(page, (d) => d.controllers.right.updateButtonValue('trigger', 1));
    await expect.poll(async () => (await fire(page)).discharging, { timeout: 10_000 }).toBe(true);
    const during = await fire(page);
    expect(during.nozzle?.squeeze).toBe(true);
    // the nozzle points where the controller's ray points: at the fire's base
    const aim = during.nozzle?.aim;
    expect(aim).not.toBeNull();
    expect(Math.hypot(aim![0], aim![1] + 3)).toBeLessThan(0.3);
    await expect.poll(async () => (await fire(page)).agentLeftS[agent]!, { timeout: 10_000 }).toBeLessThan(11.5);
    await expect.poll(async () => (await fire(page)).effects.discharge, { timeout: 10_000 }).toBeGreaterThan(0);
    await saveScreenshot(page, 'fire-vr');
    await device(page, (d) => d.controllers.right.updateButtonValue('trigger', 0));
    await expect.poll(async () => (await fire(page)).discharging, { timeout: 10_000 }).toBe(false);

    // The right hand's trigger is the handle: aimed at the floor it squeezes, it does not teleport.
    const start = (await fire(page)).learner.position;
    await pointController(page, 'right', [0.25, 1.1, -0.3], [0.6, 0, -1.6]);
    await pressButton(page, 'right', 'trigger', true);
    await nextFrames(page, 5);
    expect((await fire(page)).learner.position[2]).toBeCloseTo(start[2], 1);

    // The free left hand: the trigger arc lands on the floor ahead; released, the learner is there.
    await pointController(page, 'left', [-0.2, 1.2, -0.3], [-0.2, 0, -1.5]);
    await pressButton(page, 'left', 'trigger', true);
    await expect.poll(async () => (await fire(page)).learner.position[2], { timeout: 10_000 }).toBeLessThan(start[2] - 0.5);
    const moved = await fire(page);
    // the head (what the learner position follows) stays inside the room
    expect(moved.learner.position[2]).toBeGreaterThan(-5.2);
    // the extinguisher is still in the right hand (the hands moved with the origin)
    expect(moved.held).toBe(agent);

    // Right thumbstick to the left and back: one 30° snap turn to the left, about the head.
    const yawBefore = (await fire(page)).origin.yaw;
    await device(page, (d) => (d.controllers.right as unknown as { updateAxes(id: string, x: number, y: number): void }).updateAxes('thumbstick', -1, 0));
    await nextFrames(page, 4);
    await device(page, (d) => (d.controllers.right as unknown as { updateAxes(id: string, x: number, y: number): void }).updateAxes('thumbstick', 0, 0));
    await nextFrames(page, 4);
    const after = await fire(page);
    expect(after.origin.yaw - yawBefore).toBeCloseTo(Math.PI / 6, 3);
    expect(after.learner.position[0]).toBeCloseTo(moved.learner.position[0], 2);
    expect(after.learner.position[2]).toBeCloseTo(moved.learner.position[2], 2);
    expect(errors).toEqual([]);
    await page.close();
  });
});
