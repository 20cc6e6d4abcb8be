// Mouse, keyboard and touch on the canvas, gathered into one plain object the scene reads each
// frame. Listeners only write numbers and flags; nothing here renders or sets React state.
import { isKeyboardControl } from './keyTargets';

export interface DesktopInput {
  /** pointer in normalised device coordinates (-1..1), y up */
  readonly pointer: [number, number];
  pointerInside: boolean;
  /** primary button (or a touch) is down */
  primaryDown: boolean;
  /** clicks (press and release without moving far) in NDC, not yet consumed by the scene */
  readonly clicks: Array<[number, number]>;
  /** keys currently held, by KeyboardEvent.code */
  readonly keys: Set<string>;
  /** wheel notches since the scene last read them (positive = away from the user) */
  wheelNotches: number;
  /** keys pressed since the scene last read them */
  readonly pressed: Set<string>;
}

export function createDesktopInput(): DesktopInput {
  return { pointer: [0, 0], pointerInside: false, primaryDown: false, clicks: [], keys: new Set(), wheelNotches: 0, pressed: new Set() };
}

const handledKeys = new Set(['KeyW', 'KeyS', 'KeyA', 'KeyD', 'KeyQ', 'KeyE', 'KeyR', 'Space', 'Escape', 'KeyH']);

/** Wires the listeners; returns the function that removes them. */
export function attachDesktopInput(input: DesktopInput, element: HTMLElement): () => void {
  let downX = 0;
  let downY = 0;
  const toPointer = (event: PointerEvent) => {
    const rect = element.getBoundingClientRect();
    input.pointer[0] = ((event.clientX - rect.left) / rect.width) * 2 - 1;
    input.pointer[1] = -(((event.clientY - rect.top) / rect.height) * 2 - 1);
    input.pointerInside = true;
  };
  const onMove = (event: PointerEvent) => toPointer(event);
  const onDown = (event: PointerEvent) => {
    if (event.button !== 0) return;
    toPointer(event);
    downX = event.clientX;
    downY = event.clientY;
    input.primaryDown = true;
  };
  const onUp = (event: PointerEvent) => {
    if (event.button !== 0) return;
    // Queued with their own position: two quick clicks can land within one slow frame.
    if (input.primaryDown && Math.hypot(event.clientX - downX, event.clientY - downY) < 6 && input.clicks.length < 8) {
      toPointer(event);
      input.clicks.push([input.pointer[0], input.pointer[1]]);
    }
    input.primaryDown = false;
  };
  const onLeave = () => {
    input.pointerInside = false;
  };
  const onWheel = (event: WheelEvent) => {
    event.preventDefault();
    input.wheelNotches += Math.sign(event.deltaY);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    // A focused button, link or field keeps its Space and Enter (and every other key).
    if (!handledKeys.has(event.code) || isKeyboardControl(event.target)) return;
    if (event.code === 'Space') event.preventDefault();
    pressWorkshopKey(input, event.code);
  };
  const onKeyUp = (event: KeyboardEvent) => {
    releaseWorkshopKey(input, event.code);
  };
  const onBlur = () => {
    input.keys.clear();
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

/** A key goes down: the same path for the keyboard and the on-screen buttons of a touch screen. */
export function pressWorkshopKey(input: DesktopInput, code: string): void {
  if (!input.keys.has(code)) input.pressed.add(code);
  input.keys.add(code);
}

export function releaseWorkshopKey(input: DesktopInput, code: string): void {
  input.keys.delete(code);
}

/** Reads and clears a key press (edge, not level). */
export function consumeKeyPress(input: DesktopInput, code: string): boolean {
  return input.pressed.delete(code);
}
