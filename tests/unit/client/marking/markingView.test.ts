// What a judge sees of a marking and what the lead may do: own marks only while marks are
// awaited, every mark with means and disagreements after, read-only after sign-off; the form's
// draft; the results row's state, sign-off button and what a refused sign-off names.
import { describe, expect, it } from 'vitest';
import type { Marking } from '../../../../scenes/protocol/marking';
import {
  canSignOff,
  draftChanged,
  draftFromMarking,
  draftProgress,
  marksToSend,
  presentMarking,
  resultState,
  signOffGap,
} from '../../../../client/pages/marking/markingView';

const marking = (state: Marking['state'], marks: Record<string, Record<string, number>>, extra: Partial<Marking> = {}): Marking => ({
  aspects: Object.entries(marks).map(([id, byJudge]) => {
    const values = Object.values(byJudge);
    return {
      id,
      max: 10,
      marks: Object.entries(byJudge).map(([assessorId, mark]) => ({ assessorId, mark })),
      mean: values.length ? values.reduce((a, b) => a + b, 0) / values.length : null,
      disagreement: values.length > 0 && Math.max(...values) - Math.min(...values) > 1,
    };
  }),
  judgementPoints: 0,
  final: 70,
  passed: true,
  state,
  ...extra,
});

describe('presentMarking', () => {
  it('shows a judge only their own marks while marks are awaited, even if the answer held more', () => {
    const view = presentMarking(marking('awaiting_marks', { bead: { a1: 1, a2: 3 }, practice: { a1: 2 } }), 'a1', true);
    expect(view.showAll).toBe(false);
    expect(view.rows.map((row) => row.marks)).toEqual([[{ assessorId: 'a1', mark: 1 }], [{ assessorId: 'a1', mark: 2 }]]);
    expect(view.rows[0]!.mean).toBe(1);
    expect(view.disagreements).toEqual([]);
    expect(view.rows.every((row) => !row.disagreement)).toBe(true);
    expect(view.editable).toBe(true);
  });

  it('hides the others when the server says so, whatever the state', () => {
    const view = presentMarking(marking('disagreement', { bead: { a1: 1 } }, { othersHidden: true }), 'a1', true);
    expect(view.showAll).toBe(false);
  });

  it('shows every mark, the means and the disagreements (spread > 1) once every judge has marked', () => {
    const view = presentMarking(marking('disagreement', { bead: { a1: 1, a2: 3, a3: 2 }, practice: { a1: 2, a2: 2, a3: 1 } }), 'a2', true);
    expect(view.showAll).toBe(true);
    expect(view.rows[0]).toMatchObject({ id: 'bead', mean: 2, spread: 2, disagreement: true, own: 3 });
    expect(view.rows[1]).toMatchObject({ id: 'practice', spread: 1, disagreement: false, own: 2 });
    expect(view.disagreements).toEqual(['bead']);
  });

  it('highlights a spread over 1 even if the answer did not flag it, and never a spread of exactly 1', () => {
    const m = marking('ready', { bead: { a1: 0, a2: 2 }, practice: { a1: 3, a2: 2 } });
    m.aspects[0]!.disagreement = false;
    expect(presentMarking(m, 'a1', true).disagreements).toEqual(['bead']);
  });

  it('is read-only and shows everything after sign-off', () => {
    const view = presentMarking(marking('signed_off', { bead: { a1: 2, a2: 2 } }), 'a1', true);
    expect(view).toMatchObject({ signedOff: true, editable: false, showAll: true });
  });

  it('lets no one edit who is no judge, or before the attempt ended', () => {
    expect(presentMarking(marking('ready', { bead: { a1: 2 } }), 'admin', false).editable).toBe(false);
    expect(presentMarking(marking('awaiting_marks', {}), 'a1', true, false).editable).toBe(false);
  });
});

describe('the mark form draft', () => {
  const rows = presentMarking(marking('awaiting_marks', { bead: { a1: 2 }, practice: {} }), 'a1', true).rows;

  it('starts from the judge’s own saved marks; unmarked aspects are empty', () => {
    expect(draftFromMarking(['bead', 'practice'], rows)).toEqual({ bead: 2, practice: undefined });
  });

  it('sends only the picked marks, counts progress, and knows when there is something to save', () => {
    const saved = draftFromMarking(['bead', 'practice'], rows);
    expect(draftChanged(saved, saved, '')).toBe(false);
    expect(draftChanged(saved, saved, '  a note ')).toBe(true);
    const picked = { ...saved, practice: 0 };
    expect(draftChanged(picked, saved, '')).toBe(true);
    expect(marksToSend(picked)).toEqual({ bead: 2, practice: 0 });
    expect(marksToSend(saved)).toEqual({ bead: 2 });
    expect(draftProgress(saved)).toEqual({ marked: 1, total: 2 });
    expect(draftProgress(picked)).toEqual({ marked: 2, total: 2 });
  });
});

describe('results rows', () => {
  it('reads not ended before the attempt ends, the marking state after, signed off once signed', () => {
    expect(resultState({ status: 'in_progress' })).toBe('not_ended');
    expect(resultState({ status: 'not_started', marking: marking('awaiting_marks', {}) })).toBe('not_ended');
    expect(resultState({ status: 'submitted' })).toBe('awaiting_marks');
    expect(resultState({ status: 'timed_out', marking: marking('ready', {}) })).toBe('ready');
    expect(resultState({ status: 'stopped', marking: marking('ready', {}), signedOffAt: '2026-11-30T20:00:00Z' })).toBe('signed_off');
  });

  it('offers Sign off to the lead on a ready row only', () => {
    const ready = { status: 'submitted' as const, marking: marking('ready', {}) };
    expect(canSignOff(ready, true)).toBe(true);
    expect(canSignOff(ready, false)).toBe(false);
    expect(canSignOff({ status: 'submitted', marking: marking('disagreement', {}) }, true)).toBe(false);
    expect(canSignOff({ ...ready, signedOffAt: '2026-11-30T20:00:00Z' }, true)).toBe(false);
  });

  it('names what a refused sign-off misses: the attempt, the marks per aspect, the aspects apart', () => {
    expect(signOffGap({ status: 'in_progress' }, 3)).toEqual({ kind: 'not_ended' });
    expect(signOffGap({ status: 'submitted', marking: marking('awaiting_marks', { bead: { a1: 1, a2: 1 }, practice: { a1: 1, a2: 1, a3: 1 } }) }, 3)).toEqual({
      kind: 'marks_missing',
      aspects: [{ id: 'bead', have: 2, need: 3 }],
    });
    expect(signOffGap({ status: 'submitted', marking: marking('disagreement', { bead: { a1: 0, a2: 2, a3: 1 }, practice: { a1: 1, a2: 1, a3: 1 } }) }, 3)).toEqual({
      kind: 'disagreement',
      aspects: ['bead'],
    });
    expect(signOffGap({ status: 'submitted', marking: marking('ready', { bead: { a1: 1 } }) }, 1)).toEqual({ kind: 'unknown' });
    // The lead's own view before every judge marked: no counts it cannot know.
    expect(signOffGap({ status: 'submitted', marking: marking('awaiting_marks', { bead: { a1: 1 } }, { othersHidden: true }) }, 3)).toEqual({ kind: 'marks_missing', aspects: [] });
  });
});
