// The runtime's keyboard listener knows no key of its own: it hears only the keys a scene
// declared, as the scene's actions at the events' times; a focused control keeps its keys; a
// declared Space does not scroll the page; losing focus lets go of everything.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { attachDesktopInput, createDesktopInput } from '../../../../client/workshop/runtime/desktopInput';
import { consumeActionPress, declareKeyActions, isKeyActionDown } from '../../../../client/workshop/runtime/keyActions';

/** A key event as the browser hands it over (Node has EventTarget but no KeyboardEvent). */
function keyEvent(type: 'keydown' | 'keyup', code: string, timeStamp: number, target?: object): Event {
  const event = new Event(type, { cancelable: true });
  Object.defineProperty(event, 'code', { value: code });
  Object.defineProperty(event, 'timeStamp', { value: timeStamp });
  if (target) Object.defineProperty(event, 'target', { value: target });
  return event;
}

const page = new EventTarget();
const canvas = Object.assign(new EventTarget(), { getBoundingClientRect: () => ({ left: 0, top: 0, width: 100, height: 100 }), contains: () => true });
const previousWindow = (globalThis as { window?: unknown }).window;
let detach = () => {};

beforeEach(() => {
  (globalThis as { window?: unknown }).window = page;
});
afterEach(() => {
  detach();
  (globalThis as { window?: unknown }).window = previousWindow;
});

describe('desktop input: keys', () => {
  it('hears only declared keys, as their actions with the events\' own times', () => {
    const input = createDesktopInput();
    detach = attachDesktopInput(input, canvas as unknown as HTMLElement);
    const w = keyEvent('keydown', 'KeyW', 10);
    page.dispatchEvent(w);
    expect(input.actions.events).toEqual([]);
    expect(w.defaultPrevented).toBe(false);

    declareKeyActions(input, { forward: { keys: ['KeyW'], timed: true }, fire: { keys: ['Space'], timed: true }, menu: { keys: ['KeyM'] } });
    page.dispatchEvent(keyEvent('keydown', 'KeyW', 20));
    page.dispatchEvent(keyEvent('keydown', 'KeyW', 50)); // auto-repeat: still one press
    page.dispatchEvent(keyEvent('keyup', 'KeyW', 90));
    expect(input.actions.events).toEqual([
      { action: 'forward', down: true, t: 20 },
      { action: 'forward', down: false, t: 90 },
    ]);
    const space = keyEvent('keydown', 'Space', 100);
    page.dispatchEvent(space);
    expect(space.defaultPrevented).toBe(true);
    const m = keyEvent('keydown', 'KeyM', 110);
    page.dispatchEvent(m);
    expect(m.defaultPrevented).toBe(false);
    expect(consumeActionPress(input, 'menu')).toBe(true);
  });

  it('leaves a focused control its keys (a button keeps Space)', () => {
    const input = createDesktopInput();
    detach = attachDesktopInput(input, canvas as unknown as HTMLElement);
    declareKeyActions(input, { fire: { keys: ['Space'], timed: true } });
    const button = { closest: (selector: string) => (selector.includes('button') ? button : null) };
    const space = keyEvent('keydown', 'Space', 10, button);
    page.dispatchEvent(space);
    expect(space.defaultPrevented).toBe(false);
    expect(isKeyActionDown(input, 'fire')).toBe(false);
    const heading = { closest: () => null };
    page.dispatchEvent(keyEvent('keydown', 'Space', 20, heading));
    expect(isKeyActionDown(input, 'fire')).toBe(true);
  });

  it('lets go of every held action when the page loses focus', () => {
    const input = createDesktopInput();
    detach = attachDesktopInput(input, canvas as unknown as HTMLElement);
    declareKeyActions(input, { fire: { keys: ['Space'], timed: true } });
    page.dispatchEvent(keyEvent('keydown', 'Space', 10));
    const blur = new Event('blur');
    Object.defineProperty(blur, 'timeStamp', { value: 40 });
    page.dispatchEvent(blur);
    expect(isKeyActionDown(input, 'fire')).toBe(false);
    expect(input.actions.events.at(-1)).toEqual({ action: 'fire', down: false, t: 40 });
  });
});
