// On a touch screen, buttons for what the keyboard does on a PC: travel angle (S/W), work
// angle (A/D), contact-tip-to-work distance (Q/E) and the ideal pose (R). A press goes down
// the keyboard's own path (pressWorkshopKey), so both act alike, per press and while held.
import type { PointerEvent as ReactPointerEvent } from 'react';
import type { DesktopInput } from '../../../client/workshop/runtime/desktopInput';
import { pressWorkshopKey, releaseWorkshopKey } from '../../../client/workshop/runtime/desktopInput';
import { panelPointerGuard } from '../../../client/workshop/runtime/OverlayPanel';
import type { WorkshopLanguage } from '../../../client/workshop/runtime/strings';
import { workshopText } from '../../../client/workshop/runtime/strings';
import type { WeldingParameterId } from '../tolerances';
import { parameterLabels, weldingText } from './strings';

const adjustments: ReadonlyArray<{ id: WeldingParameterId; less: string; more: string }> = [
  { id: 'travel-angle', less: 'KeyS', more: 'KeyW' },
  { id: 'work-angle', less: 'KeyA', more: 'KeyD' },
  { id: 'ctwd', less: 'KeyQ', more: 'KeyE' },
];

function KeyButton({ input, code, label, text, testId }: { input: DesktopInput; code: string; label: string; text: string; testId: string }) {
  const press = (event: ReactPointerEvent<HTMLButtonElement>) => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture?.(event.pointerId);
    pressWorkshopKey(input, code, event.timeStamp);
  };
  // Key steps run on the events' own times: a tap shorter than a frame is still one step.
  const release = (event: ReactPointerEvent<HTMLButtonElement>) => releaseWorkshopKey(input, code, event.timeStamp);
  return (
    <button
      type="button"
      className="key-button"
      aria-label={label}
      data-testid={testId}
      onPointerDown={press}
      onPointerUp={release}
      onPointerCancel={release}
      onContextMenu={(event) => event.preventDefault()}
      onClick={(event) => {
        // Enter or Space on the focused button (detail 0): one press, like a key tap.
        if (event.detail !== 0) return;
        pressWorkshopKey(input, code, event.timeStamp);
        releaseWorkshopKey(input, code, event.timeStamp);
      }}
    >
      {text}
    </button>
  );
}

export function TouchControls({ input, language }: { input: DesktopInput; language: WorkshopLanguage }) {
  return (
    <div className="workshop-panel workshop-dock" role="group" aria-label={workshopText('adjustTitle', language)} data-testid="touch-adjust" {...panelPointerGuard}>
      {adjustments.map(({ id, less, more }) => (
        <div className="dock-group" key={id}>
          <span className="dock-label" aria-hidden="true">
            {parameterLabels[id][language]}
          </span>
          <span className="dock-buttons">
            <KeyButton input={input} code={less} label={`${weldingText.less[language]}: ${parameterLabels[id][language]}`} text="−" testId={`adjust-${id}-less`} />
            <KeyButton input={input} code={more} label={`${weldingText.more[language]}: ${parameterLabels[id][language]}`} text="+" testId={`adjust-${id}-more`} />
          </span>
        </div>
      ))}
      <div className="dock-group">
        <span className="dock-label" aria-hidden="true">
          {weldingText.resetPose[language]}
        </span>
        <span className="dock-buttons">
          <KeyButton input={input} code="KeyR" label={weldingText.resetPose[language]} text="↺" testId="adjust-reset" />
        </span>
      </div>
    </div>
  );
}
