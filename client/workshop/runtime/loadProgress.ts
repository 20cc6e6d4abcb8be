// Real loading progress for procedural assets: each build is a named task; the loading screen
// subscribes (a handful of updates in all, never per frame).

export interface LoadProgress {
  total: number;
  done: number;
  current: string;
  subscribe(listener: () => void): () => void;
  snapshot(): { total: number; done: number; current: string };
}

export function createLoadProgress(): LoadProgress & { add(count: number): void; finish(label: string): void } {
  const listeners = new Set<() => void>();
  let cached = { total: 0, done: 0, current: '' };
  const progress = {
    total: 0,
    done: 0,
    current: '',
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    snapshot: () => cached,
    add(count: number) {
      progress.total += count;
      notify();
    },
    finish(label: string) {
      progress.done += 1;
      progress.current = label;
      notify();
    },
  };
  function notify() {
    cached = { total: progress.total, done: progress.done, current: progress.current };
    for (const listener of listeners) listener();
  }
  return progress;
}

/** Runs build steps one per animation frame so the progress bar can paint between them. */
export async function runBuildSteps(
  progress: ReturnType<typeof createLoadProgress>,
  steps: ReadonlyArray<readonly [label: string, build: () => void]>,
  isCancelled: () => boolean,
): Promise<void> {
  progress.add(steps.length);
  for (const [label, build] of steps) {
    await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
    if (isCancelled()) return;
    build();
    progress.finish(label);
  }
}
