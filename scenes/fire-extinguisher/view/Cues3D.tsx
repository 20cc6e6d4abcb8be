// Practice cues in the world (a headset has no page overlay): a panel above the fire, facing the
// learner, with the distance, the aim, the sweep and the agent left. Redrawn only when its rounded
// text changes. Not mounted in an exam.
import { useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import type { Group } from 'three';
import { Label3D } from '../../../client/workshop/kit';
import type { Bilingual, WorkshopLanguage } from '../../../client/workshop/kit';
import { fireCentre } from './layout';
import type { FireSession } from './session';

export function Cues3D({ session, lines, language }: { session: FireSession; lines: readonly (Bilingual | string)[]; language: WorkshopLanguage }) {
  const group = useRef<Group>(null);
  useFrame(() => {
    const g = group.current;
    if (!g) return;
    // turned towards the learner
    const dx = session.learner.position[0] - fireCentre[0];
    const dz = session.learner.position[2] - fireCentre[2];
    g.rotation.set(0, Math.atan2(dx, dz), 0);
  });
  return (
    <group ref={group} position={[fireCentre[0] + 0.9, 1.9, fireCentre[2]]}>
      <Label3D text={lines} language={language} width={1.0} height={0.11 * Math.max(1, lines.length)} style={{ background: 'rgba(16,23,29,0.85)' }} />
    </group>
  );
}
