// What the learner holds: one tool (or conductor) at a time, and in what (the mouse, or the left
// or right controller/hand). A plain store with subscribe, read by React and by the frame loop.

export type ToolHolder = 'mouse' | 'left' | 'right';

export interface HeldItem {
  id: string;
  kind: string;
  by: ToolHolder;
  /** held by a grab (mouse drag, squeeze, pinch): let go, it snaps or goes home */
  grabbed: boolean;
}

export interface HoldState {
  readonly held: HeldItem | null;
  hold(item: HeldItem): void;
  /** Puts the held item down (back home, or wherever the view now shows it). */
  release(): void;
  subscribe(listener: () => void): () => void;
}

export function createHoldState(): HoldState {
  let held: HeldItem | null = null;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  return {
    get held() {
      return held;
    },
    hold(item) {
      held = item;
      notify();
    },
    release() {
      if (!held) return;
      held = null;
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
