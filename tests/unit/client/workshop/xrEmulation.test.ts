// What ?xr=emulate brings: the emulated headset, a scanned room with &room=, and IWER's developer
// UI unless &devui=0 (browser tests script the poses themselves); hit tests only with a room.
import { describe, expect, it } from 'vitest';
import { devUIRequested, emulatedRoomRequested, hitTestAvailable, xrEmulationRequested } from '../../../../client/workshop/runtime/xrEmulation';

describe('xr emulation flags', () => {
  it('emulates only when asked', () => {
    expect(xrEmulationRequested('?mode=practice')).toBe(false);
    expect(xrEmulationRequested('?mode=practice&xr=emulate')).toBe(true);
  });

  it('brings the developer UI with emulation, unless &devui=0', () => {
    expect(devUIRequested('?xr=emulate')).toBe(true);
    expect(devUIRequested('?xr=emulate&devui=0')).toBe(false);
    expect(devUIRequested('?devui=1')).toBe(false);
  });

  it('hit-tests on real devices and in emulated rooms only', () => {
    expect(hitTestAvailable('')).toBe(true);
    expect(hitTestAvailable('?xr=emulate')).toBe(false);
    expect(hitTestAvailable('?xr=emulate&room=office_small')).toBe(true);
    expect(emulatedRoomRequested('?xr=emulate&room=nowhere')).toBeUndefined();
  });
});
