// Looking through the lowered helmet: the renderer's exposure follows the auto-darkening filter
// (light state, dark from the frame the arc burns) and a quad just in front of the eyes
// multiplies the picture by the filter's green tint. Live and in a replay alike: it reads only
// the session (PPE worn, arc burning), which a replay rebuilds from the log.
import { useEffect, useMemo, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { Color, CustomBlending, MeshBasicMaterial, OneFactor, SrcColorFactor, ZeroFactor } from 'three';
import type { Mesh } from 'three';
import { HeadLocked, noRaycast } from '../../../client/workshop/kit';
import type { WeldingSession } from './weldingSession';
import { helmetLens, helmetLensRenderOrder, lensTint } from './helmetLens';

/** After the scene's logic (-2) has set the arc for this frame, before rendering. */
const lensPriority = -0.5;

export function HelmetLens({ session }: { session: WeldingSession }) {
  const gl = useThree((state) => state.gl);
  const mesh = useRef<Mesh>(null);
  const material = useMemo(
    () =>
      new MeshBasicMaterial({
        color: new Color(lensTint[0], lensTint[1], lensTint[2]),
        // destination × source colour: a filter, whatever was drawn behind it; alpha kept.
        blending: CustomBlending,
        blendSrc: ZeroFactor,
        blendDst: SrcColorFactor,
        blendSrcAlpha: ZeroFactor,
        blendDstAlpha: OneFactor,
        transparent: true,
        depthTest: false,
        depthWrite: false,
        toneMapped: false,
      }),
    [],
  );
  useEffect(() => {
    const exposure = gl.toneMappingExposure;
    return () => {
      gl.toneMappingExposure = exposure;
      material.dispose();
    };
  }, [gl, material]);
  useFrame(() => {
    const lens = helmetLens(session.ppe.helmet, session.torch.burning);
    gl.toneMappingExposure = lens.exposure;
    if (mesh.current) mesh.current.visible = lens.worn;
  }, lensPriority);
  return (
    <HeadLocked>
      {/* 5 cm ahead (the camera's near plane is 2 cm), wide enough for both eyes' fields of view */}
      <mesh ref={mesh} position={[0, 0, -0.05]} renderOrder={helmetLensRenderOrder} frustumCulled={false} material={material} raycast={noRaycast} visible={false}>
        <planeGeometry args={[0.6, 0.6]} />
      </mesh>
    </HeadLocked>
  );
}
