// HTML over the canvas: PPE status, live cues (practice only), the controls help (mouse and
// keys, or touch) and on touch screens the adjustment buttons; laid out by app.css so the
// panels never overlap on any screen. Rendered in its own React root on the runtime's overlay
// layer; it copies the session's plain numbers into state ten times a second, never per frame.
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { useTranslation } from 'react-i18next';
import type { WorkshopRuntime } from '../../../client/workshop/kit';
import { OverlayPanel, compactWidthPx, onKeyAction, panelPointerGuard, shortHeightPx, usePointerCoarse, workshopLanguage, workshopText } from '../../../client/workshop/kit';
import { weldingParameterIds } from '../tolerances';
import type { BenchInteraction } from './benchInteraction';
import type { WeldingSession } from './weldingSession';
import { formatReading, parameterLabels, weldingText } from './strings';
import { TouchControls } from './TouchControls';
import type { WeldingKeyAction } from './weldingKeys';

const cueColours = { green: '#2e7d32', amber: '#b26a00', red: '#c62828' } as const;

function snapshot(runtime: WorkshopRuntime, session: WeldingSession) {
  return {
    presenting: runtime.view.presenting,
    held: session.torch.held,
    arc: session.torch.arc,
    ppe: { ...session.ppe },
    readings: weldingParameterIds.map((id) => ({ id, ...session.readings[id] })),
  };
}

function Overlay({ runtime, session, replay }: { runtime: WorkshopRuntime; session: WeldingSession; replay: boolean }) {
  const { i18n } = useTranslation();
  const language = workshopLanguage(i18n.language);
  const touch = usePointerCoarse();
  const [view, setView] = useState(() => snapshot(runtime, session));
  // A phone or a small window starts with the cue panel folded (and, held sideways, the help too).
  const [help, setHelp] = useState(() => window.innerHeight >= shortHeightPx);
  const [cues, setCues] = useState(() => window.innerWidth >= compactWidthPx && window.innerHeight >= shortHeightPx);
  useEffect(() => {
    const timer = window.setInterval(() => setView(snapshot(runtime, session)), 100);
    const stopListening = onKeyAction(runtime.desktop, 'toggleHelp' satisfies WeldingKeyAction, () => setHelp((shown) => !shown));
    return () => {
      window.clearInterval(timer);
      stopListening();
    };
  }, [runtime, session]);
  if (view.presenting) return null;
  const practice = session.mode === 'practice';
  return (
    <div className="workshop-overlay">
      <div className="workshop-overlay-row">
        <div className="workshop-panel" data-testid="workshop-status" {...panelPointerGuard}>
          <div>
            {weldingText.helmet[language]}: <b style={{ color: view.ppe.helmet ? '#7be07f' : '#ff8a80' }}>{view.ppe.helmet ? weldingText.worn[language] : weldingText.notWorn[language]}</b>
          </div>
          <div>
            {weldingText.gloves[language]}: <b style={{ color: view.ppe.gloves ? '#7be07f' : '#ff8a80' }}>{view.ppe.gloves ? weldingText.worn[language] : weldingText.notWorn[language]}</b>
          </div>
          {!view.held && !replay && <div style={{ color: '#ffd27a' }}>{(touch ? weldingText.pickTorchTouch : weldingText.pickTorch)[language]}</div>}
          {view.arc && <div style={{ fontWeight: 700, color: '#9fd3ff' }}>{weldingText.arcOn[language]}</div>}
        </div>
        {practice && (
          <OverlayPanel id="workshop-cues" className="cues" title={weldingText.cuesTitle[language]} expanded={cues} onToggle={() => setCues((shown) => !shown)} testId="workshop-cues">
            {view.readings.map((reading) => (
              <div key={reading.id} className="cue-row" data-cue={reading.cue ?? 'none'} style={{ background: reading.cue ? cueColours[reading.cue] : 'rgba(255,255,255,0.08)' }}>
                <span>{parameterLabels[reading.id][language]}</span>
                <span style={{ fontVariantNumeric: 'tabular-nums' }}>{formatReading(reading.id, reading.value)}</span>
              </div>
            ))}
          </OverlayPanel>
        )}
      </div>
      {!replay && (
        <div className="workshop-overlay-row bottom">
          <OverlayPanel
            id="workshop-help"
            className="help"
            title={workshopText(touch ? 'controlsTitleTouch' : 'controlsTitle', language)}
            shortcut={touch ? undefined : 'H'}
            expanded={help}
            onToggle={() => setHelp((shown) => !shown)}
            testId="workshop-help"
          >
            <ul data-testid={touch ? 'touch-help' : 'desktop-help'}>
              {(touch ? weldingText.touchHelp : weldingText.help)[language].map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </OverlayPanel>
          {touch && <TouchControls input={runtime.desktop} language={language} />}
        </div>
      )}
    </div>
  );
}

/** `replay`: the overlay shows state and cues only; there are no controls to explain. */
export function useDesktopOverlay(runtime: WorkshopRuntime, session: WeldingSession, _bench: BenchInteraction, replay = false): void {
  useEffect(() => {
    const host = runtime.overlayElement;
    if (!host) return;
    const element = document.createElement('div');
    host.appendChild(element);
    const root = createRoot(element);
    root.render(<Overlay runtime={runtime} session={session} replay={replay} />);
    return () => {
      // Unmounting a root while React renders the canvas tree warns; defer it.
      setTimeout(() => {
        root.unmount();
        element.remove();
      });
    };
  }, [runtime, session, replay]);
}
