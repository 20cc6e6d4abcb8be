// AR, best effort: a reticle follows the real surface under the viewer's gaze (hit test); the
// first select (trigger, pinch or tap) puts the bench on it. The workshop frame moves with it,
// so telemetry stays in the standard's coordinates. Hit testing is an optional feature: a hit
// test source is asked for only in an AR session that granted 'hit-test' (a VR session, or an
// emulated headset without a room, refuses it, and the refusal used to surface as an uncaught error).
import { useEffect, useRef } from 'react';
import { useXR, useXRHitTest } from '@react-three/xr';
import { Matrix4, Vector3 } from 'three';
import type { Mesh } from 'three';
import { useWorkshopRuntime } from './RuntimeContext';
import { hitTestGranted } from './hitTest';

/** Height of the bench top in the workshop frame: it lands on the real table. */
export const benchTopY = 0.9;

const hitMatrix = new Matrix4();
const hitPoint = new Vector3();

/** The reticle on the surface the viewer looks at; mounted only where hit testing was granted. */
function SurfaceReticle() {
  const runtime = useWorkshopRuntime();
  const reticle = useRef<Mesh>(null);
  useXRHitTest((results, getWorldMatrix) => {
    const first = results[0];
    if (reticle.current) reticle.current.visible = !runtime.view.placed && runtime.view.surface !== null;
    if (!first || runtime.view.placed || !getWorldMatrix(hitMatrix, first)) return;
    hitPoint.setFromMatrixPosition(hitMatrix);
    runtime.view.surface = [hitPoint.x, hitPoint.y, hitPoint.z];
    if (reticle.current) {
      reticle.current.visible = true;
      reticle.current.position.copy(hitPoint);
    }
  }, 'viewer');
  return (
    <mesh ref={reticle} visible={false} rotation-x={-Math.PI / 2}>
      <ringGeometry args={[0.06, 0.08, 32]} />
      <meshBasicMaterial color="#ffd54a" />
    </mesh>
  );
}

export function ARPlacement() {
  const runtime = useWorkshopRuntime();
  const session = useXR((xr) => xr.session);
  const mode = useXR((xr) => xr.mode);

  useEffect(() => {
    if (!session || mode !== 'immersive-ar') return;
    const onSelect = () => {
      const hit = runtime.view.surface;
      if (!hit || runtime.view.placed) return;
      // The seam centre (0, 0.95, -0.45) lands just in front of the hit point on the table.
      runtime.root.position.set(hit[0], hit[1] - benchTopY, hit[2]);
      runtime.root.updateMatrixWorld(true);
      runtime.view.placed = true;
    };
    session.addEventListener('select', onSelect);
    return () => {
      session.removeEventListener('select', onSelect);
      runtime.root.position.set(0, 0, 0);
      runtime.root.updateMatrixWorld(true);
      runtime.view.placed = false;
      runtime.view.surface = null;
    };
  }, [session, mode, runtime]);

  const features = (session as (XRSession & { enabledFeatures?: readonly string[] }) | undefined)?.enabledFeatures;
  if (!session || !hitTestGranted(mode, features)) return null;
  return <SurfaceReticle />;
}
