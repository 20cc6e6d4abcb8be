// A proctor tile from what the server holds (server/exams/candidateLive.ts): before the start,
// while active (live report, raised errors only, the server's clock), and once ended.
import { describe, expect, it } from 'vitest';
import { candidateLive } from '../../../../server/exams/candidateLive';
import type { ScoreReport } from '../../../../scenes/rubric/report';
import type { SessionRecord } from '../../../../server/storage/store';

const minute = 60_000;
const report = (total: number, critical: ScoreReport['critical'] = []): ScoreReport => ({
  sceneId: 'welding-bead',
  rubricVersion: '1',
  total,
  passed: false,
  criteria: [],
  critical,
  durationMs: 0,
});
const record = (overrides: Partial<SessionRecord> = {}): SessionRecord => ({
  no: 1,
  id: 's1',
  learnerId: 'l1',
  sceneId: 'welding-bead',
  mode: 'exam',
  examId: 'e1',
  params: {},
  status: 'active',
  startedAt: new Date(0).toISOString(),
  startedAtMs: 0,
  ackedSeq: 42,
  finishedAt: undefined,
  result: undefined,
  lastActivityMs: 0,
  deadlineMs: 20 * minute,
  sealedHead: undefined,
  ...overrides,
});
const base = { learnerId: 'l1', name: 'Nguyễn Văn An', timeLimitMs: 20 * minute, liveReport: undefined, raised: undefined, connected: false };

describe('candidateLive', () => {
  it('before the start: not started, the whole time limit, no report', () => {
    expect(candidateLive({ ...base, record: undefined, nowMs: 5 * minute })).toEqual({
      learnerId: 'l1',
      name: 'Nguyễn Văn An',
      status: 'not_started',
      connected: false,
      ackedSeq: 0,
      elapsedMs: 0,
      remainingMs: 20 * minute,
      live: null,
      critical: [],
    });
  });

  it('while active: the live report, the errors raised so far (not the end-of-attempt ones), time on the server clock', () => {
    const helmet = { id: 'arc-without-helmet', t: 900, message: 'no helmet' };
    const seam = { id: 'incomplete-seam', t: 1_000, message: 'seam not finished' };
    const tile = candidateLive({ ...base, record: record(), liveReport: report(31.5, [helmet, seam]), raised: [helmet], connected: true, nowMs: 5 * minute });
    expect(tile).toMatchObject({ sessionId: 's1', status: 'in_progress', connected: true, ackedSeq: 42, elapsedMs: 5 * minute, remainingMs: 15 * minute });
    expect(tile.live!.total).toBe(31.5);
    expect(tile.critical).toEqual([helmet]);
    // In the grace after the deadline: the clock stops at the time limit, nothing remains.
    expect(candidateLive({ ...base, record: record(), liveReport: report(0), raised: [], nowMs: 20 * minute + 30_000 })).toMatchObject({ elapsedMs: 20 * minute, remainingMs: 0 });
  });

  it('once ended: the stored report and its critical errors, the clock stopped when it ended', () => {
    const seam = { id: 'incomplete-seam', t: 1_000, message: 'seam not finished' };
    const ended = record({ status: 'stopped', finishedAt: new Date(7 * minute).toISOString(), result: report(12, [seam]) });
    expect(candidateLive({ ...base, record: ended, liveReport: report(99), raised: [], nowMs: 9 * minute })).toMatchObject({
      status: 'stopped',
      elapsedMs: 7 * minute,
      remainingMs: 0,
      live: report(12, [seam]),
      critical: [seam],
    });
    const late = record({ status: 'timed_out', finishedAt: new Date(21 * minute).toISOString(), result: report(3) });
    expect(candidateLive({ ...base, record: late, nowMs: 22 * minute })).toMatchObject({ status: 'timed_out', elapsedMs: 20 * minute, remainingMs: 0 });
    expect(candidateLive({ ...base, record: record({ status: 'finished', finishedAt: new Date(minute).toISOString(), result: report(80) }), nowMs: 2 * minute }).status).toBe('submitted');
  });
});
