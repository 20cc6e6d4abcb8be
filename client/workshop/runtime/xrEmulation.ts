// Headset emulation for browser tests: with ?xr=emulate in the page URL, IWER is loaded (its own
// chunk, never otherwise) and installed over Chromium's hardware-less navigator.xr before the XR
// store asks what sessions are supported. Tests then drive `window.__vocaxrXRDevice`.
// With &room=<id> as well (office_small, living_room, ... the captures shipped with @iwer/sem),
// IWER's synthetic-environment module puts a scanned real room around the headset: passthrough,
// planes and meshes, and real hit tests against its floor and tables, so AR placement is testable.
// IWER's developer UI (@iwer/devui, its own lazily loaded chunk) comes with it, so a person can
// move the emulated head and hands with mouse and keyboard; &devui=0 leaves it out: it writes the
// head and controller poses every frame, and browser tests script those poses themselves.

declare global {
  interface Window {
    /** the emulated headset (IWER XRDevice), present only with ?xr=emulate */
    __vocaxrXRDevice?: unknown;
  }
}

const emulatedRooms = ['office_small', 'office_large', 'living_room', 'meeting_room', 'music_room'] as const;

export function xrEmulationRequested(search: string = window.location.search): boolean {
  return new URLSearchParams(search).get('xr') === 'emulate';
}

/** The scanned room asked for with ?xr=emulate&room=<id>, when it is one IWER ships. */
export function emulatedRoomRequested(search: string = window.location.search): string | undefined {
  if (!xrEmulationRequested(search)) return undefined;
  const room = new URLSearchParams(search).get('room');
  return emulatedRooms.find((id) => id === room);
}

/** Hit tests need a real device or an emulated room; the emulated headset alone has no surfaces. */
export function hitTestAvailable(search: string = window.location.search): boolean {
  return !xrEmulationRequested(search) || emulatedRoomRequested(search) !== undefined;
}

/** The developer UI: with ?xr=emulate, unless &devui=0. */
export function devUIRequested(search: string = window.location.search): boolean {
  return xrEmulationRequested(search) && new URLSearchParams(search).get('devui') !== '0';
}

let installing: Promise<void> | null = null;

/** Resolves once the emulated runtime (and room) is installed; at once when emulation was not asked for. */
export function installXREmulationIfRequested(): Promise<void> {
  if (!xrEmulationRequested()) return Promise.resolve();
  installing ??= (async () => {
    const { XRDevice, metaQuest3 } = await import('iwer');
    const device = new XRDevice(metaQuest3, { stereoEnabled: false });
    // Chromium on http://127.0.0.1 already has a native navigator.xr with no hardware behind it.
    device.installRuntime({ forceInstall: true });
    if (devUIRequested()) {
      const { DevUI } = await import('@iwer/devui');
      device.installDevUI(DevUI);
    }
    const room = emulatedRoomRequested();
    if (room) {
      const { SyntheticEnvironmentModule } = await import('@iwer/sem');
      device.installSEM(SyntheticEnvironmentModule);
      await (device.sem as unknown as { loadDefaultEnvironment(id: string): Promise<void> }).loadDefaultEnvironment(room);
    }
    window.__vocaxrXRDevice = device;
  })();
  return installing;
}
