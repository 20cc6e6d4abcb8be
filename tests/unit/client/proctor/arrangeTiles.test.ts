import { describe, expect, it } from 'vitest';
import type { AlertKind } from '../../../../client/pages/proctor/alerts';
import { arrangeTiles, defaultArrangement, foldName, type TileArrangement } from '../../../../client/pages/proctor/arrangeTiles';
import { mergeCandidate, type CandidateTile } from '../../../../client/pages/proctor/candidateTile';
import { candidate, report } from './fixtures';

const tiles: CandidateTile[] = [
  mergeCandidate(undefined, candidate({ learnerId: 'a', name: 'Trần Thị Bích', live: report(80), remainingMs: 50_000 }), 0),
  mergeCandidate(undefined, candidate({ learnerId: 'b', name: 'Nguyễn Văn An', live: report(40), remainingMs: 20_000 }), 0),
  mergeCandidate(undefined, candidate({ learnerId: 'c', name: 'Đặng Quốc Huy', status: 'not_started', live: null, sessionId: undefined }), 0),
  mergeCandidate(undefined, candidate({ learnerId: 'd', name: 'Lê Hoàng Cường', status: 'submitted', live: report(90) }), 0),
];
const alerts: Record<string, AlertKind[]> = { a: ['critical'] };
const arrange = (over: Partial<TileArrangement>, nowMs = 0) => arrangeTiles(tiles, (tile) => alerts[tile.learnerId] ?? [], { ...defaultArrangement, ...over }, nowMs);

describe('sorting and filtering tiles', () => {
  it('sorts by name the Vietnamese way, alerts first by default', () => {
    expect(arrange({})).toEqual(['a', 'c', 'd', 'b']);
    expect(arrange({ alertsFirst: false })).toEqual(['c', 'd', 'b', 'a']);
  });

  it('sorts by status (running first), score (highest first, none last) and time left (least first among running)', () => {
    expect(arrange({ sort: 'status', alertsFirst: false })).toEqual(['b', 'a', 'c', 'd']);
    expect(arrange({ sort: 'score', alertsFirst: false })).toEqual(['d', 'a', 'b', 'c']);
    expect(arrange({ sort: 'remaining', alertsFirst: false })).toEqual(['b', 'a', 'c', 'd']);
  });

  it('filters by status, alerts and a name typed without the marks', () => {
    expect(arrange({ status: 'in_progress' })).toEqual(['a', 'b']);
    expect(arrange({ status: 'ended' })).toEqual(['d']);
    expect(arrange({ onlyAlerts: true })).toEqual(['a']);
    expect(arrange({ search: 'dang quoc' })).toEqual(['c']);
    expect(arrange({ search: '  BÍCH ' })).toEqual(['a']);
    expect(foldName('Đặng Quốc Huy')).toBe('dang quoc huy');
  });

  it('keeps a stable order for 60 candidates with equal keys (ties by name, then id)', () => {
    const many = Array.from({ length: 60 }, (_, i) => mergeCandidate(undefined, candidate({ learnerId: `x${i}`, name: `Thí sinh ${i + 1}` }), 0));
    const order = arrangeTiles(many, () => [], { ...defaultArrangement, sort: 'score' }, 0);
    expect(order).toHaveLength(60);
    expect(order.slice(0, 3)).toEqual(['x0', 'x1', 'x2']);
    expect(order.at(-1)).toBe('x59');
  });
});
