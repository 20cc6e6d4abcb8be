// A missing file under /assets (an old tab asking for a chunk the last build replaced, a
// scanner) is the client's mistake: 404, and nothing in the error log.
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../support/testServer';

describe('missing static files', () => {
  const lines: { level: number; msg: string }[] = [];
  let server: TestServer;
  beforeAll(async () => {
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as { level: number; msg: string });
        done();
      },
    });
    server = await startTestServer({ LOG_LEVEL: 'info' }, { logger: pino({ level: 'info' }, sink) });
  });
  afterAll(() => server.dispose());

  it('answers 404 for a missing /assets file and logs no error', async () => {
    const response = await fetch(`${server.url}/assets/index-deadbeef.js`);
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('not_found');
    expect((await fetch(`${server.url}/assets/x.js`, { method: 'POST' })).status).toBeLessThan(500);
    await new Promise((resolve) => setImmediate(resolve));
    expect(lines.filter((line) => line.level >= 50)).toEqual([]);
    expect(lines.some((line) => line.msg === 'unhandled error')).toBe(false);
  });
});
