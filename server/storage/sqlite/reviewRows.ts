// Row mapping for the review queries: a finished session with the scores of its stored report.
import type { ScoredAttempt } from '../review';

export interface ScoredAttemptRow {
  id: string;
  learner_id: string;
  scene_id: string;
  finished_at: string;
  total: number;
  passed: number;
  /** The ScoreReport as stored at finish. */
  result: string;
}

interface StoredReport {
  criteria?: { id?: unknown; score?: unknown }[];
  critical?: { id?: unknown }[];
}

export function toScoredAttempt(row: ScoredAttemptRow): ScoredAttempt {
  // Read defensively: reports of older rubric versions may lack criteria the current one has.
  const report = JSON.parse(row.result) as StoredReport;
  const criteria: Record<string, number> = {};
  for (const c of report.criteria ?? []) {
    if (typeof c.id === 'string' && typeof c.score === 'number') criteria[c.id] = c.score;
  }
  const critical = (report.critical ?? []).flatMap((e) => (typeof e.id === 'string' ? [e.id] : []));
  return {
    sessionId: row.id,
    learnerId: row.learner_id,
    sceneId: row.scene_id,
    finishedAt: row.finished_at,
    total: row.total,
    passed: row.passed === 1,
    criteria,
    critical,
  };
}
