// Keys reach a scene only as the actions it declared: undeclared keys are nobody's, a key and an
// on-screen button press the same action, timed actions keep their event times, and undeclaring
// lets go of what is held.
import { describe, expect, it } from 'vitest';
import {
  actionForKey, consumeActionPress, declareKeyActions, isKeyActionDown, onKeyAction, pressKeyAction, releaseAllKeyActions, releaseKeyAction,
} from '../../../../client/workshop/runtime/keyActions';
import { createDesktopInput, discardTimedInput } from '../../../../client/workshop/runtime/desktopInput';

const actions = { steerLeft: { keys: ['KeyA', 'ArrowLeft'], timed: true }, reset: { keys: ['KeyR'] }, onlyButton: { keys: [] } } as const;

describe('key actions', () => {
  it('maps only the declared keys, and forgets them when undeclared', () => {
    const input = createDesktopInput();
    expect(actionForKey(input, 'KeyA')).toBeUndefined();
    const undeclare = declareKeyActions(input, actions);
    expect(actionForKey(input, 'KeyA')).toBe('steerLeft');
    expect(actionForKey(input, 'ArrowLeft')).toBe('steerLeft');
    expect(actionForKey(input, 'KeyW')).toBeUndefined();
    undeclare();
    expect(actionForKey(input, 'KeyA')).toBeUndefined();
    // Pressing an action nobody declared does nothing.
    pressKeyAction(input, 'reset', 'KeyR', 10);
    expect(consumeActionPress(input, 'reset')).toBe(false);
  });

  it('refuses a key standing for two actions', () => {
    const input = createDesktopInput();
    declareKeyActions(input, actions);
    expect(() => declareKeyActions(input, { other: { keys: ['KeyR'] } })).toThrow(/KeyR/);
  });

  it('presses once per hold whatever holds it (two keys, a button), queues timed downs and ups with their times', () => {
    const input = createDesktopInput();
    declareKeyActions(input, actions);
    const heard: number[] = [];
    onKeyAction(input, 'steerLeft', (t) => heard.push(t));
    pressKeyAction(input, 'steerLeft', 'KeyA', 100);
    pressKeyAction(input, 'steerLeft', 'KeyA', 130); // the keyboard's auto-repeat
    pressKeyAction(input, 'steerLeft', 'button', 150);
    releaseKeyAction(input, 'steerLeft', 'KeyA', 200);
    expect(isKeyActionDown(input, 'steerLeft')).toBe(true);
    releaseKeyAction(input, 'steerLeft', 'button', 260);
    expect(isKeyActionDown(input, 'steerLeft')).toBe(false);
    expect(heard).toEqual([100]);
    expect(input.actions.events).toEqual([
      { action: 'steerLeft', down: true, t: 100 },
      { action: 'steerLeft', down: false, t: 260 },
    ]);
    expect(consumeActionPress(input, 'steerLeft')).toBe(true);
    expect(consumeActionPress(input, 'steerLeft')).toBe(false);
    // An untimed action is a press only.
    pressKeyAction(input, 'reset', 'KeyR', 300);
    releaseKeyAction(input, 'reset', 'KeyR', 320);
    expect(input.actions.events).toHaveLength(2);
    expect(consumeActionPress(input, 'reset')).toBe(true);
    discardTimedInput(input);
    expect(input.actions.events).toEqual([]);
  });

  it('lets go of every held action when focus goes, and when the scene undeclares', () => {
    const input = createDesktopInput();
    const undeclare = declareKeyActions(input, actions);
    pressKeyAction(input, 'steerLeft', 'ArrowLeft', 10);
    releaseAllKeyActions(input, 50);
    expect(isKeyActionDown(input, 'steerLeft')).toBe(false);
    expect(input.actions.events.at(-1)).toEqual({ action: 'steerLeft', down: false, t: 50 });
    pressKeyAction(input, 'steerLeft', 'KeyA', 60);
    undeclare();
    expect(input.actions.events.at(-1)).toMatchObject({ action: 'steerLeft', down: false });
    // Declared again (React remounts the view): works as new.
    declareKeyActions(input, actions);
    pressKeyAction(input, 'onlyButton', 'button', 70);
    expect(consumeActionPress(input, 'onlyButton')).toBe(true);
  });
});
