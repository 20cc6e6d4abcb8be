// Opening an exam attempt from the server's answers: start with the examId, then resume for the
// server's holdings and session time (the countdown's anchor); a refusal is an AttemptError with
// the protocol's code; an attempt already over says how it ended.
import { describe, expect, it } from 'vitest';
import { ExamAttemptEnded, examOutcome, openExamSession, type AskServer } from '../../../../../client/workshop/exam/examStart';
import { AttemptError } from '../../../../../client/workshop/attemptError';

const startAck = { ok: true, sessionId: 's1', startedAt: '2026-11-30T08:00:00.000Z', deadlineAt: '2026-11-30T08:00:30.000Z', timeLimitMs: 30_000, params: { a: 1 } };

function server(resume: Record<string, unknown>, start: Record<string, unknown> = startAck) {
  const asked: [string, unknown][] = [];
  const ask: AskServer = async (event, payload) => {
    asked.push([event, payload]);
    return (event === 'session:start' ? start : resume) as never;
  };
  return { ask, asked };
}

describe('openExamSession', () => {
  it('starts with the examId, then anchors the countdown on the resume\'s session time', async () => {
    const { ask, asked } = server({ ok: true, ackedSeq: 12, status: 'active', elapsedMs: 10_000, deadlineAt: startAck.deadlineAt, timeLimitMs: 30_000, params: { a: 1 } });
    const times = [100, 300];
    const opening = await openExamSession(ask, { sceneId: 'welding-bead', examId: 'e1' }, () => times.shift()!);
    expect(asked).toEqual([
      ['session:start', { sceneId: 'welding-bead', mode: 'exam', examId: 'e1' }],
      ['session:resume', { sessionId: 's1' }],
    ]);
    expect(opening).toMatchObject({ sessionId: 's1', ackedSeq: 12, status: 'active', params: { a: 1 } });
    expect(opening.clock).toMatchObject({ limitT: 30_000, anchorSessionMs: 10_000, anchorPageMs: 200, deadlineAt: startAck.deadlineAt });
  });

  it('turns a refusal into an AttemptError with the protocol\'s code', async () => {
    const { ask } = server({}, { ok: false, error: { code: 'conflict', message: 'this exam opens at ...' } });
    await expect(openExamSession(ask, { sceneId: 'welding-bead', examId: 'e1' })).rejects.toSatisfy((e) => e instanceof AttemptError && e.code === 'conflict');
  });

  it('says how an attempt that is already over ended', async () => {
    for (const [status, outcome] of [['timed_out', 'time_over'], ['stopped', 'stopped'], ['finished', 'submitted']] as const) {
      const { ask } = server({ ok: true, ackedSeq: 3, status });
      await expect(openExamSession(ask, { sceneId: 'welding-bead', examId: 'e1' })).rejects.toSatisfy((e) => e instanceof ExamAttemptEnded && e.outcome === outcome && e.sessionId === 's1');
      expect(examOutcome(status)).toBe(outcome);
    }
  });
});
