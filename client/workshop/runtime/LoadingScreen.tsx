// The loading screen: a bar fed by the runtime's count of finished builds (real progress).
import { useSyncExternalStore } from 'react';
import type { WorkshopRuntime } from './workshopRuntime';
import type { WorkshopLanguage } from './strings';
import { workshopText } from './strings';

export function LoadingScreen({ runtime, language, visible }: { runtime: WorkshopRuntime; language: WorkshopLanguage; visible: boolean }) {
  const progress = useSyncExternalStore(runtime.progress.subscribe, runtime.progress.snapshot, runtime.progress.snapshot);
  if (!visible) return null;
  const fraction = progress.total > 0 ? progress.done / progress.total : 0;
  const percent = Math.round(fraction * 100);
  // The bar is named by the title, so a screen reader says what is loading, not just "42 %".
  return (
    <div className="workshop-loading" style={styles.screen}>
      <div id="workshop-loading-title" style={styles.title}>
        {workshopText('loading', language)}
      </div>
      <div role="progressbar" aria-labelledby="workshop-loading-title" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} style={styles.track}>
        <div style={{ ...styles.bar, width: `${percent}%` }} />
      </div>
      <div style={styles.detail}>
        {progress.done}/{progress.total} {progress.current}
      </div>
    </div>
  );
}

const styles = {
  screen: {
    position: 'absolute', inset: 0, display: 'flex', flexDirection: 'column', alignItems: 'center', justifyContent: 'center',
    background: '#10171d', color: '#e8eef2', gap: 12, zIndex: 5, fontFamily: 'system-ui, sans-serif',
  },
  title: { fontSize: 20 },
  track: { width: 280, height: 8, background: '#2a3640', borderRadius: 4, overflow: 'hidden' },
  bar: { height: '100%', background: '#f0a030', transition: 'width 120ms' },
  detail: { fontSize: 13, opacity: 0.7 },
} satisfies Record<string, React.CSSProperties>;
