// On a touch screen, buttons for what the keyboard does on a PC: travel angle (S/W), work
// angle (A/D), contact-tip-to-work distance (Q/E) and the ideal pose (R). A button presses the
// same scene action as its key (pressKeyAction), so both act alike, per press and while held.
import type { PointerEvent as ReactPointerEvent } from 'react';
import type { DesktopInput, WorkshopLanguage } from '../../../client/workshop/kit';
import { panelPointerGuard, pressKeyAction, releaseKeyAction, workshopText } from '../../../client/workshop/kit';
import type { WeldingParameterId } from '../tolerances';
import { parameterLabels, weldingText } from './strings';
import type { WeldingKeyAction } from './weldingKeys';

const adjustments: ReadonlyArray<{ id: WeldingParameterId; less: WeldingKeyAction; more: WeldingKeyAction }> = [
  { id: 'travel-angle', less: 'travelAngleMinus', more: 'travelAnglePlus' },
  { id: 'work-angle', less: 'workAngleMinus', more: 'workAnglePlus' },
  { id: 'ctwd', less: 'ctwdMinus', more: 'ctwdPlus' },
];

function KeyButton({ input, action, label, text, testId }: { input: DesktopInput; action: WeldingKeyAction; label: string; text: string; testId: string }) {
  const press = (event: ReactPointerEvent<HTMLButtonElement>) => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture?.(event.pointerId);
    pressKeyAction(input, action, 'button', event.timeStamp);
  };
  // Key steps run on the events' own times: a tap shorter than a frame is still one step.
  const release = (event: ReactPointerEvent<HTMLButtonElement>) => releaseKeyAction(input, action, 'button', event.timeStamp);
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
        pressKeyAction(input, action, 'button', event.timeStamp);
        releaseKeyAction(input, action, 'button', event.timeStamp);
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
            <KeyButton input={input} action={less} label={`${weldingText.less[language]}: ${parameterLabels[id][language]}`} text="−" testId={`adjust-${id}-less`} />
            <KeyButton input={input} action={more} label={`${weldingText.more[language]}: ${parameterLabels[id][language]}`} text="+" testId={`adjust-${id}-more`} />
          </span>
        </div>
      ))}
      <div className="dock-group">
        <span className="dock-label" aria-hidden="true">
          {weldingText.resetPose[language]}
        </span>
        <span className="dock-buttons">
          <KeyButton input={input} action="resetPose" label={weldingText.resetPose[language]} text="↺" testId="adjust-reset" />
        </span>
      </div>
    </div>
  );
}
