// The interaction layer of one scene view: the target registry, what is held, and the one hover
// outline (a single line box moved onto whatever a pointer is over: one draw call for all).
// Esc or a right click puts a held tool back (desktop).
import { createContext, useContext, useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { Box3, BoxGeometry, EdgesGeometry, LineBasicMaterial, Vector3 } from 'three';
import type { LineSegments } from 'three';
import { createTargetRegistry } from './targetRegistry';
import type { TargetRegistry } from './targetRegistry';
import { createHoldState } from './holdState';
import type { HeldItem, HoldState } from './holdState';

export interface Interaction {
  registry: TargetRegistry;
  hold: HoldState;
  /** ids a pointer is over now, the latest last */
  hovered: string[];
  /** Called when a held tool is put back by Esc, a right click or letting go of a grab away from any target. */
  onPutBack: ((item: HeldItem) => void) | undefined;
}

/** A view that reads the registry outside the provider (its test state) creates it and passes it in. */
export function createInteraction(): Interaction {
  return { registry: createTargetRegistry(), hold: createHoldState(), hovered: [], onPutBack: undefined };
}

const InteractionContext = createContext<Interaction | null>(null);

export function useInteraction(): Interaction {
  const value = useContext(InteractionContext);
  if (!value) throw new Error('useInteraction outside an <InteractionProvider>');
  return value;
}

/** The held item, re-rendering the caller when it changes. */
export function useHeld(): HeldItem | null {
  const { hold } = useInteraction();
  return useSyncExternalStore(hold.subscribe, () => hold.held);
}

const outlineGeometry = new EdgesGeometry(new BoxGeometry(1, 1, 1));
const outlineMaterial = new LineBasicMaterial({ color: '#ffd54a', depthTest: false, transparent: true });
const bounds = new Box3();
const size = new Vector3();

export function InteractionProvider(props: { children: ReactNode; onPutBack?: (item: HeldItem) => void; interaction?: Interaction }) {
  const created = useMemo(createInteraction, []);
  const interaction = props.interaction ?? created;
  interaction.onPutBack = props.onPutBack;
  const outline = useRef<LineSegments>(null);
  const canvas = useThree((state) => state.gl.domElement);

  useEffect(() => {
    const putBack = () => {
      const held = interaction.hold.held;
      if (!held) return false;
      interaction.hold.release();
      interaction.onPutBack?.(held);
      return true;
    };
    const onKey = (event: KeyboardEvent) => event.code === 'Escape' && putBack();
    const onContextMenu = (event: MouseEvent) => {
      event.preventDefault();
      putBack();
    };
    window.addEventListener('keydown', onKey);
    canvas.addEventListener('contextmenu', onContextMenu);
    return () => {
      window.removeEventListener('keydown', onKey);
      canvas.removeEventListener('contextmenu', onContextMenu);
    };
  }, [interaction, canvas]);

  useFrame(() => {
    const line = outline.current;
    if (!line) return;
    const id = interaction.hovered[interaction.hovered.length - 1];
    const entry = id === undefined ? undefined : interaction.registry.entries.get(id);
    line.visible = false;
    if (!entry?.object || !entry.enabled) return;
    bounds.setFromObject(entry.object);
    if (bounds.isEmpty()) return;
    bounds.getCenter(line.position);
    bounds.getSize(size).addScalar(0.01);
    line.scale.copy(size);
    // The outline lives in world space: parented under the view's root, it undoes the root's offset (AR).
    line.parent?.worldToLocal(line.position);
    line.visible = true;
  });

  return (
    <InteractionContext.Provider value={interaction}>
      {props.children}
      <lineSegments ref={outline} geometry={outlineGeometry} material={outlineMaterial} visible={false} renderOrder={10} />
    </InteractionContext.Provider>
  );
}
