import { describe, expect, it } from 'vitest';
import { alertRules, candidateAlerts, countAlerts } from '../../../../client/pages/proctor/alerts';
import { mergeCandidate } from '../../../../client/pages/proctor/candidateTile';
import { candidate } from './fixtures';

const opensAtMs = 1_000_000;
const exam = { opensAtMs, closesAtMs: opensAtMs + 3_600_000 };

describe('dashboard alerts', () => {
  it('a candidate offline during the attempt: only after more than 30 s', () => {
    const tile = mergeCandidate(undefined, candidate({ connected: false }), opensAtMs);
    expect(candidateAlerts(tile, exam, opensAtMs + alertRules.disconnectedForMs)).toEqual([]);
    expect(candidateAlerts(tile, exam, opensAtMs + alertRules.disconnectedForMs + 1)).toEqual(['disconnected']);
  });

  it('offline before the start or after the end is no disconnection alert', () => {
    const waiting = mergeCandidate(undefined, candidate({ status: 'not_started', connected: false, live: null }), opensAtMs);
    const done = mergeCandidate(undefined, candidate({ status: 'submitted', connected: false }), opensAtMs);
    expect(candidateAlerts(waiting, exam, opensAtMs + 60_000)).toEqual([]);
    expect(candidateAlerts(done, exam, opensAtMs + 60_000)).toEqual([]);
  });

  it('a critical error, as soon as it is pushed', () => {
    const tile = mergeCandidate(undefined, candidate({ critical: [{ id: 'arc-without-helmet', t: 1_200, message: 'arc without helmet' }] }), opensAtMs);
    expect(candidateAlerts(tile, exam, opensAtMs)).toEqual(['critical']);
  });

  it('not started 5 minutes after the exam opened, while it is open', () => {
    const tile = mergeCandidate(undefined, candidate({ status: 'not_started', connected: false, live: null, sessionId: undefined }), opensAtMs);
    expect(candidateAlerts(tile, exam, opensAtMs + alertRules.notStartedAfterOpeningMs - 1)).toEqual([]);
    expect(candidateAlerts(tile, exam, opensAtMs + alertRules.notStartedAfterOpeningMs)).toEqual(['notStarted']);
    expect(candidateAlerts(tile, exam, exam.closesAtMs)).toEqual([]);
  });

  it('several at once, and counted per kind for the summary', () => {
    const tile = mergeCandidate(undefined, candidate({ connected: false, critical: [{ id: 'arc-without-gloves', t: 5, message: '' }] }), opensAtMs);
    const alerts = candidateAlerts(tile, exam, opensAtMs + 31_000);
    expect(alerts).toEqual(['disconnected', 'critical']);
    expect(countAlerts([alerts, [], ['notStarted']])).toEqual({ disconnected: 1, critical: 1, notStarted: 1, candidates: 2 });
  });
});
