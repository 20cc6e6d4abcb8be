// The page's HTML over the 3D view (not in a headset): the fire, what is in hand and its pin,
// the alarm, and in practice the cues (distance band, aim at the base, sweep, agent left with a
// gauge) and the standard's advice table; the controls help; on a touch screen, buttons for
// walking, turning, the pin and the handle (the same key actions the keyboard presses).
import { useState } from 'react';
import { panelPointerGuard, pressKeyAction, releaseKeyAction } from '../../../client/workshop/kit';
import type { Bilingual, WorkshopLanguage, WorkshopRuntime } from '../../../client/workshop/kit';
import type { Agent } from '../events';
import { agentLooks } from './agentLooks';
import { cueLines } from './cueLines';
import type { FireKeyAction } from './keys';
import type { FireCues, FireSession } from './session';
import { agentShare } from './session';
import { fireClassText, fireText, noticeText } from './strings';

export interface OverlayProps {
  runtime: WorkshopRuntime;
  session: FireSession;
  language: WorkshopLanguage;
  held: Agent | null;
  cues: FireCues | null;
  advice: readonly { id: string; name: Bilingual; text: Bilingual }[] | null;
  replay: boolean;
  touch: boolean;
  onPutBack: () => void;
}

export function FireOverlay(props: OverlayProps) {
  const { session, language: l, held, cues } = props;
  const [adviceOpen, setAdviceOpen] = useState(false);
  const fire = session.fire;
  const share = held ? agentShare(session, held) : 0;
  return (
    <div className="workshop-overlay">
      <div className="workshop-overlay-row">
        <div className="workshop-panel" data-testid="fire-status" {...panelPointerGuard} style={{ maxWidth: 340 }}>
          <div>
            <b data-testid="fire-class" data-fire-class={session.fireClass}>
              {fireClassText[session.fireClass][l]}
            </b>
            {' — '}
            <span data-testid="fire-state" data-out={fire.out}>
              {fire.out ? <b style={{ color: '#7be07f' }}>{fireText.fireOut[l]}</b> : cues ? `${Math.round(fire.intensity * 100)} %` : fireText.burning[l]}
            </span>
          </div>
          <div>
            {fireText.alarm[l]}: <b style={{ color: fire.alarmAtMs !== null ? '#7be07f' : '#ffd54a' }}>{fire.alarmAtMs !== null ? fireText.alarmOn[l] : fireText.alarmOff[l]}</b>
          </div>
          <div>
            {fireText.holding[l]}:{' '}
            <b data-testid="fire-held" data-held={held ?? ''}>
              {held ? `${agentLooks[held].name[l]}` : fireText.nothing[l]}
            </b>
            {held && (
              <>
                {' · '}
                {fireText.pin[l]}: <b data-testid="fire-pin">{fire.pinPulled[held] ? fireText.pinOut[l] : fireText.pinIn[l]}</b>
              </>
            )}
          </div>
          {cues && held && (
            <div aria-label={fireText.agentLeft[l]} style={{ marginTop: 4 }}>
              <div style={{ height: 8, background: '#3a4148', borderRadius: 4, overflow: 'hidden', width: 200 }}>
                <div data-testid="fire-agent-gauge" style={{ height: 8, width: `${Math.round(share * 100)}%`, background: share > 0.25 ? '#4caf50' : '#ff7043' }} />
              </div>
            </div>
          )}
          {cues && (
            <ul data-testid="fire-cues" aria-live="polite" style={{ margin: '6px 0 0', paddingLeft: 18 }}>
              {cueLines(cues).map((line) => (
                <li key={line.en}>{line[l]}</li>
              ))}
            </ul>
          )}
          {session.notice && (
            <p role="status" data-testid="fire-notice" style={{ margin: '6px 0 0', color: session.notice === 'fireOut' ? '#7be07f' : '#ffd54a' }}>
              {noticeText[session.notice][l]}
            </p>
          )}
        </div>
      </div>
      <div className="workshop-overlay-row bottom">
        {props.advice && (
          <details className="workshop-panel" style={{ maxWidth: 420 }} open={adviceOpen} onToggle={(e) => setAdviceOpen((e.target as HTMLDetailsElement).open)} {...panelPointerGuard}>
            <summary style={{ pointerEvents: 'auto', cursor: 'pointer' }}>{fireText.adviceTitle[l]}</summary>
            <dl data-testid="fire-advice" style={{ margin: '6px 0 0' }}>
              {props.advice.map((row) => (
                <div key={row.id}>
                  <dt style={{ fontWeight: 700 }}>{row.name[l]}</dt>
                  <dd style={{ margin: '0 0 4px 12px' }}>{row.text[l]}</dd>
                </div>
              ))}
            </dl>
          </details>
        )}
        {!props.replay && (
          <details className="workshop-panel" style={{ maxWidth: 420 }} {...panelPointerGuard}>
            <summary style={{ pointerEvents: 'auto', cursor: 'pointer' }}>{fireText.controlsTitle[l]}</summary>
            <ul style={{ margin: '6px 0 0', paddingLeft: 18 }}>
              {fireText.controls[l].map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </details>
        )}
        {!props.replay && props.touch && <TouchButtons runtime={props.runtime} language={l} held={held} onPutBack={props.onPutBack} />}
      </div>
    </div>
  );
}

/** On a touch screen: hold-to-act buttons pressing the scene's key actions. */
function TouchButtons({ runtime, language: l, held, onPutBack }: { runtime: WorkshopRuntime; language: WorkshopLanguage; held: Agent | null; onPutBack: () => void }) {
  const hold = (action: FireKeyAction, label: Bilingual, text: string) => (
    <button
      type="button"
      aria-label={label[l]}
      style={{ minWidth: 48, minHeight: 48, touchAction: 'none' }}
      onPointerDown={(event) => {
        event.stopPropagation();
        pressKeyAction(runtime.desktop, action, 'touch-button', event.timeStamp);
      }}
      onPointerUp={(event) => releaseKeyAction(runtime.desktop, action, 'touch-button', event.timeStamp)}
      onPointerCancel={(event) => releaseKeyAction(runtime.desktop, action, 'touch-button', event.timeStamp)}
      onPointerLeave={(event) => releaseKeyAction(runtime.desktop, action, 'touch-button', event.timeStamp)}
    >
      {text}
    </button>
  );
  return (
    <div className="workshop-panel" data-testid="fire-touch" {...panelPointerGuard} style={{ display: 'flex', gap: 6, flexWrap: 'wrap', pointerEvents: 'auto' }}>
      {hold('turnLeft', fireText.turnLeft, '⟲')}
      {hold('forward', fireText.walk, '▲')}
      {hold('back', fireText.walkBack, '▼')}
      {hold('turnRight', fireText.turnRight, '⟳')}
      {held && hold('pin', fireText.pullPin, fireText.pullPin[l])}
      {held && hold('squeeze', fireText.squeeze, fireText.squeeze[l])}
      {held && (
        <button type="button" style={{ minHeight: 48 }} onClick={onPutBack}>
          {fireText.putBack[l]}
        </button>
      )}
    </div>
  );
}
