// What the arc leaves and gives off: the bead (one preallocated instanced mesh, grown by raising
// its count), sparks (a fixed pool of points), the flickering arc light and glow.
import { useMemo, useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import { AdditiveBlending, BufferAttribute, BufferGeometry, Color, DynamicDrawUsage, Matrix4, Quaternion, SphereGeometry, Vector3 } from 'three';
import type { InstancedMesh, Mesh, PointLight } from 'three';
import { addMeteredTime, useWorkshopRuntime } from '../../../client/workshop/kit';
import { plateSurfaceY } from '../geometry';
import type { WeldingSession } from './weldingSession';
import { createSparkPool, emitSparks, updateSparks } from './sparks';

const effectsPriority = -1.5;
const qualityColours = [new Color('#4caf50'), new Color('#f2a900'), new Color('#e53935'), new Color('#9aa0a6')];
const hot = new Color('#ffcf70');
const colour = new Color();
const matrix = new Matrix4();
const position = new Vector3();
const identity = new Quaternion();
const size = new Vector3();
/** Seconds a fresh deposit takes to swell to full size and cool from glowing to its colour. */
const coolSeconds = 1.2;

export function Bead({ session }: { session: WeldingSession }) {
  const runtime = useWorkshopRuntime();
  const mesh = useRef<InstancedMesh>(null);
  const geometry = useMemo(() => new SphereGeometry(1, 10, 6), []);
  const written = useRef(0);
  useFrame((state) => {
    const started = performance.now();
    const target = mesh.current;
    const bead = session.bead;
    if (!target) return;
    const now = session.clockMs() / 1000;
    // A replay seeking backwards empties the bead: write every deposit again.
    if (bead.count < written.current) written.current = 0;
    // Only the youngest deposits change: they swell and cool; older ones are left alone.
    let i = bead.count - 1;
    for (; i >= 0; i -= 1) {
      const age = now - (bead.born[i] ?? 0);
      if (age > coolSeconds && i < written.current) break;
      const f = Math.min(1, Math.max(0, age / coolSeconds));
      const grow = 0.35 + 0.65 * Math.min(1, f * 3);
      position.set(bead.positions[i * 3] ?? 0, (bead.positions[i * 3 + 1] ?? 0) + 0.0006 * grow, bead.positions[i * 3 + 2] ?? 0);
      size.set(0.0045 * grow, 0.0018 * grow, 0.0045 * grow);
      target.setMatrixAt(i, matrix.compose(position, identity, size));
      colour.copy(qualityColours[bead.quality[i] ?? 3] ?? hot).lerp(hot, 1 - f);
      target.setColorAt(i, colour);
    }
    if (i < bead.count - 1 || bead.count !== target.count) {
      target.instanceMatrix.needsUpdate = true;
      if (target.instanceColor) target.instanceColor.needsUpdate = true;
    }
    written.current = bead.count;
    target.count = bead.count;
    void state;
    addMeteredTime(runtime.meter, performance.now() - started);
  }, effectsPriority);
  return (
    <instancedMesh
      ref={(value) => {
        mesh.current = value;
        if (value) {
          value.count = 0;
          value.instanceMatrix.setUsage(DynamicDrawUsage);
          value.setColorAt(0, colour.set('#ffffff'));
          value.frustumCulled = false;
        }
      }}
      args={[geometry, undefined, session.bead.capacity]}
    >
      <meshStandardMaterial roughness={0.35} metalness={0.6} />
    </instancedMesh>
  );
}

export function ArcAndSparks({ session }: { session: WeldingSession }) {
  const runtime = useWorkshopRuntime();
  const pool = useMemo(() => createSparkPool(), []);
  const geometry = useMemo(() => {
    const g = new BufferGeometry();
    const attribute = new BufferAttribute(pool.positions, 3);
    attribute.setUsage(DynamicDrawUsage);
    g.setAttribute('position', attribute);
    return g;
  }, [pool]);
  const light = useRef<PointLight>(null);
  const glow = useRef<Mesh>(null);
  const alive = useRef(0);
  useFrame((_state, delta) => {
    const started = performance.now();
    const torch = session.torch;
    const burning = torch.burning;
    const [x, , z] = torch.workPoint;
    if (burning) emitSparks(pool, x, plateSurfaceY + 0.002, z, 3);
    if (burning || alive.current > 0) {
      alive.current = updateSparks(pool, Math.min(delta, 0.05), plateSurfaceY);
      (geometry.getAttribute('position') as BufferAttribute).needsUpdate = true;
    }
    if (light.current) {
      light.current.intensity = burning ? 2.5 + Math.random() * 2.5 : 0;
      light.current.position.set(x, plateSurfaceY + 0.02, z);
    }
    if (glow.current) {
      glow.current.visible = burning;
      glow.current.position.set(x, plateSurfaceY + 0.003, z);
      glow.current.scale.setScalar(0.005 + Math.random() * 0.003);
    }
    addMeteredTime(runtime.meter, performance.now() - started);
  }, effectsPriority);
  return (
    <>
      <points geometry={geometry} frustumCulled={false}>
        {/* glowing, like the arc glow: not dimmed by the helmet lens's exposure */}
        <pointsMaterial color="#ffc46b" size={0.004} sizeAttenuation transparent blending={AdditiveBlending} depthWrite={false} toneMapped={false} />
      </points>
      <pointLight ref={light} color="#cfe3ff" intensity={0} distance={2.5} decay={2} />
      <mesh ref={glow} visible={false}>
        <sphereGeometry args={[1, 12, 8]} />
        <meshBasicMaterial color="#eef6ff" toneMapped={false} />
      </mesh>
    </>
  );
}
