// Mouse, keyboard and touch on the canvas, gathered into one plain object the scene reads each
// frame. Listeners only write numbers and flags; nothing here renders or sets React state.
// Pointer moves (every coalesced one) are queued with their events' own times, so the scene
// samples the hand at the device's rate, not the frame's. Keys reach the scene only as the
// actions it declared (keyActions.ts): the runtime itself knows no key.
import type { PointerSample } from './pointerSamples';
import type { KeyActions } from './keyActions';
import { actionForKey, createKeyActions, enqueueBounded, pressKeyAction, releaseAllKeyActions, releaseKeyAction } from './keyActions';
import { isKeyboardControl } from './keyTargets';

export interface DesktopInput {
  /** pointer in normalised device coordinates (-1..1), y up */
  readonly pointer: [number, number];
  pointerInside: boolean;
  /** primary button (or a touch) is down */
  primaryDown: boolean;
  /** clicks (press and release without moving far) in NDC, not yet consumed by the scene */
  readonly clicks: Array<[number, number]>;
  /** wheel notches since the scene last read them (positive = away from the user) */
  wheelNotches: number;
  /** pointer readings not yet consumed by the scene, oldest first (event.timeStamp, NDC, button) */
  readonly pointerSamples: PointerSample[];
  /** the scene's declared key actions: presses, held actions and the timed ones' downs and ups */
  readonly actions: KeyActions;
}

export function createDesktopInput(): DesktopInput {
  return { pointer: [0, 0], pointerInside: false, primaryDown: false, clicks: [], wheelNotches: 0, pointerSamples: [], actions: createKeyActions() };
}

/** Keys whose default scrolls the page: a declared one must not scroll it too. */
const scrollKeys = new Set(['Space', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'PageUp', 'PageDown']);

/** Wires the listeners; returns the function that removes them. */
export function attachDesktopInput(input: DesktopInput, element: HTMLElement): () => void {
  let downX = 0;
  let downY = 0;
  let rect = element.getBoundingClientRect();
  /** Queues one reading (a coalesced event gives its own position and time). */
  const queuePointer = (event: PointerEvent, down: boolean) => {
    const x = ((event.clientX - rect.left) / rect.width) * 2 - 1;
    const y = -(((event.clientY - rect.top) / rect.height) * 2 - 1);
    enqueueBounded(input.pointerSamples, { t: event.timeStamp, x, y, down });
    input.pointer[0] = x;
    input.pointer[1] = y;
  };
  const toPointer = (event: PointerEvent) => {
    rect = element.getBoundingClientRect();
    queuePointer(event, input.primaryDown);
    input.pointerInside = true;
  };
  const onMove = (event: PointerEvent) => {
    rect = element.getBoundingClientRect();
    // The browser merges the moves of one frame into one event; the merged ones carry every reading.
    const merged = typeof event.getCoalescedEvents === 'function' ? event.getCoalescedEvents() : [];
    for (const one of merged.length > 0 ? merged : [event]) queuePointer(one, input.primaryDown);
    input.pointerInside = true;
  };
  const onDown = (event: PointerEvent) => {
    if (event.button !== 0) return;
    downX = event.clientX;
    downY = event.clientY;
    input.primaryDown = true;
    toPointer(event);
  };
  const onUp = (event: PointerEvent) => {
    if (event.button !== 0) return;
    // Queued with their own position: two quick clicks can land within one slow frame.
    const click = input.primaryDown && Math.hypot(event.clientX - downX, event.clientY - downY) < 6 && input.clicks.length < 8;
    const wasDown = input.primaryDown;
    input.primaryDown = false;
    // Released outside the canvas still ends the arc, at the release's time, where the pointer left.
    if (wasDown && event.target instanceof Node && element.contains(event.target)) toPointer(event);
    else if (wasDown) enqueueBounded(input.pointerSamples, { t: event.timeStamp, x: input.pointer[0], y: input.pointer[1], down: false });
    if (click) input.clicks.push([input.pointer[0], input.pointer[1]]);
  };
  const onLeave = () => {
    input.pointerInside = false;
  };
  const onWheel = (event: WheelEvent) => {
    event.preventDefault();
    input.wheelNotches += Math.sign(event.deltaY);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    // Only the keys the scene declared; a focused button, link or field keeps its Space and Enter (and every other key).
    const action = actionForKey(input, event.code);
    if (action === undefined || isKeyboardControl(event.target)) return;
    if (scrollKeys.has(event.code)) event.preventDefault();
    pressKeyAction(input, action, event.code, event.timeStamp);
  };
  const onKeyUp = (event: KeyboardEvent) => {
    const action = actionForKey(input, event.code);
    if (action !== undefined) releaseKeyAction(input, action, event.code, event.timeStamp);
  };
  const onBlur = (event: FocusEvent) => {
    // Focus gone: every action and the button count as released now.
    releaseAllKeyActions(input, event.timeStamp);
    if (input.primaryDown) enqueueBounded(input.pointerSamples, { t: event.timeStamp, x: input.pointer[0], y: input.pointer[1], down: false });
    input.primaryDown = false;
  };
  element.addEventListener('pointermove', onMove);
  element.addEventListener('pointerdown', onDown);
  window.addEventListener('pointerup', onUp);
  element.addEventListener('pointerleave', onLeave);
  element.addEventListener('wheel', onWheel, { passive: false });
  window.addEventListener('keydown', onKeyDown);
  window.addEventListener('keyup', onKeyUp);
  window.addEventListener('blur', onBlur);
  return () => {
    element.removeEventListener('pointermove', onMove);
    element.removeEventListener('pointerdown', onDown);
    window.removeEventListener('pointerup', onUp);
    element.removeEventListener('pointerleave', onLeave);
    element.removeEventListener('wheel', onWheel);
    window.removeEventListener('keydown', onKeyDown);
    window.removeEventListener('keyup', onKeyUp);
    window.removeEventListener('blur', onBlur);
  };
}

/** Drops the queued readings (input the scene does not sample: in a headset, the page's mouse is not the hand). */
export function discardTimedInput(input: DesktopInput): void {
  input.pointerSamples.length = 0;
  input.actions.events.length = 0;
}
