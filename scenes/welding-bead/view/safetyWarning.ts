// Practice mode's safety warning: the moment the trigger is pulled with the torch in hand while
// the helmet or the gloves are off, the learner is told what is missing — the same moment the
// rubric records `arc-without-helmet` / `arc-without-gloves` (any torch sample with `arc: true`
// while the item is not worn), not at Finish. The warning stays until the missing item is put
// on, so a short tap of the trigger is not missed. Exams show no cues, so no warning either.
import type { WorkshopMode } from '../../../client/workshop/kit';
import type { PpeItem } from './weldingSession';

/** The order the warning names missing items in: the helmet (eyes) first. */
export const ppeItems: readonly PpeItem[] = ['helmet', 'gloves'];

export interface SafetyInput {
  mode: WorkshopMode;
  torch: { held: boolean; arc: boolean };
  ppe: Readonly<Record<PpeItem, boolean>>;
}

/**
 * What the learner struck the arc without and has not put on since: the warning's memory,
 * one plain object per session, updated every frame by `updateSafetyWarning`.
 */
export type UnsafeStrikes = Record<PpeItem, boolean>;

export interface SafetyWarning {
  /** struck without these and still not wearing them, helmet first; never empty */
  missing: PpeItem[];
  /** the trigger is still pulled without them: stop now */
  arcOn: boolean;
}

export function createUnsafeStrikes(): UnsafeStrikes {
  return { helmet: false, gloves: false };
}

/** The rubric's rule for one torch sample: the critical errors it would raise (helmet first). */
export function unsafeArcItems(input: Omit<SafetyInput, 'mode'>): PpeItem[] {
  if (!input.torch.held || !input.torch.arc) return [];
  return ppeItems.filter((item) => !input.ppe[item]);
}

/**
 * Folds this frame's state into `strikes` and returns the warning to show, or null. In exam
 * mode it always returns null and remembers nothing.
 */
export function updateSafetyWarning(strikes: UnsafeStrikes, input: SafetyInput): SafetyWarning | null {
  if (input.mode !== 'practice') return null;
  for (const item of unsafeArcItems(input)) strikes[item] = true;
  for (const item of ppeItems) if (input.ppe[item]) strikes[item] = false;
  const missing = ppeItems.filter((item) => strikes[item]);
  if (missing.length === 0) return null;
  return { missing, arcOn: input.torch.held && input.torch.arc };
}

/** Same warning, same words: compares two warnings so a view redraws only on a change. */
export function sameSafetyWarning(a: SafetyWarning | null, b: SafetyWarning | null): boolean {
  if (a === null || b === null) return a === b;
  return a.arcOn === b.arcOn && a.missing.join() === b.missing.join();
}

/** The warning as the views read it: kept by the bench's frame loop, read by the overlay and the headset panel. */
export interface SafetyMonitor {
  readonly strikes: UnsafeStrikes;
  /** the warning now; replaced (never mutated) when it changes, so views compare by identity */
  warning: SafetyWarning | null;
  /** the headset panel shows it now (set by the panel each frame) */
  inHeadset: boolean;
}

export function createSafetyMonitor(): SafetyMonitor {
  return { strikes: createUnsafeStrikes(), warning: null, inHeadset: false };
}

export function updateSafetyMonitor(monitor: SafetyMonitor, input: SafetyInput): void {
  const next = updateSafetyWarning(monitor.strikes, input);
  if (!sameSafetyWarning(next, monitor.warning)) monitor.warning = next;
}

/** A replay seeking backwards: forget what was struck. */
export function resetSafetyMonitor(monitor: SafetyMonitor): void {
  monitor.strikes.helmet = false;
  monitor.strikes.gloves = false;
  monitor.warning = null;
}
