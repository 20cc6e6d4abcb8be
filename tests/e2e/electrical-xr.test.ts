// Safe isolation in VR with an emulated Meta Quest 3 (IWER behind ?xr=emulate&devui=0): switch
// C3 off with the right controller's ray and trigger, hang the padlock on it, grab the voltage
// tester and bring its probes to the proving unit and to the socket's three pairs (let go on
// each, it snaps there); then, with tracked hands, an index finger pokes C1 off. Only the
// emulated device is driven; the server's event log holds every action, in order.
// Screenshot: test-results/electrical-vr.png.
import { describe, expect, it } from 'vitest';
import { saveScreenshot } from './support/browser';
import { serverAndBrowser } from './support/serverAndBrowser';
import { actionsOf, fetchEvents, openElectrical, readElectrical, sessionIdOf, waitInstallation, watchPageErrors, type TestPair } from './support/electrical';
import { enterVR, grab, grabCarryRelease, moveGrip, pokeWithHand, rayClick, releaseButton } from './support/electricalXR';

describe('electrical safe isolation in emulated VR', () => {
  const running = serverAndBrowser();

  it('isolates and proves dead with controllers, and a tracked hand pokes a breaker off', { timeout: 90_000 }, async () => {
    // A small window: SwiftShader is fill-bound.
    const page = await running.browser.newPage({ viewport: { width: 480, height: 300 } });
    const errors = watchPageErrors(page);
    await openElectrical(page, running.server.url, 'mode=practice&xr=emulate&devui=0');
    await enterVR(page);

    await rayClick(page, 'right', 'breaker:C3');
    await waitInstallation(page, (s) => !s.breakers.C3 && !s.live, 'C3 off by the controller ray');
    // The padlock: grabbed where it lies (squeeze), carried onto C3 and let go there.
    await grabCarryRelease(page, 'right', 'padlock', 'breaker:C3');
    await waitInstallation(page, (s) => s.locked.C3, 'C3 locked');

    // The tester in the right hand, its probes brought to the proving unit, the three pairs, the proving unit again.
    await grabCarryRelease(page, 'right', 'tester', 'proving-unit');
    await waitInstallation(page, (s) => s.proved === 1, 'proved once');
    for (const pair of ['L-N', 'L-E', 'N-E'] as TestPair[]) {
      await grabCarryRelease(page, 'right', 'tester', `socket:${pair}`);
      await waitInstallation(page, (s) => s.testedDead[pair], `tested dead ${pair}`);
    }
    await grab(page, 'right', 'tester');
    await moveGrip(page, 'right', (await readElectrical(page)).targets['proving-unit']!.world);
    await saveScreenshot(page, 'electrical-vr');
    await releaseButton(page, 'right', 'squeeze');
    await waitInstallation(page, (s) => s.proved === 2, 'proved again');
    // Put the tester down: squeezed again clear of everything and let go there, it goes home.
    await grab(page, 'right', 'tester');
    await releaseButton(page, 'right', 'squeeze');
    await expect.poll(async () => (await readElectrical(page)).electrical.held, { timeout: 10_000 }).toBe(null);

    // A tracked hand: the index finger tip pushes through the C1 toggle and back out (a poke).
    await pokeWithHand(page, 'right', (await readElectrical(page)).targets['breaker:C1']!.world);
    await waitInstallation(page, (s) => !s.breakers.C1, 'C1 switched off by the fingertip');

    const sessionId = await sessionIdOf(page);
    // The server's log has the poke (the outbox may still be delivering it).
    await expect
      .poll(async () => actionsOf(await fetchEvents(running.server.url, sessionId)).filter((a) => a.name === 'breaker' && a.circuit === 'C1'), { timeout: 15_000 })
      .toEqual([{ name: 'breaker', circuit: 'C1', on: false }]);
    const logged = actionsOf(await fetchEvents(running.server.url, sessionId));
    expect(logged.filter((a) => a.name !== 'ppe').map((a) => a.name)).toEqual(['breaker', 'lock', 'prove', 'test-dead', 'test-dead', 'test-dead', 'prove', 'breaker']);
    expect(errors).toEqual([]);
    await page.close();
  });
});
