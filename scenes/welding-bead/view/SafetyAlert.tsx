// The desktop side of practice mode's PPE warning: an alert region over the canvas that screen
// readers announce the moment it fills. Its own React root on the runtime's overlay layer (as the
// status and cue panels); it looks at the monitor ten times a second and renders only on a change.
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { useTranslation } from 'react-i18next';
import type { WorkshopRuntime } from '../../../client/workshop/kit';
import { workshopLanguage } from '../../../client/workshop/kit';
import type { SafetyMonitor } from './safetyWarning';
import { safetyText, safetyWarningLines } from './strings';

function SafetyAlert({ runtime, monitor }: { runtime: WorkshopRuntime; monitor: SafetyMonitor }) {
  const { i18n } = useTranslation();
  const language = workshopLanguage(i18n.language);
  const [warning, setWarning] = useState(monitor.warning);
  const [presenting, setPresenting] = useState(runtime.view.presenting);
  useEffect(() => {
    const timer = window.setInterval(() => {
      setWarning(monitor.warning);
      setPresenting(runtime.view.presenting);
    }, 100);
    return () => window.clearInterval(timer);
  }, [runtime, monitor]);
  const shown = warning !== null && !presenting;
  const lines = shown ? safetyWarningLines(warning.missing, warning.arcOn, language) : null;
  // The region is always in the page, empty when all is well: filling it is what gets announced.
  return (
    <div role="alert" data-testid="safety-warning" data-missing={shown ? warning.missing.join(' ') : ''} style={shown ? box : hidden}>
      {lines && (
        <>
          <div style={{ fontWeight: 800, letterSpacing: 0.5 }}>⚠ {safetyText.title[language]}</div>
          <div>{lines[0]}</div>
          <div style={{ fontWeight: 700 }}>{lines[1]}</div>
        </>
      )}
    </div>
  );
}

const box: React.CSSProperties = {
  position: 'absolute',
  left: '50%',
  // at the foot of the view: the page's bar is at the top, the coupon in the middle
  bottom: 12,
  transform: 'translateX(-50%)',
  width: 'max-content',
  maxWidth: 'min(420px, calc(100% - 24px))',
  padding: '8px 12px',
  borderRadius: 6,
  background: 'rgba(183, 28, 28, 0.94)',
  border: '2px solid #ffcdd2',
  color: '#ffffff',
  fontFamily: 'system-ui, sans-serif',
  fontSize: 13,
  lineHeight: 1.4,
  textAlign: 'center',
  zIndex: 3,
};
const hidden: React.CSSProperties = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clipPath: 'inset(50%)' };

export function useSafetyAlertOverlay(runtime: WorkshopRuntime, monitor: SafetyMonitor, enabled: boolean): void {
  useEffect(() => {
    const host = runtime.overlayElement;
    if (!host || !enabled) return;
    const element = document.createElement('div');
    host.appendChild(element);
    const root = createRoot(element);
    root.render(<SafetyAlert runtime={runtime} monitor={monitor} />);
    return () => {
      // Unmounting a root while React renders the canvas tree warns; defer it.
      setTimeout(() => {
        root.unmount();
        element.remove();
      });
    };
  }, [runtime, monitor, enabled]);
}
