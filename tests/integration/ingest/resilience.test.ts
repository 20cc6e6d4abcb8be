// Delivery under faults: connections cut every few batches (with resume and resend), and a
// server killed with SIGKILL mid-stream and restarted on the same database. In both, the
// stored log must equal what was sent, exactly, and the report equal an uninterrupted run.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scoreLog } from '../../../scenes/rubric/scoreLog';
import type { AttemptEvent } from '../../../scenes/rubric/events';
import { weldingBeadRules } from '../../../scenes/welding-bead';
import { simulateWeld } from '../../../scenes/welding-bead/simulatedWelder';
import { loginAs, manualClock, startTestServer } from '../../support/testServer';
import { connectTraining, emitAck, parseNdjson, startPractice, type TrainingSocket } from '../../support/trainingClient';

/** Sends `events` in batches from the server's ackedSeq on, resuming after any failure, like a client outbox. */
async function sendReliably(socket: TrainingSocket, sessionId: string, events: readonly AttemptEvent[], batchSize: number, onBatch?: (n: number) => void) {
  let acked = 0;
  let n = 0;
  while (acked < events.length) {
    const batch = events.slice(acked, acked + batchSize);
    const sending = emitAck(socket, 'session:events', { sessionId, events: batch }, 1_000).catch(() => undefined);
    onBatch?.(++n);
    const answer = await sending;
    if (answer?.ok) {
      acked = Math.max(acked, answer.ackedSeq as number);
      continue;
    }
    // Lost ack or a cut connection: wait to be back, ask the server where it stands, resend from there.
    if (!socket.connected) await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    const resumed = await emitAck(socket, 'session:resume', { sessionId });
    if (resumed.ok) acked = resumed.ackedSeq as number;
  }
}

describe('delivery under faults', () => {
  it('survives a connection cut every few batches: stored equals sent, exactly', async () => {
    const clock = manualClock();
    const server = await startTestServer({}, { now: clock.now, socketRateLimit: { burst: 100_000, perSecond: 100_000 } });
    const token = await loginAs(server.url, 'student1');
    const socket = await connectTraining(server.url, token, { reconnection: true });
    const weld = simulateWeld({ seed: 11, unsteadiness: 0.4 }).slice(0, 1200);
    const sessionId = await startPractice(socket);
    clock.advance(weld.at(-1)!.t + 1_000);
    let cuts = 0;
    await sendReliably(socket, sessionId, weld, 25, (n) => {
      if (n % 4 === 0) {
        cuts += 1;
        socket.io.engine.close(); // the batch just emitted may or may not arrive; its ack is lost
      }
    });
    expect(cuts).toBeGreaterThan(5);
    const finished = await emitAck(socket, 'session:finish', { sessionId, lastSeq: weld.length });
    expect(finished.result).toEqual(scoreLog(weldingBeadRules, weld));
    const stored = parseNdjson(await (await fetch(`${server.url}/api/sessions/${sessionId}/events`, { headers: { Authorization: `Bearer ${token}` } })).text());
    expect(stored).toEqual(weld);
    socket.close();
    await server.dispose();
  });

  describe('a server killed with SIGKILL mid-stream', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'vocaxr-sigkill-'));
    const children: ChildProcess[] = [];
    afterAll(() => {
      for (const c of children) c.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    });

    function startServerProcess(): Promise<{ child: ChildProcess; url: string }> {
      return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, '../../../server/main-entry.ts')], {
          env: { ...process.env, NODE_ENV: 'test', HOST: '127.0.0.1', PORT: '0', DATABASE_URL: `sqlite:${join(dataDir, 'v.db')}`, LOG_LEVEL: 'info' },
          stdio: ['ignore', 'pipe', 'inherit'],
        });
        children.push(child);
        let out = '';
        child.stdout!.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const match = out.match(/"url":"http:\/\/[^:"]+:(\d+)"/);
          if (match) resolve({ child, url: `http://127.0.0.1:${match[1]}` });
        });
        child.once('exit', (code) => reject(new Error(`server exited early (${code})`)));
      });
    }

    it('keeps every acked event, and the attempt finishes with the uninterrupted report', async () => {
      // Events within the first 4 s of the attempt: the server's clock admits them at once.
      const weld = simulateWeld({ seed: 5 }).filter((e) => e.t <= 4_000);
      const first = await startServerProcess();
      const token = await loginAs(first.url, 'student1');
      const socket = await connectTraining(first.url, token);
      const sessionId = await startPractice(socket);

      let ackedBeforeCrash = 0;
      const exited = new Promise((resolve) => first.child.once('exit', resolve));
      for (let i = 0; i < weld.length; i += 6) {
        const sending = emitAck(socket, 'session:events', { sessionId, events: weld.slice(i, i + 6) }, 1_000);
        if (i === 120) first.child.kill('SIGKILL'); // mid-batch: this one may or may not be stored
        const answer = await sending.catch(() => undefined);
        if (!answer) break;
        ackedBeforeCrash = answer.ackedSeq as number;
      }
      await exited;
      socket.close();
      expect(ackedBeforeCrash).toBeGreaterThanOrEqual(120);

      const second = await startServerProcess();
      const again = await connectTraining(second.url, token); // the token secret was kept in the data folder
      const resumed = await emitAck(again, 'session:resume', { sessionId });
      expect(resumed).toMatchObject({ ok: true, status: 'active' });
      expect(resumed.ackedSeq as number).toBeGreaterThanOrEqual(ackedBeforeCrash);
      await sendReliably(again, sessionId, weld, 30);
      const finished = await emitAck(again, 'session:finish', { sessionId, lastSeq: weld.length });
      expect(finished.result).toEqual(scoreLog(weldingBeadRules, weld));
      const stored = parseNdjson(await (await fetch(`${second.url}/api/sessions/${sessionId}/events`, { headers: { Authorization: `Bearer ${token}` } })).text());
      expect(stored).toEqual(weld);
      again.close();
      second.child.kill('SIGTERM');
    });
  });
});
