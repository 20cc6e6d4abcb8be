// The dashboard's alerts (issue 11): a candidate disconnected for more than 30 s during their
// attempt, a critical error, or not started 5 minutes after the exam opened. Computed here,
// from the tile and the clock, so an alert appears when its time comes without a push.
import type { CandidateTile } from './candidateTile';
import { offlineFor } from './candidateTile';

export const alertRules = {
  disconnectedForMs: 30_000,
  notStartedAfterOpeningMs: 5 * 60_000,
} as const;

export const alertKinds = ['disconnected', 'critical', 'notStarted'] as const;
export type AlertKind = (typeof alertKinds)[number];

/** The exam's window on this PC's clock (epoch ms). */
export interface ExamWindow {
  opensAtMs: number;
  closesAtMs: number;
}

export function examWindow(exam: { opensAt: string; closesAt: string }): ExamWindow {
  return { opensAtMs: Date.parse(exam.opensAt), closesAtMs: Date.parse(exam.closesAt) };
}

export function candidateAlerts(tile: CandidateTile, exam: ExamWindow, nowMs: number): AlertKind[] {
  const alerts: AlertKind[] = [];
  const offline = offlineFor(tile, nowMs);
  if (tile.status === 'in_progress' && offline !== null && offline > alertRules.disconnectedForMs) alerts.push('disconnected');
  if (tile.critical.length > 0) alerts.push('critical');
  // While the exam is open: after it closes a late start is no longer possible, nothing to act on.
  if (tile.status === 'not_started' && nowMs - exam.opensAtMs >= alertRules.notStartedAfterOpeningMs && nowMs < exam.closesAtMs) alerts.push('notStarted');
  return alerts;
}

/** How many candidates have each alert (the aria-live summary). */
export function countAlerts(alertsByTile: readonly (readonly AlertKind[])[]): Record<AlertKind, number> & { candidates: number } {
  const counts = { disconnected: 0, critical: 0, notStarted: 0, candidates: 0 };
  for (const alerts of alertsByTile) {
    if (alerts.length > 0) counts.candidates += 1;
    for (const alert of alerts) counts[alert] += 1;
  }
  return counts;
}
