// The welding bench's key actions and the keys that stand for them (declared to the kit's runtime,
// which listens to these keys only): steering and the trigger are timed, applied at the keys'
// own event times; the rest act per press. The touch dock presses the same actions.
import type { KeyActionMap } from '../../../client/workshop/kit';

export const weldingKeyActions = {
  travelAnglePlus: { keys: ['KeyW'], timed: true },
  travelAngleMinus: { keys: ['KeyS'], timed: true },
  workAnglePlus: { keys: ['KeyD'], timed: true },
  workAngleMinus: { keys: ['KeyA'], timed: true },
  ctwdPlus: { keys: ['KeyE'], timed: true },
  ctwdMinus: { keys: ['KeyQ'], timed: true },
  trigger: { keys: ['Space'], timed: true },
  resetPose: { keys: ['KeyR'] },
  putDown: { keys: ['Escape'] },
  toggleHelp: { keys: ['KeyH'] },
} as const satisfies KeyActionMap;

export type WeldingKeyAction = keyof typeof weldingKeyActions;
