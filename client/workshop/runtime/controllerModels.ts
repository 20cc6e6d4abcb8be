// Which controller model to draw, served by the app itself (assets/public/xr-input-profiles,
// from the MIT-licensed @webxr-input-profiles/assets 1.0.20): no CDN, which the CSP refuses and a
// college network may not reach. Only a few models are shipped (they weigh 0.2–1.4 MB each):
// the Quest 3's own, and the generic trigger-squeeze-thumbstick controller for any other.

/** Profiles whose left.glb and right.glb the server ships. */
export const shippedControllerProfiles: readonly string[] = ['meta-quest-touch-plus', 'generic-trigger-squeeze-thumbstick'];
/** Drawn (without moving buttons) for a controller whose own model is not shipped. */
export const genericControllerProfile = 'generic-trigger-squeeze-thumbstick';

/** Where the profile descriptions and models are served: the app's own origin. */
export function xrInputProfilesBase(origin: string = window.location.origin): string {
  return new URL('/xr-input-profiles/', origin).href;
}

export interface ControllerModelChoice {
  /** the glb to load */
  url: string;
  /** true: the controller's own model, whose buttons and sticks move with the layout */
  own: boolean;
}

/**
 * The model for a controller whose layout names `assetPath` (absolute, under `base`): its own
 * when shipped, else the generic model of the same hand.
 */
export function chooseControllerModel(assetPath: string, handedness: string, base: string): ControllerModelChoice {
  const relative = assetPath.startsWith(base) ? assetPath.slice(base.length) : '';
  const [profile, file, ...rest] = relative.split('/');
  if (profile && file && rest.length === 0 && shippedControllerProfiles.includes(profile) && /^(left|right)\.glb$/.test(file)) {
    return { url: assetPath, own: true };
  }
  const hand = handedness === 'left' ? 'left' : 'right';
  return { url: new URL(`${genericControllerProfile}/${hand}.glb`, base).href, own: false };
}

/** What the test hook reports of a drawn controller: a glTF model has thousands of vertices, the old block 24. */
export function countGeometry(root: { traverse(visit: (object: unknown) => void): void } | undefined): { meshes: number; vertices: number } {
  let meshes = 0;
  let vertices = 0;
  root?.traverse((object) => {
    const mesh = object as { isMesh?: boolean; geometry?: { getAttribute(name: string): { count: number } | undefined } };
    if (!mesh.isMesh || !mesh.geometry) return;
    meshes += 1;
    vertices += mesh.geometry.getAttribute('position')?.count ?? 0;
  });
  return { meshes, vertices };
}
