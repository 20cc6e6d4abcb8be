// Messages to a finished attempt, or to someone else's, are answered from the session row: the
// stored log (here 40,000 events) is never re-read nor re-scored for them, so a stream of such
// messages leaves the server free for everyone else (/api/health stays under 100 ms).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, manualClock, startTestServer, type TestServer } from '../../support/testServer';
import { pollHealth, recordFinishedAttempt, torchEvents } from '../../support/ingestAbuse';
import { connectTraining, emitAck, type TrainingSocket } from '../../support/trainingClient';

const logLength = 40_000;
const messagesEach = 100;

describe('a stream of messages to a finished attempt', () => {
  const clock = manualClock();
  let server: TestServer;
  let owner: TrainingSocket;
  let other: TrainingSocket;
  let sessionId: string;

  beforeAll(async () => {
    // Unthrottled, so every message reaches the session service instead of the rate limits.
    server = await startTestServer(
      {},
      { now: clock.now, socketRateLimit: { burst: 100_000, perSecond: 100_000 }, userBudgets: { messagesPerUser: { burst: 100_000, perSecond: 100_000 } } },
    );
    const ownerToken = await loginAs(server.url, 'student1');
    sessionId = await recordFinishedAttempt(server, ownerToken, logLength, clock.advance);
    owner = await connectTraining(server.url, ownerToken);
    other = await connectTraining(server.url, await loginAs(server.url, 'student2'));
  }, 120_000);
  afterAll(async () => {
    owner?.close();
    other?.close();
    await server?.dispose();
  });

  it('answers conflict to its owner and forbidden to another learner, while /api/health stays under 100 ms', async () => {
    const events = torchEvents(logLength + 1, 10);
    const health = pollHealth(server.url);
    // Back to back on each socket (each message sent once the last is answered): concurrent
    // ones would share a single rebuild and hide its cost.
    const stream = async (socket: TrainingSocket) => {
      const answers = [];
      for (let i = 0; i < messagesEach; i++) answers.push(await emitAck(socket, 'session:events', { sessionId, events }, 60_000));
      return answers;
    };
    const [ownerAnswers, otherAnswers] = await Promise.all([stream(owner), stream(other)]);
    const latencies = await health.stop();
    for (const answer of ownerAnswers) expect(answer).toMatchObject({ ok: false, error: { code: 'conflict' }, ackedSeq: logLength });
    for (const answer of otherAnswers) expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(latencies.length).toBeGreaterThan(0);
    expect(Math.max(...latencies)).toBeLessThan(100);
  }, 120_000);

  it('answers resume, finish and discard from the row too', async () => {
    expect(await emitAck(owner, 'session:resume', { sessionId })).toMatchObject({ ok: true, status: 'finished', ackedSeq: logLength });
    expect(await emitAck(owner, 'session:finish', { sessionId, lastSeq: logLength })).toMatchObject({ ok: true });
    expect(await emitAck(owner, 'session:discard', { sessionId })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    for (const event of ['session:resume', 'session:discard'] as const) {
      expect(await emitAck(other, event, { sessionId })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await emitAck(other, 'session:finish', { sessionId, lastSeq: 1 })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
