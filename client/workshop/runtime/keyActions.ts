// Keys mean what the scene says they mean: a scene declares its actions and the keys that stand
// for them; the runtime listens to those keys only and hands the scene actions, never key codes.
// An on-screen button presses an action down the same path as its key, so both act alike.
import type { TimedKey } from './keySteps';

export interface KeyActionSpec {
  /** KeyboardEvent.code values that stand for the action (empty: on-screen buttons only) */
  readonly keys: readonly string[];
  /** its downs and ups are queued with their event times (advanceKeys applies them in time order) */
  readonly timed?: boolean;
}

/** A scene's actions by name. */
export type KeyActionMap = Readonly<Record<string, KeyActionSpec>>;

export interface KeyActions {
  /** the declared actions, and the action each key code stands for */
  readonly declared: Map<string, KeyActionSpec>;
  readonly byKey: Map<string, string>;
  /** what holds each action down now: key codes, or an on-screen control's name */
  readonly holders: Map<string, Set<string>>;
  /** actions pressed since the scene last read them (edges, not levels) */
  readonly pressed: Set<string>;
  /** timed actions' downs and ups not yet consumed by the scene, with their event times */
  readonly events: TimedKey[];
  readonly listeners: Map<string, Set<(atMs: number) => void>>;
}

/** Anything carrying key actions: the runtime's desktop input. */
export interface WithKeyActions {
  readonly actions: KeyActions;
}

export function createKeyActions(): KeyActions {
  return { declared: new Map(), byKey: new Map(), holders: new Map(), pressed: new Set(), events: [], listeners: new Map() };
}

/** Queued readings kept while nobody consumes them (a hidden tab): the oldest go first. */
const maxQueued = 2048;

export function enqueueBounded<T>(queue: T[], item: T): void {
  if (queue.length >= maxQueued) queue.splice(0, queue.length - maxQueued + 1);
  queue.push(item);
}

/**
 * Declares the scene's actions and their keys; returns the undeclare (for an effect's cleanup),
 * which releases what is still held. A key already bound to another action is a scene bug: it throws.
 */
export function declareKeyActions(target: WithKeyActions, map: KeyActionMap): () => void {
  const actions = target.actions;
  for (const [name, spec] of Object.entries(map)) {
    if (actions.declared.has(name)) throw new Error(`key action "${name}" is declared twice`);
    for (const key of spec.keys) {
      const bound = actions.byKey.get(key);
      if (bound !== undefined) throw new Error(`key ${key} already stands for "${bound}", not also "${name}"`);
    }
    actions.declared.set(name, spec);
    for (const key of spec.keys) actions.byKey.set(key, name);
  }
  return () => {
    for (const [name, spec] of Object.entries(map)) {
      if (actions.declared.get(name) !== spec) continue;
      for (const holder of [...(actions.holders.get(name) ?? [])]) releaseKeyAction(target, name, holder);
      for (const key of spec.keys) actions.byKey.delete(key);
      actions.declared.delete(name);
      actions.pressed.delete(name);
    }
  };
}

/** The action a key code stands for now, if the scene declared one. */
export function actionForKey(target: WithKeyActions, code: string): string | undefined {
  return target.actions.byKey.get(code);
}

/**
 * `holder` (a key code, or an on-screen control) presses the action at `atMs` (performance.now()
 * time). The first holder makes the press: a press edge, a timed down, the listeners.
 */
export function pressKeyAction(target: WithKeyActions, action: string, holder = 'button', atMs: number = performance.now()): void {
  const actions = target.actions;
  const spec = actions.declared.get(action);
  if (!spec) return;
  let holders = actions.holders.get(action);
  if (!holders) actions.holders.set(action, (holders = new Set()));
  if (holders.has(holder)) return;
  holders.add(holder);
  if (holders.size > 1) return;
  actions.pressed.add(action);
  if (spec.timed) enqueueBounded(actions.events, { action, down: true, t: atMs });
  for (const listener of actions.listeners.get(action) ?? []) listener(atMs);
}

/** `holder` lets go; the action is up when its last holder has. */
export function releaseKeyAction(target: WithKeyActions, action: string, holder = 'button', atMs: number = performance.now()): void {
  const actions = target.actions;
  const holders = actions.holders.get(action);
  if (!holders?.delete(holder) || holders.size > 0) return;
  if (actions.declared.get(action)?.timed) enqueueBounded(actions.events, { action, down: false, t: atMs });
}

/** Focus gone: every held action counts as released at `atMs`. */
export function releaseAllKeyActions(target: WithKeyActions, atMs: number): void {
  for (const [action, holders] of target.actions.holders) for (const holder of [...holders]) releaseKeyAction(target, action, holder, atMs);
}

/** Whether anything holds the action down now (the level; timed actions are better read through advanceKeys). */
export function isKeyActionDown(target: WithKeyActions, action: string): boolean {
  return (target.actions.holders.get(action)?.size ?? 0) > 0;
}

/** Reads and clears an action's press (edge, not level). */
export function consumeActionPress(target: WithKeyActions, action: string): boolean {
  return target.actions.pressed.delete(action);
}

/** Calls `listener` at each press of the action (for page state such as a panel shown or hidden); returns the unsubscribe. */
export function onKeyAction(target: WithKeyActions, action: string, listener: (atMs: number) => void): () => void {
  const listeners = target.actions.listeners;
  let set = listeners.get(action);
  if (!set) listeners.set(action, (set = new Set()));
  set.add(listener);
  return () => {
    set.delete(listener);
  };
}
