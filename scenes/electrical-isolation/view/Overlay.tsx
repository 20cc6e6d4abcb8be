// The page's HTML over the 3D view (not in a headset): what is held and what the tools read,
// the torque setting's − / + buttons, the learner's notice, the controls help, and in practice
// the step checklist with the next step marked. Rendered through the kit's overlay root.
import { useState } from 'react';
import type { ChecklistItem, WorkshopLanguage } from '../../../client/workshop/kit';
import { ChecklistOverlay } from '../../../client/workshop/kit';
import type { ElectricalSession } from './session';
import { setTorque, torqueSettingRange } from './session';
import { electricalText, heldNames, noticeText } from './strings';
import { formatVolts } from './Tools';

export interface OverlayProps {
  session: ElectricalSession;
  language: WorkshopLanguage;
  held: string | null;
  checklist: readonly ChecklistItem[] | null;
  cue: string | null;
  replay: boolean;
  onChange: () => void;
}

const stop = { onPointerDown: (e: { stopPropagation(): void }) => e.stopPropagation(), onWheel: (e: { stopPropagation(): void }) => e.stopPropagation() };

export function ElectricalOverlay(props: OverlayProps) {
  const { session, language: l } = props;
  // A smaller window starts with the checklist folded to its title, keeping the board in view.
  const [checklistOpen, setChecklistOpen] = useState(() => window.innerWidth >= 1200);
  const state = session.installation;
  const ppe = (worn: boolean) => <b style={{ color: worn ? '#7be07f' : '#ff8a80' }}>{worn ? electricalText.worn[l] : electricalText.notWorn[l]}</b>;
  const nudge = (delta: number) => () => {
    setTorque(session, session.torqueNm + delta);
    props.onChange();
  };
  return (
    <div className="workshop-overlay">
      <div className="workshop-overlay-row">
        {props.checklist && <ChecklistOverlay expanded={checklistOpen} onToggle={() => setChecklistOpen((open) => !open)} title={electricalText.checklistTitle[l]} items={props.checklist} next={props.cue} language={l} />}
      </div>
      <div className="workshop-overlay-row bottom">
        <div className="workshop-panel" data-testid="electrical-status">
          <div>
            {electricalText.holding[l]}: <b data-testid="electrical-held" data-held={props.held ?? ''}>{props.held ? (heldNames[props.held]?.[l] ?? props.held) : electricalText.nothing[l]}</b>
          </div>
          <div>
            {electricalText.gloves[l]}: {ppe(state.ppe.gloves)} · {electricalText.glasses[l]}: {ppe(state.ppe.glasses)}
          </div>
          <div>
            {electricalText.testerReading[l]}: <b data-testid="tester-reading" aria-live="polite">{formatVolts(session.tester.volts)}</b>
            {session.tester.at && ` (${session.tester.at === 'proving-unit' ? electricalText.provingUnit[l] : session.tester.at})`}
          </div>
          {session.socketTester && (
            <div>
              {electricalText.socketTester[l]}: <b>{electricalText.socketResult[session.socketTester][l]}</b>
            </div>
          )}
          <div role="group" aria-label={electricalText.torqueSetting[l]} style={{ display: 'flex', alignItems: 'center', gap: 8, marginTop: 4 }}>
            <span>{electricalText.torqueSetting[l]}:</span>
            <button type="button" aria-label={electricalText.lower[l]} disabled={props.replay || session.torqueNm <= torqueSettingRange.min} onClick={nudge(-torqueSettingRange.step)} style={{ minWidth: 44, minHeight: 44 }}>
              −
            </button>
            <output data-testid="torque-setting" aria-live="polite">
              {session.torqueNm.toFixed(1)} N·m
            </output>
            <button type="button" aria-label={electricalText.raise[l]} disabled={props.replay || session.torqueNm >= torqueSettingRange.max} onClick={nudge(torqueSettingRange.step)} style={{ minWidth: 44, minHeight: 44 }}>
              +
            </button>
          </div>
          {session.notice && (
            <p role={session.notice === 'liveWarning' ? 'alert' : 'status'} data-testid="electrical-notice" style={{ margin: '6px 0 0', color: session.notice === 'liveWarning' ? '#ff8a80' : '#ffd54a' }}>
              {noticeText[session.notice][l]}
            </p>
          )}
        </div>
      {!props.replay && (
        <details className="workshop-panel" style={{ maxWidth: 420 }} {...stop}>
          <summary style={{ pointerEvents: 'auto', cursor: 'pointer' }}>{electricalText.controlsTitle[l]}</summary>
          <ul style={{ margin: '6px 0 0', paddingLeft: 18 }}>
            {electricalText.controls[l].map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </details>
      )}
      </div>
    </div>
  );
}
