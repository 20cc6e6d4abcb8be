// In-world labels and tooltips in Vietnamese or English: text drawn on a canvas texture (system
// fonts, nothing from the network) on one plane, redrawn only when the text changes.
import { useEffect } from 'react';
import { useCanvasTexture } from '../../runtime/useCanvasTexture';
import type { Bilingual, WorkshopLanguage } from '../../runtime/strings';

export interface LabelStyle {
  background?: string;
  color?: string;
  /** px on the canvas; the canvas is 128 px high per line */
  fontPx?: number;
  bold?: boolean;
}

/** Draws lines of text centred on a canvas, filling it with the background first. */
export function drawLabel(canvas: HTMLCanvasElement, lines: readonly string[], style: LabelStyle = {}): void {
  const g = canvas.getContext('2d');
  if (!g) return;
  g.fillStyle = style.background ?? 'rgba(16,23,29,0.9)';
  g.clearRect(0, 0, canvas.width, canvas.height);
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.fillStyle = style.color ?? '#ffffff';
  g.textAlign = 'center';
  g.textBaseline = 'middle';
  const lineHeight = canvas.height / Math.max(1, lines.length);
  lines.forEach((line, index) => {
    let px = style.fontPx ?? Math.floor(lineHeight * 0.62);
    g.font = `${style.bold ? 'bold ' : ''}${px}px sans-serif`;
    // Long words shrink to fit the width rather than run off the panel.
    while (px > 10 && g.measureText(line).width > canvas.width * 0.94) {
      px -= 2;
      g.font = `${style.bold ? 'bold ' : ''}${px}px sans-serif`;
    }
    g.fillText(line, canvas.width / 2, lineHeight * (index + 0.5));
  });
}

export interface Label3DProps {
  text: Bilingual | string | readonly (Bilingual | string)[];
  language: WorkshopLanguage;
  /** metres */
  width: number;
  height: number;
  position?: readonly [number, number, number];
  rotation?: readonly [number, number, number];
  style?: LabelStyle;
  visible?: boolean;
}

const pxPerMetre = 1024;

export function Label3D(props: Label3DProps) {
  const lines = (Array.isArray(props.text) ? props.text : [props.text]) as readonly (Bilingual | string)[];
  const words = lines.map((line) => (typeof line === 'string' ? line : line[props.language]));
  const [canvas, texture] = useCanvasTexture(Math.min(1024, Math.round(props.width * pxPerMetre)), Math.min(512, Math.round(props.height * pxPerMetre)));
  const key = words.join('\n') + JSON.stringify(props.style ?? {});
  useEffect(() => {
    drawLabel(canvas, words, props.style);
    texture.needsUpdate = true;
    // words and style are summed up by key
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [canvas, texture, key]);
  return (
    <mesh position={props.position} rotation={props.rotation} visible={props.visible}>
      <planeGeometry args={[props.width, props.height]} />
      <meshBasicMaterial map={texture} toneMapped={false} transparent />
    </mesh>
  );
}
