// The review's step timeline for a procedure scene, as plain data: each action at its time with
// its label, the step it completed in order or attempted out of order, the critical errors it
// caused, and per scored procedure which steps counted. Built from the scene's own timeline()
// (the scoring fold), so the page and the score cannot disagree. Pure: unit-tested as is.
import type { AttemptEvent } from '../../../scenes/rubric/events';
import type { CriticalError } from '../../../scenes/rubric/report';
import { readSceneParams } from '../../../scenes/rubric/scoreLog';
import type { SceneRules } from '../../../scenes/types';
import type { UiLanguage } from '../../i18n/format';

export interface TimelineRow {
  /** the action's seq; 0 for a critical error judged on the attempt as a whole */
  readonly seq: number;
  readonly t: number;
  /** mm:ss from the start of the attempt */
  readonly time: string;
  readonly label: string;
  readonly step?: { readonly criterionId: string; readonly id: string; readonly name: string; readonly inOrder: boolean };
  readonly critical: readonly { readonly id: string; readonly name: string }[];
}

export interface ChecklistStep {
  readonly id: string;
  readonly name: string;
  /** when it counted (its last attempt, done in order and to the standard); undefined when it did not */
  readonly countedAt?: number;
}

export interface ProcedureChecklist {
  readonly criterionId: string;
  readonly name: string;
  readonly steps: readonly ChecklistStep[];
  readonly counted: number;
}

export interface StepTimelineView {
  readonly rows: readonly TimelineRow[];
  readonly checklists: readonly ProcedureChecklist[];
  readonly outOfOrder: number;
  readonly critical: number;
}

/** mm:ss (hours roll into minutes: an attempt never lasts that long, and the column stays narrow). */
export function clockTime(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  return `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}

/**
 * The timeline of a stored attempt, or null for a scene without procedure steps (or with
 * parameters that fail its schema). `reportCritical`: the stored report's critical errors; those
 * no action carries (judged on the attempt as a whole, e.g. left unsafe at the end) get a row.
 */
export function stepTimelineView(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any scene, whatever its params
  rules: SceneRules<any>,
  events: readonly AttemptEvent[],
  params: unknown,
  language: UiLanguage,
  reportCritical: readonly CriticalError[] = [],
): StepTimelineView | null {
  if (rules.procedureSteps.length === 0) return null;
  const reading = readSceneParams(rules, params);
  if (!reading.ok) return null;
  const name = (id: string) => rules.names[id]?.[language] ?? id;
  const stepName = new Map(rules.procedureSteps.map((s) => [`${s.criterionId}/${s.id}`, s.name[language]]));
  const counted = new Map<string, number | undefined>();
  const rows: TimelineRow[] = rules.timeline(events, reading.params).map((entry) => {
    const step = entry.step && { ...entry.step, name: stepName.get(`${entry.step.criterionId}/${entry.step.id}`) ?? entry.step.id };
    const key = step && `${step.criterionId}/${step.id}`;
    // A step's last entry decides: an ordered step once counted is never attempted again, and
    // where the last try wins (a torque redone out of band) a later miss takes the count back.
    if (key) counted.set(key, step.inOrder ? entry.t : undefined);
    return { seq: entry.seq, t: entry.t, time: clockTime(entry.t), label: entry.label[language], step, critical: (entry.critical ?? []).map((id) => ({ id, name: name(id) })) };
  });
  const shown = new Set(rows.flatMap((row) => row.critical.map((c) => c.id)));
  for (const error of reportCritical) {
    if (shown.has(error.id)) continue;
    rows.push({ seq: 0, t: error.t, time: clockTime(error.t), label: name(error.id), critical: [{ id: error.id, name: name(error.id) }] });
  }
  // Stable: an end-of-attempt error follows the actions of its moment.
  rows.sort((a, b) => a.t - b.t || (a.seq || Infinity) - (b.seq || Infinity));

  const criterionIds = [...new Set(rules.procedureSteps.map((s) => s.criterionId))];
  const checklists = criterionIds.map((criterionId): ProcedureChecklist => {
    const steps = rules.procedureSteps
      .filter((s) => s.criterionId === criterionId)
      .map((s) => ({ id: s.id, name: s.name[language], countedAt: counted.get(`${criterionId}/${s.id}`) }));
    return { criterionId, name: name(criterionId), steps, counted: steps.filter((s) => s.countedAt !== undefined).length };
  });
  return {
    rows,
    checklists,
    outOfOrder: rows.filter((row) => row.step && !row.step.inOrder).length,
    critical: rows.reduce((n, row) => n + row.critical.length, 0),
  };
}
