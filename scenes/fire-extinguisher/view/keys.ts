// The fire workshop's key actions (declared to the kit's runtime, which listens to these keys
// only). Walking and turning are levels read each frame; the handle (Space) is read per sample.
// The phone's on-screen buttons press the same actions.
import type { KeyActionMap } from '../../../client/workshop/kit';

export const fireKeyActions = {
  forward: { keys: ['KeyW', 'ArrowUp'] },
  back: { keys: ['KeyS', 'ArrowDown'] },
  left: { keys: ['KeyA'] },
  right: { keys: ['KeyD'] },
  turnLeft: { keys: ['KeyQ', 'ArrowLeft'] },
  turnRight: { keys: ['KeyE', 'ArrowRight'] },
  squeeze: { keys: ['Space'] },
  pin: { keys: ['KeyP'] },
  alarm: { keys: ['KeyF'] },
} as const satisfies KeyActionMap;

export type FireKeyAction = keyof typeof fireKeyActions;
