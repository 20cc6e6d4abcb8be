// Desktop HTML over the canvas: PPE status, live cues (practice only) and the controls help.
// Rendered in its own React root on the runtime's overlay layer; it copies the session's plain
// numbers into state ten times a second, never per frame.
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { useTranslation } from 'react-i18next';
import type { WorkshopRuntime } from '../../../client/workshop/runtime/workshopRuntime';
import { workshopLanguage, workshopText } from '../../../client/workshop/runtime/strings';
import { weldingParameterIds } from '../tolerances';
import type { BenchInteraction } from './benchInteraction';
import type { WeldingSession } from './weldingSession';
import { formatReading, parameterLabels, weldingText } from './strings';

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
  const [view, setView] = useState(() => snapshot(runtime, session));
  const [help, setHelp] = useState(true);
  useEffect(() => {
    const timer = window.setInterval(() => setView(snapshot(runtime, session)), 100);
    const onKey = (event: KeyboardEvent) => event.code === 'KeyH' && setHelp((shown) => !shown);
    window.addEventListener('keydown', onKey);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('keydown', onKey);
    };
  }, [runtime, session]);
  if (view.presenting) return null;
  const practice = session.mode === 'practice';
  return (
    <div style={{ fontFamily: 'system-ui, sans-serif', fontSize: 13, color: '#eef2f5' }}>
      <div data-testid="workshop-status" style={{ ...panel, left: 12, top: 12 }}>
        <div>
          {weldingText.helmet[language]}: <b style={{ color: view.ppe.helmet ? '#7be07f' : '#ff8a80' }}>{view.ppe.helmet ? weldingText.worn[language] : weldingText.notWorn[language]}</b>
        </div>
        <div>
          {weldingText.gloves[language]}: <b style={{ color: view.ppe.gloves ? '#7be07f' : '#ff8a80' }}>{view.ppe.gloves ? weldingText.worn[language] : weldingText.notWorn[language]}</b>
        </div>
        {!view.held && !replay && <div style={{ marginTop: 6, color: '#ffd27a' }}>{weldingText.pickTorch[language]}</div>}
        {view.arc && <div style={{ marginTop: 6, fontWeight: 700, color: '#9fd3ff' }}>{weldingText.arcOn[language]}</div>}
      </div>
      {practice && (
        <div data-testid="workshop-cues" style={{ ...panel, right: 12, top: 12, minWidth: 220 }}>
          <div style={{ fontWeight: 700, marginBottom: 4 }}>{weldingText.cuesTitle[language]}</div>
          {view.readings.map((reading) => (
            <div key={reading.id} data-cue={reading.cue ?? 'none'} style={{ display: 'flex', justifyContent: 'space-between', gap: 12, padding: '2px 6px', marginTop: 2, borderRadius: 4, background: reading.cue ? cueColours[reading.cue] : 'rgba(255,255,255,0.08)' }}>
              <span>{parameterLabels[reading.id][language]}</span>
              <span style={{ fontVariantNumeric: 'tabular-nums' }}>{formatReading(reading.id, reading.value)}</span>
            </div>
          ))}
        </div>
      )}
      {!replay && <div data-testid="workshop-help" style={{ ...panel, left: 12, bottom: 12, maxWidth: 340 }}>
        <div style={{ display: 'flex', justifyContent: 'space-between', fontWeight: 700 }}>
          <span>{help ? workshopText('controlsTitle', language) : workshopText('showHelp', language)}</span>
          {help && <span style={{ opacity: 0.6, fontWeight: 400 }}>{workshopText('hideHelp', language)}</span>}
        </div>
        {help && (
          <ul style={{ margin: '4px 0 0', paddingLeft: 16 }}>
            {weldingText.help[language].map((line) => <li key={line}>{line}</li>)}
          </ul>
        )}
      </div>}
    </div>
  );
}

const panel: React.CSSProperties = { position: 'absolute', background: 'rgba(16,23,29,0.78)', padding: '8px 10px', borderRadius: 6, lineHeight: 1.45 };

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
