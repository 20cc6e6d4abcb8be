// A countdown held in view in the headset (VR and AR): a small head-locked panel above the line
// of sight, drawn after everything in the scene (a welding helmet's dark lens included) so it is
// always readable. Its canvas is redrawn only when the shown text or tone changes; hidden on a
// plain screen, where the page shows its own. Generic: the caller says what to show.
import { useEffect, useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import type { Mesh } from 'three';
import { publishTestState } from '../../testHook';
import { HeadLocked, noRaycast } from './HeadLocked';
import { useWorkshopRuntime } from './RuntimeContext';
import { useCanvasTexture } from './useCanvasTexture';

export type HeadsUpTone = 'normal' | 'warning' | 'over';

export interface HeadsUpTimerReading {
  /** "12:34" */
  text: string;
  tone: HeadsUpTone;
}

/** After any scene's own head-up layers (the welding lens is 9000, its warnings 9001). */
export const headsUpTimerRenderOrder = 9500;

const fills: Record<HeadsUpTone, string> = { normal: 'rgba(10,22,32,0.9)', warning: 'rgba(180,35,24,0.95)', over: 'rgba(180,35,24,0.95)' };

function draw(g: CanvasRenderingContext2D, reading: HeadsUpTimerReading, label: string, hint: string | undefined): void {
  g.clearRect(0, 0, 512, 128);
  g.fillStyle = fills[reading.tone];
  g.fillRect(0, 0, 512, 128);
  g.strokeStyle = reading.tone === 'normal' ? '#5b8db8' : '#ffcdd2';
  g.lineWidth = 6;
  g.strokeRect(3, 3, 506, 122);
  g.fillStyle = '#ffffff';
  g.textAlign = 'left';
  g.font = '24px sans-serif';
  g.fillText(label, 20, 40);
  g.textAlign = 'right';
  g.font = 'bold 64px sans-serif';
  g.fillText(reading.text, 492, 76);
  if (hint) {
    g.textAlign = 'left';
    g.font = '19px sans-serif';
    g.fillStyle = '#d6e2ea';
    g.fillText(hint, 20, 112, 472);
  }
}

export function HeadsUpTimer({ read, label, hint }: { read: () => HeadsUpTimerReading; label: string; hint?: string }) {
  const runtime = useWorkshopRuntime();
  const mesh = useRef<Mesh>(null);
  const drawn = useRef<{ key: string; visible: boolean; text: string; tone: HeadsUpTone | '' }>({ key: '', visible: false, text: '', tone: '' });
  const [canvas, texture] = useCanvasTexture(512, 128);
  useEffect(() => publishTestState('headsUpTimer', () => ({ visible: drawn.current.visible, text: drawn.current.text, tone: drawn.current.tone })), []);
  useFrame(() => {
    const visible = runtime.view.presenting;
    drawn.current.visible = visible;
    if (mesh.current) mesh.current.visible = visible;
    if (!visible) return;
    const reading = read();
    const key = `${reading.text}|${reading.tone}|${label}|${hint ?? ''}`;
    if (key === drawn.current.key) return;
    const g = canvas.getContext('2d');
    if (!g) return;
    draw(g, reading, label, hint);
    texture.needsUpdate = true;
    drawn.current = { key, visible, text: reading.text, tone: reading.tone };
  });
  return (
    <HeadLocked>
      {/* 0.6 m ahead, a little above the line of sight: in view, clear of the hands' work */}
      <mesh ref={mesh} position={[0, 0.12, -0.6]} renderOrder={headsUpTimerRenderOrder} frustumCulled={false} raycast={noRaycast} visible={false}>
        <planeGeometry args={[0.24, 0.06]} />
        <meshBasicMaterial map={texture} transparent depthTest={false} depthWrite={false} toneMapped={false} />
      </mesh>
    </HeadLocked>
  );
}
