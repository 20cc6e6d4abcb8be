// Procedure scenes are reviewed as a timeline of actions rather than parameter plots: each action
// at its time, the procedure step it completed (in order or not) and the critical errors it caused.
// A scene builds its timeline from the same fold its scorer runs, so the two cannot disagree.
import type { LocalizedText } from '../protocol/rest';

/** One step of a scored procedure (e.g. the isolation sequence's "lock applied"). */
export interface ProcedureStep {
  /** the criterion the step scores under */
  readonly criterionId: string;
  readonly id: string;
  readonly name: LocalizedText;
}

/** One action of an attempt, as the review timeline shows it. */
export interface TimelineEntry {
  readonly seq: number;
  readonly t: number;
  /** what was done, in words ("C3 switched off") */
  readonly label: LocalizedText;
  /** the procedure step this action completed, or attempted out of order */
  readonly step?: { readonly criterionId: string; readonly id: string; readonly inOrder: boolean };
  /** ids of the critical errors this action caused (reported at its t) */
  readonly critical?: readonly string[];
}
