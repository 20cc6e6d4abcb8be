// GET /api/sessions/:id/integrity (PROTOCOL §9) on a real server: a finished or abandoned attempt
// is sealed and valid; one stored byte edited in the database afterwards makes it invalid.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionIntegrityResponse } from '../../../scenes/protocol/review';
import { loginAs, manualClock, startTestServer, type TestServer } from '../../support/testServer';
import { apiOf, recordAttempt, welds, type Api } from '../review/support';

describe('the integrity of a stored log', () => {
  const clock = manualClock();
  let server: TestServer;
  let api: Api;
  let student: string;
  let teacher: string;
  let other: string;
  const ids = { finished: '', abandoned: '', open: '' };

  const integrity = (id: string, token = teacher) => api.json<SessionIntegrityResponse>(`/api/sessions/${id}/integrity`, token);

  beforeAll(async () => {
    server = await startTestServer({}, { now: clock.now, socketRateLimit: { burst: 100_000, perSecond: 100_000 } });
    api = apiOf(server);
    [student, teacher, other] = await Promise.all([loginAs(server.url, 'student1'), loginAs(server.url, 'teacher1'), loginAs(server.url, 'student2')]);
    ids.finished = (await recordAttempt(server, student, welds.good(), clock.advance)).sessionId;
    clock.advance(60_000);
    ids.abandoned = (await recordAttempt(server, student, welds.good().slice(0, 150), clock.advance, false)).sessionId;
    const discard = await fetch(`${server.url}/api/sessions/${ids.abandoned}/abandon`, { method: 'POST', headers: { Authorization: `Bearer ${student}` } });
    expect(discard.status).toBe(200);
    clock.advance(60_000);
    ids.open = (await recordAttempt(server, student, welds.good().slice(0, 50), clock.advance, false)).sessionId;
  });
  afterAll(async () => {
    await server?.dispose();
  });

  /** The head of the served replay log, computed here independently of the server's chain code. */
  const headOfServedLog = async (id: string): Promise<string> => {
    const ndjson = await (await api.get(`/api/sessions/${id}/events`, teacher)).text();
    let head = createHash('sha256').update(id, 'utf8').digest();
    for (const line of ndjson.split('\n').filter((l) => l !== '')) head = createHash('sha256').update(head).update(line, 'utf8').digest();
    return head.toString('hex');
  };

  it('seals a finished attempt: the sealed head equals the chain of the served log', async () => {
    const answer = await integrity(ids.finished);
    expect(answer).toEqual({ sessionId: ids.finished, ackedSeq: welds.good().length, chainHead: expect.stringMatching(/^[0-9a-f]{64}$/), sealedHead: answer.chainHead, valid: true });
    expect(answer.chainHead).toBe(await headOfServedLog(ids.finished));
  });

  it('seals an abandoned attempt too', async () => {
    const answer = await integrity(ids.abandoned, student);
    expect(answer).toMatchObject({ ackedSeq: 150, sealedHead: answer.chainHead, valid: true });
  });

  it('answers an active attempt with the chain so far and no seal', async () => {
    const answer = await integrity(ids.open, student);
    expect(answer).toEqual({ sessionId: ids.open, ackedSeq: 50, chainHead: await headOfServedLog(ids.open), valid: true });
  });

  it('refuses whoever may not see the session', async () => {
    const refused = await api.get(`/api/sessions/${ids.finished}/integrity`, other);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({ error: { code: 'forbidden', message: expect.any(String) } });
    expect((await api.get('/api/sessions/nope/integrity', teacher)).status).toBe(404);
  });

  it('reports valid:false once one stored byte of a finished log is edited in the database', async () => {
    const before = await integrity(ids.finished);
    const db = new Database(join(server.dataDir, 'vocaxr.db'));
    try {
      const run = db
        .prepare('SELECT rowid, lines FROM event_runs WHERE session_no = (SELECT no FROM sessions WHERE id = ?) ORDER BY first_seq DESC LIMIT 1')
        .get(ids.finished) as { rowid: number; lines: string };
      // One digit of the last event, a byte nobody would notice in the replay.
      const at = run.lines.search(/[0-8](?=[^0-9]*\n$)/);
      const edited = `${run.lines.slice(0, at)}${Number(run.lines[at]) + 1}${run.lines.slice(at + 1)}`;
      expect(db.prepare('UPDATE event_runs SET lines = ? WHERE rowid = ?').run(edited, run.rowid).changes).toBe(1);
    } finally {
      db.close();
    }
    const after = await integrity(ids.finished);
    expect(after).toMatchObject({ sealedHead: before.sealedHead, valid: false });
    expect(after.chainHead).not.toBe(before.chainHead);
  });
});
