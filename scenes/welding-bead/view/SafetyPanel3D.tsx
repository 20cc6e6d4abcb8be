// The headset side of practice mode's PPE warning: a red panel held in view (head-locked, below
// the line of sight, drawn after the helmet lens so it stays readable) and a haptic pulse on the
// hand holding the torch when the arc is struck without PPE. Redrawn only when the warning changes.
import { useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import type { Mesh } from 'three';
import type { WorkshopLanguage } from '../../../client/workshop/kit';
import { HeadLocked, noRaycast, useCanvasTexture, useWorkshopRuntime } from '../../../client/workshop/kit';
import type { SafetyMonitor, SafetyWarning } from './safetyWarning';
import { headsUpRenderOrder } from './helmetLens';
import { safetyText, safetyWarningLines } from './strings';

function drawWarning(g: CanvasRenderingContext2D, warning: SafetyWarning, language: WorkshopLanguage): void {
  const [what, todo] = safetyWarningLines(warning.missing, warning.arcOn, language);
  g.clearRect(0, 0, 512, 160);
  g.fillStyle = 'rgba(183,28,28,0.95)';
  g.fillRect(0, 0, 512, 160);
  g.strokeStyle = '#ffcdd2';
  g.lineWidth = 6;
  g.strokeRect(3, 3, 506, 154);
  g.fillStyle = '#ffffff';
  g.textAlign = 'center';
  g.font = 'bold 30px sans-serif';
  g.fillText(`⚠ ${safetyText.title[language]}`, 256, 42);
  g.font = '20px sans-serif';
  wrap(g, what, 256, 78, 480, 24);
  g.font = 'bold 21px sans-serif';
  wrap(g, todo, 256, 136, 480, 24);
}

/** Centred text over at most two lines. */
function wrap(g: CanvasRenderingContext2D, text: string, x: number, y: number, width: number, lineHeight: number): void {
  const words = text.split(' ');
  let line = '';
  const lines: string[] = [];
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (g.measureText(next).width > width && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  lines.push(line);
  lines.slice(0, 2).forEach((text, index) => g.fillText(text, x, y + index * lineHeight));
}

/** A short strong buzz on the controller, where the headset has one (silently nothing otherwise). */
function pulse(session: XRSession | null, hand: 'left' | 'right' | null): void {
  if (!session || !hand) return;
  for (const source of session.inputSources) {
    if (source.handedness !== hand) continue;
    const actuator = source.gamepad?.hapticActuators?.[0] as { pulse?: (value: number, ms: number) => Promise<boolean> } | undefined;
    void actuator?.pulse?.(0.9, 180)?.catch(() => undefined);
  }
}

export function SafetyPanel3D({ monitor, language, holder }: { monitor: SafetyMonitor; language: WorkshopLanguage; holder: () => 'left' | 'right' | null }) {
  const runtime = useWorkshopRuntime();
  const mesh = useRef<Mesh>(null);
  const drawn = useRef<{ warning: SafetyWarning | null; language: WorkshopLanguage | null }>({ warning: null, language: null });
  const [canvas, texture] = useCanvasTexture(512, 160);
  useFrame((state) => {
    const warning = monitor.warning;
    const visible = runtime.view.presenting && warning !== null;
    monitor.inHeadset = visible;
    if (mesh.current) mesh.current.visible = visible;
    const last = drawn.current;
    if (!visible) {
      last.warning = null;
      return;
    }
    if (last.warning === warning && last.language === language) return;
    // A new strike without PPE (not just a redraw for the language): buzz the torch hand.
    if (warning.arcOn && !last.warning?.arcOn) pulse(state.gl.xr.getSession(), holder());
    drawn.current = { warning, language };
    const g = canvas.getContext('2d');
    if (!g) return;
    drawWarning(g, warning, language);
    texture.needsUpdate = true;
  });
  return (
    <HeadLocked>
      {/* 0.6 m ahead, a little below the line of sight: in view, not over the work */}
      <mesh ref={mesh} position={[0, -0.12, -0.6]} renderOrder={headsUpRenderOrder} frustumCulled={false} raycast={noRaycast} visible={false}>
        <planeGeometry args={[0.32, 0.1]} />
        <meshBasicMaterial map={texture} transparent depthTest={false} depthWrite={false} toneMapped={false} />
      </mesh>
    </HeadLocked>
  );
}
