// Candidate states for the dashboard's unit tests, shaped as the server pushes them.
import type { CandidateLive } from '../../../../scenes/protocol/proctor';
import type { ScoreReport } from '../../../../scenes/rubric/report';

export function report(total: number, critical: ScoreReport['critical'] = []): ScoreReport {
  return {
    sceneId: 'welding-bead',
    rubricVersion: '1',
    total,
    passed: total >= 70 && critical.length === 0,
    criteria: [{ id: 'work-angle', weight: 20, score: total / 100, points: total / 5 }],
    critical,
    durationMs: 1_000,
  };
}

export function candidate(overrides: Partial<CandidateLive> = {}): CandidateLive {
  return {
    learnerId: 'l1',
    name: 'Nguyễn Văn An',
    sessionId: 's1',
    status: 'in_progress',
    connected: true,
    ackedSeq: 10,
    elapsedMs: 5_000,
    remainingMs: 60_000,
    live: report(50),
    critical: [],
    ...overrides,
  };
}
