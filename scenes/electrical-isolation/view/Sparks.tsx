// Sparks where a live part was touched or a circuit made live on open wiring: a burst of points
// thrown out and falling for half a second (one draw call; no light, which would cost every material a pass).
import { useMemo, useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import { AdditiveBlending, BufferAttribute, BufferGeometry, PointsMaterial } from 'three';
import type { Points } from 'three';
import { cableExit, socket } from './layout';
import type { ElectricalSession } from './session';

const count = 48;
const lifeMs = 600;
const material = new PointsMaterial({ color: '#ffd27a', size: 0.008, blending: AdditiveBlending, transparent: true, depthWrite: false });

export function Sparks({ session }: { session: ElectricalSession }) {
  const points = useRef<Points>(null);
  const burst = useRef<number | null>(null);
  const { geometry, velocity } = useMemo(() => {
    const g = new BufferGeometry();
    g.setAttribute('position', new BufferAttribute(new Float32Array(count * 3), 3));
    return { geometry: g, velocity: new Float32Array(count * 3) };
  }, []);
  useFrame(() => {
    const spark = session.spark;
    const p = points.current;
    if (!p) return;
    const now = performance.now();
    if (spark && spark.timeMs !== burst.current && now - spark.timeMs < lifeMs) {
      burst.current = spark.timeMs;
      const origin = spark.at === 'conductor' ? cableExit : socket.centre;
      const position = geometry.getAttribute('position') as BufferAttribute;
      for (let i = 0; i < count; i += 1) {
        position.setXYZ(i, origin[0], origin[1], origin[2] + 0.02);
        velocity.set([(Math.random() - 0.5) * 1.2, Math.random() * 0.9, Math.random() * 0.9], i * 3);
      }
    }
    const age = spark ? now - spark.timeMs : Infinity;
    const alive = age < lifeMs;
    p.visible = alive;
    if (!alive) return;
    const position = geometry.getAttribute('position') as BufferAttribute;
    const dt = 1 / 60;
    for (let i = 0; i < count; i += 1) {
      velocity[i * 3 + 1] = (velocity[i * 3 + 1] ?? 0) - 9.8 * dt;
      position.setXYZ(i, position.getX(i) + (velocity[i * 3] ?? 0) * dt, position.getY(i) + (velocity[i * 3 + 1] ?? 0) * dt, position.getZ(i) + (velocity[i * 3 + 2] ?? 0) * dt);
    }
    position.needsUpdate = true;
  });
  return (
    <>
      <points ref={points} geometry={geometry} material={material} visible={false} frustumCulled={false} />
    </>
  );
}
