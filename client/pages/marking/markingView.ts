// What a judge sees of a candidate's marking, and what the lead may do in the results table:
// pure rules over the server's Marking (PROTOCOL §7), so they are unit-tested without a page.
import type { AspectMarking, ExamResultRow, MarkingState } from '../../../scenes/protocol/marking';
import type { CandidateStatus } from '../../../scenes/protocol/exams';
import type { Marking } from '../../../scenes/protocol/marking';

/** An aspect is in disagreement when its marks differ by more than 1 (standards/MARKING.md). */
export const disagreementSpread = 1;

export interface AspectRow {
  id: string;
  max: number;
  /** The marks shown: every judge's once all have marked, else the viewer's own alone. */
  marks: { assessorId: string; mark: number }[];
  mean: number | null;
  /** max − min of the marks shown; null before any. */
  spread: number | null;
  disagreement: boolean;
  /** The viewer's own current mark, if any. */
  own: number | undefined;
}

export interface MarkingPresentation {
  /** Every judge's marks, the means and the disagreements are on show. */
  showAll: boolean;
  signedOff: boolean;
  /** The viewer may change their marks now (a judge of the exam, the attempt ended, not signed off). */
  editable: boolean;
  rows: AspectRow[];
  /** Ids of the aspects in disagreement (only when showAll). */
  disagreements: string[];
}

const spreadOf = (marks: readonly { mark: number }[]) => (marks.length === 0 ? null : Math.max(...marks.map((m) => m.mark)) - Math.min(...marks.map((m) => m.mark)));
const meanOf = (marks: readonly { mark: number }[]) => (marks.length === 0 ? null : marks.reduce((sum, m) => sum + m.mark, 0) / marks.length);

/**
 * `viewerId`: the signed-in user; `judge`: they are one of the exam's assessors (an admin only reads).
 * While marks are awaited a judge sees their own marks alone, whatever the answer holds: the
 * server hides the others already (othersHidden), this keeps the page honest if it did not.
 */
export function presentMarking(marking: Marking, viewerId: string, judge: boolean, attemptEnded = true): MarkingPresentation {
  const signedOff = marking.state === 'signed_off';
  const showAll = signedOff || (!marking.othersHidden && !(judge && marking.state === 'awaiting_marks'));
  const rows = marking.aspects.map((aspect: AspectMarking): AspectRow => {
    const own = aspect.marks.find((m) => m.assessorId === viewerId)?.mark;
    const marks = showAll ? aspect.marks : aspect.marks.filter((m) => m.assessorId === viewerId);
    const spread = spreadOf(marks);
    return {
      id: aspect.id,
      max: aspect.max,
      marks,
      mean: showAll ? (aspect.mean ?? meanOf(marks)) : meanOf(marks),
      spread,
      disagreement: showAll && (aspect.disagreement || (spread ?? 0) > disagreementSpread),
      own,
    };
  });
  return {
    showAll,
    signedOff,
    editable: judge && attemptEnded && !signedOff,
    rows,
    disagreements: rows.filter((row) => row.disagreement).map((row) => row.id),
  };
}

/** The judge's unsaved choice per aspect: undefined until they pick a mark. */
export type MarkDraft = Record<string, number | undefined>;

export function draftFromMarking(aspectIds: readonly string[], rows: readonly AspectRow[]): MarkDraft {
  return Object.fromEntries(aspectIds.map((id) => [id, rows.find((row) => row.id === id)?.own]));
}

/** The marks the judge has picked, as PUT .../marks takes them. */
export function marksToSend(draft: MarkDraft): Record<string, number> {
  return Object.fromEntries(Object.entries(draft).filter((entry): entry is [string, number] => entry[1] !== undefined));
}

/** Something to save: a mark picked or changed, or a note written. */
export function draftChanged(draft: MarkDraft, saved: MarkDraft, note: string): boolean {
  return note.trim() !== '' || Object.keys(draft).some((id) => draft[id] !== undefined && draft[id] !== saved[id]);
}

export function draftProgress(draft: MarkDraft): { marked: number; total: number } {
  const values = Object.values(draft);
  return { marked: values.filter((mark) => mark !== undefined).length, total: values.length };
}

export const endedStatuses: readonly CandidateStatus[] = ['submitted', 'timed_out', 'stopped'];
export const attemptEnded = (status: CandidateStatus) => endedStatuses.includes(status);

/** A row's place in marking: not ended yet, or the marking's state. */
export type ResultState = 'not_ended' | MarkingState;

export function resultState(row: Pick<ExamResultRow, 'status' | 'marking' | 'signedOffAt'>): ResultState {
  if (row.signedOffAt) return 'signed_off';
  if (!attemptEnded(row.status)) return 'not_ended';
  return row.marking?.state ?? 'awaiting_marks';
}

export const canSignOff = (row: Pick<ExamResultRow, 'status' | 'marking' | 'signedOffAt'>, isLead: boolean) => isLead && resultState(row) === 'ready';

/** Why sign-off was refused, as far as the row tells: what the lead reads under the refusal. */
export type SignOffGap =
  | { kind: 'not_ended' }
  | { kind: 'marks_missing'; aspects: { id: string; have: number; need: number }[] }
  | { kind: 'disagreement'; aspects: string[] }
  | { kind: 'signed_off' }
  | { kind: 'unknown' };

export function signOffGap(row: Pick<ExamResultRow, 'status' | 'marking' | 'signedOffAt'>, judges: number): SignOffGap {
  const state = resultState(row);
  if (state === 'not_ended') return { kind: 'not_ended' };
  if (state === 'signed_off') return { kind: 'signed_off' };
  // A judge's row before every mark is in holds their own marks alone: it cannot count the others'.
  if (row.marking?.othersHidden) return { kind: 'marks_missing', aspects: [] };
  const aspects = row.marking?.aspects ?? [];
  const missing = aspects.filter((a) => a.marks.length < judges).map((a) => ({ id: a.id, have: a.marks.length, need: judges }));
  if (state === 'awaiting_marks' || missing.length > 0) return { kind: 'marks_missing', aspects: missing };
  const split = aspects.filter((a) => a.disagreement).map((a) => a.id);
  if (state === 'disagreement' || split.length > 0) return { kind: 'disagreement', aspects: split };
  return { kind: 'unknown' };
}
