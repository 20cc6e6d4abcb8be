// The step checklist for practice: on a page an HTML panel on the workshop's overlay layer (its
// own React root, as R3F's renderer cannot portal into the DOM); in a headset an in-world panel.
// The view mounts it only in practice: an exam shows no checklist.
import { useEffect, useMemo, useRef } from 'react';
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { useFrame } from '@react-three/fiber';
import type { Mesh } from 'three';
import { useWorkshopRuntime } from '../../runtime/RuntimeContext';
import { useCanvasTexture } from '../../runtime/useCanvasTexture';
import type { Bilingual, WorkshopLanguage } from '../../runtime/strings';
import { OverlayPanel } from '../../runtime/OverlayPanel';
import { checklistLines } from './checklist';
import type { ChecklistItem } from './checklist';

/** Renders `node` into the runtime's HTML overlay layer (its own React root), updated on each change. */
export function useOverlayContent(node: ReactNode): void {
  const runtime = useWorkshopRuntime();
  const root = useRef<{ root: Root; element: HTMLElement } | null>(null);
  useEffect(() => {
    const layer = runtime.overlayElement;
    if (!layer) return;
    const element = document.createElement('div');
    layer.appendChild(element);
    const created = createRoot(element);
    root.current = { root: created, element };
    return () => {
      root.current = null;
      // Unmounting a root while React renders another is refused: after this render.
      queueMicrotask(() => {
        created.unmount();
        element.remove();
      });
    };
  }, [runtime]);
  useEffect(() => {
    root.current?.root.render(node);
  });
}

/** The checklist on a page: a foldable panel (its title a real button), the next step marked for screen readers too. */
export function ChecklistOverlay(props: {
  title: string;
  items: readonly ChecklistItem[];
  next: string | null;
  language: WorkshopLanguage;
  expanded: boolean;
  onToggle: () => void;
}) {
  return (
    <OverlayPanel id="workshop-checklist" title={props.title} expanded={props.expanded} onToggle={props.onToggle} testId="workshop-checklist">
      <ol style={{ margin: '4px 0 0', paddingLeft: 20, maxWidth: 300 }}>
        {props.items.map((item) => (
          <li key={item.id} data-step={item.id} data-done={item.done} aria-current={item.id === props.next ? 'step' : undefined} style={{ opacity: item.done ? 0.7 : 1, fontWeight: item.id === props.next ? 700 : 400 }}>
            {item.done ? '✓ ' : ''}
            {item.label[props.language]}
          </li>
        ))}
      </ol>
    </OverlayPanel>
  );
}

/** The checklist in a headset: a panel in the world, drawn when its lines change. */
export function ChecklistPanel3D(props: {
  title: Bilingual;
  items: readonly ChecklistItem[];
  next: string | null;
  language: WorkshopLanguage;
  position: readonly [number, number, number];
  rotation?: readonly [number, number, number];
}) {
  const runtime = useWorkshopRuntime();
  const mesh = useRef<Mesh>(null);
  const rows = props.items.length + 1;
  const [canvas, texture] = useCanvasTexture(512, 40 * rows + 16);
  const lines = useMemo(() => checklistLines(props.items, props.next, props.language), [props.items, props.next, props.language]);
  useEffect(() => {
    const g = canvas.getContext('2d');
    if (!g) return;
    g.fillStyle = 'rgba(16,23,29,0.92)';
    g.fillRect(0, 0, canvas.width, canvas.height);
    g.fillStyle = '#ffffff';
    g.font = 'bold 26px sans-serif';
    g.fillText(props.title[props.language], 14, 34);
    g.font = '21px sans-serif';
    lines.forEach((line, index) => {
      g.fillStyle = line.startsWith('✓') ? '#7be07f' : line.startsWith('▶') ? '#ffd54a' : '#d8e0e6';
      g.fillText(line, 14, 34 + 40 * (index + 1));
    });
    texture.needsUpdate = true;
  }, [canvas, texture, lines, props.title, props.language]);
  useFrame(() => {
    if (mesh.current) mesh.current.visible = runtime.view.presenting;
  });
  return (
    <mesh ref={mesh} position={props.position} rotation={props.rotation} visible={false}>
      <planeGeometry args={[0.36, (0.36 * canvas.height) / canvas.width]} />
      <meshBasicMaterial map={texture} toneMapped={false} />
    </mesh>
  );
}
