// The practice cues in VR: a world-space panel behind the coupon, its canvas texture redrawn
// ten times a second from the session's plain readings.
import { useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import type { Mesh } from 'three';
import type { WorkshopLanguage } from '../../../client/workshop/kit';
import { useCanvasTexture, useWorkshopRuntime } from '../../../client/workshop/kit';
import { weldingParameterIds } from '../tolerances';
import type { WeldingSession } from './weldingSession';
import { formatReading, parameterLabels, weldingText } from './strings';

const fills = { green: '#2e7d32', amber: '#b26a00', red: '#c62828' } as const;

export function CuePanel3D({ session, language }: { session: WeldingSession; language: WorkshopLanguage }) {
  const runtime = useWorkshopRuntime();
  const mesh = useRef<Mesh>(null);
  const lastDraw = useRef(0);
  const [canvas, texture] = useCanvasTexture(512, 256);
  useFrame(() => {
    const visible = runtime.view.presenting;
    if (mesh.current) mesh.current.visible = visible;
    const now = performance.now();
    if (!visible || now - lastDraw.current < 100) return;
    lastDraw.current = now;
    const g = canvas.getContext('2d');
    if (!g) return;
    g.fillStyle = 'rgba(16,23,29,0.92)';
    g.fillRect(0, 0, 512, 256);
    g.fillStyle = '#ffffff';
    g.font = 'bold 26px sans-serif';
    g.fillText(weldingText.cuesTitle[language], 16, 34);
    g.font = '17px sans-serif';
    g.fillStyle = '#b8c4cc';
    g.textAlign = 'right';
    g.fillText(weldingText.holdToFinish[language], 500, 32);
    g.textAlign = 'left';
    weldingParameterIds.forEach((id, index) => {
      const reading = session.readings[id];
      const y = 50 + index * 40;
      g.fillStyle = reading.cue ? fills[reading.cue] : '#333a40';
      g.fillRect(12, y, 488, 34);
      g.fillStyle = '#ffffff';
      g.font = '22px sans-serif';
      g.fillText(parameterLabels[id][language], 22, y + 25);
      g.fillText(formatReading(id, reading.value), 370, y + 25);
    });
    texture.needsUpdate = true;
  });
  return (
    <mesh ref={mesh} position={[0, 1.22, -0.78]} rotation-x={-0.25} visible={false}>
      <planeGeometry args={[0.4, 0.2]} />
      <meshBasicMaterial map={texture} toneMapped={false} />
    </mesh>
  );
}
