// Headset emulation for browser tests: with ?xr=emulate in the page URL, IWER is loaded (its own
// chunk, never otherwise) and installed over Chromium's hardware-less navigator.xr before the XR
// store asks what sessions are supported. Tests then drive `window.__vocaxrXRDevice`.

declare global {
  interface Window {
    /** the emulated headset (IWER XRDevice), present only with ?xr=emulate */
    __vocaxrXRDevice?: unknown;
  }
}

export function xrEmulationRequested(search: string = window.location.search): boolean {
  return new URLSearchParams(search).get('xr') === 'emulate';
}

let installing: Promise<void> | null = null;

/** Resolves once the emulated runtime is installed (at once when emulation was not asked for). */
export function installXREmulationIfRequested(): Promise<void> {
  if (!xrEmulationRequested()) return Promise.resolve();
  installing ??= import('iwer').then(({ XRDevice, metaQuest3 }) => {
    const device = new XRDevice(metaQuest3, { stereoEnabled: false });
    // Chromium on http://127.0.0.1 already has a native navigator.xr with no hardware behind it.
    device.installRuntime({ forceInstall: true });
    window.__vocaxrXRDevice = device;
  });
  return installing;
}
