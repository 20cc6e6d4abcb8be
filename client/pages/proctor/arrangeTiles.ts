// Which tiles show and in what order: sorting (name, status, score, time left; alerts first)
// and filtering (status, only alerts, name search) for 40+ candidates. Pure: the dashboard
// calls it with the tiles and the clock and renders the ids it answers.
import type { CandidateStatus } from '../../../scenes/protocol/exams';
import type { AlertKind } from './alerts';
import { remainingAt, type CandidateTile } from './candidateTile';

export const sortKeys = ['name', 'status', 'score', 'remaining'] as const;
export type SortKey = (typeof sortKeys)[number];
export const statusFilters = ['all', 'not_started', 'in_progress', 'ended'] as const;
export type StatusFilter = (typeof statusFilters)[number];

export interface TileArrangement {
  sort: SortKey;
  alertsFirst: boolean;
  status: StatusFilter;
  onlyAlerts: boolean;
  /** Part of a name, any case, with or without Vietnamese marks. */
  search: string;
}

export const defaultArrangement: TileArrangement = { sort: 'name', alertsFirst: true, status: 'all', onlyAlerts: false, search: '' };

/** Running attempts first: they are the ones to watch; then waiting, then ended. */
const statusRank: Record<CandidateStatus, number> = { in_progress: 0, not_started: 1, stopped: 2, timed_out: 3, submitted: 4 };
const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** "Nguyễn Văn Đức" → "nguyen van duc": a search need not type the marks. */
export function foldName(name: string): string {
  return name.normalize('NFD').replace(/\p{Mn}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

function matchesStatus(status: CandidateStatus, filter: StatusFilter): boolean {
  if (filter === 'all') return true;
  if (filter === 'ended') return status === 'submitted' || status === 'timed_out' || status === 'stopped';
  return status === filter;
}

export function arrangeTiles(tiles: readonly CandidateTile[], alertsOf: (tile: CandidateTile) => readonly AlertKind[], arrangement: TileArrangement, nowMs: number): string[] {
  const search = foldName(arrangement.search.trim());
  const shown = tiles
    .map((tile) => ({ tile, alerts: alertsOf(tile).length }))
    .filter(({ tile, alerts }) => matchesStatus(tile.status, arrangement.status) && (!arrangement.onlyAlerts || alerts > 0) && (!search || foldName(tile.name).includes(search)));
  const byKey = (a: CandidateTile, b: CandidateTile): number => {
    switch (arrangement.sort) {
      case 'status':
        return statusRank[a.status] - statusRank[b.status];
      case 'score':
        // Highest first; no score yet (not started) last.
        return (b.live?.total ?? -1) - (a.live?.total ?? -1);
      case 'remaining': {
        // Least time left first among running attempts; the others after them.
        const left = (t: CandidateTile) => (t.status === 'in_progress' ? remainingAt(t, nowMs) : Number.POSITIVE_INFINITY);
        const [x, y] = [left(a), left(b)];
        return x === y ? 0 : x < y ? -1 : 1;
      }
      case 'name':
        return 0;
    }
  };
  shown.sort((a, b) => {
    if (arrangement.alertsFirst && (a.alerts > 0) !== (b.alerts > 0)) return a.alerts > 0 ? -1 : 1;
    return byKey(a.tile, b.tile) || collator.compare(a.tile.name, b.tile.name) || a.tile.learnerId.localeCompare(b.tile.learnerId);
  });
  return shown.map(({ tile }) => tile.learnerId);
}
