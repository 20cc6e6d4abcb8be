// The candidate's exam card: Start only inside the window and before any attempt, Continue while
// in progress, the reason when it cannot start, and how it ended after; cards in the order needed.
import { describe, expect, it } from 'vitest';
import type { Exam } from '../../../../scenes/protocol/exams';
import { examCardState, examWorkshopPath, sortExamsForCandidate } from '../../../../client/pages/home/examCardState';

const opensAt = '2026-11-30T08:00:00.000Z';
const closesAt = '2026-11-30T10:00:00.000Z';
const at = (iso: string) => Date.parse(iso);
const exam = (over: Partial<Exam> = {}, candidate: Partial<Exam['candidates'][number]> = {}) =>
  ({ id: 'e1', sceneId: 'welding-bead', status: 'open', opensAt, closesAt, candidates: [{ learnerId: 'u1', name: 'A', status: 'not_started', ...candidate }], ...over }) as Exam;

describe('examCardState', () => {
  it('offers Start inside the window before any attempt', () => {
    expect(examCardState(exam(), at('2026-11-30T09:00:00Z'))).toEqual({ kind: 'start' });
  });

  it('says when it opens before the window, and turns to Start when the time comes', () => {
    const scheduled = exam({ status: 'scheduled' });
    expect(examCardState(scheduled, at('2026-11-30T07:59:59Z'))).toEqual({ kind: 'opensLater', opensAt });
    expect(examCardState(scheduled, at(opensAt))).toEqual({ kind: 'start' });
  });

  it('is closed after the window (or when the server says so) if never started', () => {
    expect(examCardState(exam(), at(closesAt))).toEqual({ kind: 'closed', closesAt });
    expect(examCardState(exam({ status: 'closed' }), at('2026-11-30T09:00:00Z'))).toEqual({ kind: 'closed', closesAt });
  });

  it('offers Continue while in progress, even past the window (the server keeps the deadline)', () => {
    const deadlineAt = '2026-11-30T10:00:00.000Z';
    expect(examCardState(exam({ status: 'closed' }, { status: 'in_progress', sessionId: 's1', deadlineAt }), at('2026-11-30T10:00:30Z'))).toEqual({ kind: 'continue', deadlineAt });
  });

  it('says how the attempt ended', () => {
    for (const status of ['submitted', 'timed_out', 'stopped'] as const) expect(examCardState(exam({}, { status }), at(opensAt))).toEqual({ kind: 'done', outcome: status });
  });

  it('puts what can be taken now first, then what is coming, then the past', () => {
    const now = at('2026-11-30T09:00:00Z');
    const later = exam({ id: 'later', status: 'scheduled', opensAt: '2026-12-01T08:00:00.000Z', closesAt: '2026-12-01T10:00:00.000Z' });
    const done = exam({ id: 'done' }, { status: 'submitted' });
    const open = exam({ id: 'open' });
    const going = exam({ id: 'going' }, { status: 'in_progress' });
    expect(sortExamsForCandidate([done, later, open, going], now).map((e) => e.id)).toEqual(['going', 'open', 'later', 'done']);
  });

  it('links into the workshop in exam mode', () => {
    expect(examWorkshopPath({ id: 'e 1', sceneId: 'welding-bead' })).toBe('/workshop/welding-bead?exam=e%201');
  });
});
