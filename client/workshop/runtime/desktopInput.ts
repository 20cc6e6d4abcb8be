// Mouse, keyboard and touch on the canvas, gathered into one plain object the scene reads each
// frame. Listeners only write numbers and flags; nothing here renders or sets React state.
// Pointer moves (every coalesced one) and the keys that steer the torch are also queued with
// their events' own times, so the scene samples the hand at the device's rate, not the frame's.
import type { PointerSample } from './pointerSamples';
import type { TimedKey } from './keySteps';
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
  /** pointer readings not yet consumed by the scene, oldest first (event.timeStamp, NDC, button) */
  readonly pointerSamples: PointerSample[];
  /** the torch keys' downs and ups not yet consumed by the scene, with their event times */
  readonly keyEvents: TimedKey[];
}

export function createDesktopInput(): DesktopInput {
  return { pointer: [0, 0], pointerInside: false, primaryDown: false, clicks: [], keys: new Set(), wheelNotches: 0, pressed: new Set(), pointerSamples: [], keyEvents: [] };
}

/** Queued readings kept while nobody consumes them (a hidden tab): the oldest go first. */
const maxQueued = 2048;
/** Keys whose downs and ups the scene replays in time order (steering and the trigger). */
const timedKeys = new Set(['KeyW', 'KeyS', 'KeyA', 'KeyD', 'KeyQ', 'KeyE', 'Space']);

function enqueue<T>(queue: T[], item: T): void {
  if (queue.length >= maxQueued) queue.splice(0, queue.length - maxQueued + 1);
  queue.push(item);
}

const handledKeys = new Set(['KeyW', 'KeyS', 'KeyA', 'KeyD', 'KeyQ', 'KeyE', 'KeyR', 'Space', 'Escape', 'KeyH']);

/** Wires the listeners; returns the function that removes them. */
export function attachDesktopInput(input: DesktopInput, element: HTMLElement): () => void {
  let downX = 0;
  let downY = 0;
  let rect = element.getBoundingClientRect();
  /** Queues one reading (a coalesced event gives its own position and time). */
  const queuePointer = (event: PointerEvent, down: boolean) => {
    const x = ((event.clientX - rect.left) / rect.width) * 2 - 1;
    const y = -(((event.clientY - rect.top) / rect.height) * 2 - 1);
    enqueue(input.pointerSamples, { t: event.timeStamp, x, y, down });
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
    else if (wasDown) enqueue(input.pointerSamples, { t: event.timeStamp, x: input.pointer[0], y: input.pointer[1], down: false });
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
    // A focused button, link or field keeps its Space and Enter (and every other key).
    if (!handledKeys.has(event.code) || isKeyboardControl(event.target)) return;
    if (event.code === 'Space') event.preventDefault();
    pressWorkshopKey(input, event.code, event.timeStamp);
  };
  const onKeyUp = (event: KeyboardEvent) => {
    releaseWorkshopKey(input, event.code, event.timeStamp);
  };
  const onBlur = (event: FocusEvent) => {
    // Focus gone: every key and the button count as released now.
    for (const code of input.keys) if (timedKeys.has(code)) enqueue(input.keyEvents, { code, down: false, t: event.timeStamp });
    input.keys.clear();
    if (input.primaryDown) enqueue(input.pointerSamples, { t: event.timeStamp, x: input.pointer[0], y: input.pointer[1], down: false });
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
/**
 * A workshop key goes down at `atMs` (performance.now() time): from the keyboard, or from an
 * on-screen button that stands for the key (touch), so both act alike, per press and held.
 */
export function pressWorkshopKey(input: DesktopInput, code: string, atMs: number = performance.now()): void {
  if (!input.keys.has(code)) {
    input.pressed.add(code);
    if (timedKeys.has(code)) enqueue(input.keyEvents, { code, down: true, t: atMs });
  }
  input.keys.add(code);
}

export function releaseWorkshopKey(input: DesktopInput, code: string, atMs: number = performance.now()): void {
  if (input.keys.delete(code) && timedKeys.has(code)) enqueue(input.keyEvents, { code, down: false, t: atMs });
}

/** Reads and clears a key press (edge, not level). */
export function consumeKeyPress(input: DesktopInput, code: string): boolean {
  return input.pressed.delete(code);
}

/** Drops the queued readings (input the scene does not sample: in a headset, the page's mouse is not the hand). */
export function discardTimedInput(input: DesktopInput): void {
  input.pointerSamples.length = 0;
  input.keyEvents.length = 0;
}
