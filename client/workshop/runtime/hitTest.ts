// Hit testing is an optional WebXR feature: a session may refuse it (every VR session here, an
// emulated headset without a scanned room), and asking a refusing session for a hit test source
// rejects — an uncaught error in the page. Ask only where it was granted.

/**
 * Whether an AR placement hit test may be asked of this session. `enabledFeatures` lists what
 * the session granted; a browser too old to list it is trusted for AR, where it offers hit tests.
 */
export function hitTestGranted(mode: XRSessionMode | null | undefined, enabledFeatures: readonly string[] | undefined): boolean {
  if (mode !== 'immersive-ar') return false;
  return enabledFeatures === undefined || enabledFeatures.includes('hit-test');
}
