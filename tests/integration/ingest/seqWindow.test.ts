// Events are taken only within ingestLimits.maxSeqAhead above the stored log (ackedSeq): 80,000
// events sent beyond a never-sent seq 1 are refused with `incomplete` and the ackedSeq, so what a
// session holds beyond a gap stays bounded in the database and in memory; sending from seq 1
// then works as usual.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestLimits } from '../../../scenes/protocol/training';
import { loginAs, manualClock, startTestServer, type TestServer } from '../../support/testServer';
import { torchEvents } from '../../support/ingestAbuse';
import { batches, connectTraining, emitAck, startPractice, type TrainingSocket } from '../../support/trainingClient';

const total = 80_001;

describe('the seq window above the stored log', () => {
  const clock = manualClock();
  let server: TestServer;
  let socket: TrainingSocket;
  let sessionId: string;
  /** Events stored for the session (acknowledged and waiting beyond a gap). */
  const storedEventCount = async () => {
    const record = (await server.store.attempts.getSession(sessionId))!;
    const runs = await server.store.attempts.readEventRuns(record.no, 0, Number.MAX_SAFE_INTEGER, 1_000_000);
    return runs.reduce((sum, run) => sum + run.lastSeq - run.firstSeq + 1, 0);
  };

  beforeAll(async () => {
    server = await startTestServer(
      {},
      { now: clock.now, socketRateLimit: { burst: 100_000, perSecond: 100_000 }, userBudgets: { messagesPerUser: { burst: 100_000, perSecond: 100_000 } } },
    );
    socket = await connectTraining(server.url, await loginAs(server.url, 'student1'));
    sessionId = await startPractice(socket);
    clock.advance(total + 10_000);
  });
  afterAll(async () => {
    socket?.close();
    await server?.dispose();
  });

  it(`refuses batches reaching beyond ackedSeq + ${ingestLimits.maxSeqAhead} with incomplete; what waits stays bounded`, async () => {
    const beyondGap = batches(torchEvents(2, total - 1), ingestLimits.maxEventsPerBatch);
    const answers = [];
    for (const events of beyondGap) answers.push(await emitAck(socket, 'session:events', { sessionId, events }));
    const refused = answers.filter((a) => a.error?.code === 'incomplete');
    // Whole batches within the window wait for seq 1; every batch with a seq beyond it is refused.
    const withinWindow = beyondGap.filter((events) => events.at(-1)!.seq <= ingestLimits.maxSeqAhead).length;
    expect(answers.slice(0, withinWindow).every((a) => a.ok && a.ackedSeq === 0)).toBe(true);
    expect(refused).toHaveLength(beyondGap.length - withinWindow);
    expect(refused[0]).toMatchObject({ ok: false, ackedSeq: 0 });
    expect(refused[0]!.error!.message).toMatch(/send from seq 1 first/);
    expect(await storedEventCount()).toBe(withinWindow * ingestLimits.maxEventsPerBatch);
    expect(await storedEventCount()).toBeLessThanOrEqual(ingestLimits.maxSeqAhead);
  }, 120_000);

  it('takes the log as usual once seq 1 comes: the waiting events join it, and the attempt finishes', async () => {
    let acked = 0;
    for (const events of batches(torchEvents(1, total), ingestLimits.maxEventsPerBatch)) {
      const answer = await emitAck(socket, 'session:events', { sessionId, events });
      expect(answer.ok, JSON.stringify(answer.error)).toBe(true);
      acked = answer.ackedSeq as number;
    }
    expect(acked).toBe(total);
    expect(await storedEventCount()).toBe(total);
    expect(await emitAck(socket, 'session:finish', { sessionId, lastSeq: total }, 60_000)).toMatchObject({ ok: true });
  }, 120_000);
});
