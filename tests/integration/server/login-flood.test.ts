// Login flooding against a real server: a flood of unknown usernames from one address (or a few)
// is refused before hashing and does not delay anyone else; wrong passwords for one account slow
// further tries with a growing delay instead of locking the real user out.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../support/testServer';
import { countByStatus, startLoginFlood } from '../../support/loginFlood';

/** A signed-in user's figure the issue names: under 1 s during a flood. */
const acceptableMs = 1_000;

const login = (server: TestServer, from: string, username: string, password: string) =>
  fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    // The server trusts X-Forwarded-For from loopback (a reverse proxy), so tests play several addresses.
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': from },
    body: JSON.stringify({ username, password }),
  });

const timed = async <T>(action: () => Promise<T>): Promise<{ value: T; ms: number }> => {
  const started = performance.now();
  const value = await action();
  return { value, ms: performance.now() - started };
};

describe('login flood', () => {
  let server: TestServer;
  let clientDir: string;

  beforeAll(() => {
    clientDir = mkdtempSync(join(tmpdir(), 'vocaxr-client-'));
    mkdirSync(join(clientDir, 'assets'));
    writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>VocaXR</title>');
    writeFileSync(join(clientDir, 'assets', 'app.js'), 'console.log("vocaxr");'.repeat(1000));
  });
  afterAll(() => rmSync(clientDir, { recursive: true, force: true }));
  afterEach(() => server?.dispose());

  it('refuses 200 concurrent unknown logins from one address before hashing; another address signs in in < 1 s', async () => {
    server = await startTestServer({ VOCAXR_CLIENT_DIR: clientDir });
    const attack = startLoginFlood(server.url, ['10.0.0.1'], 200);
    await attack.sent;
    const [valid, health, asset] = await Promise.all([
      timed(() => login(server, '10.0.0.2', 'student1', 'demo1234')),
      timed(() => fetch(`${server.url}/api/health`)),
      timed(() => fetch(`${server.url}/assets/app.js`)),
    ]);
    const answers = await attack.answers;

    expect(valid.value.status).toBe(200);
    expect(valid.ms).toBeLessThan(acceptableMs);
    expect(health.value.status).toBe(200);
    expect(health.ms).toBeLessThan(acceptableMs);
    expect(asset.value.status).toBe(200);
    expect(asset.ms).toBeLessThan(acceptableMs);

    const counts = countByStatus(answers);
    // Only the attempts that were hashed can answer 401: no more than the address's burst of 40.
    expect(counts[401] ?? 0).toBeLessThanOrEqual(40);
    expect((counts[429] ?? 0) + (counts[503] ?? 0)).toBeGreaterThanOrEqual(160);
    expect(Object.keys(counts).every((s) => ['401', '429', '503'].includes(s))).toBe(true);
    for (const answer of answers.filter((a) => a.status === 429 || a.status === 503)) expect(Number(answer.retryAfter)).toBeGreaterThanOrEqual(1);
  });

  it('gives another address its turn at once while three addresses keep the hashing queue full', async () => {
    server = await startTestServer({ VOCAXR_CLIENT_DIR: clientDir });
    const attack = startLoginFlood(server.url, ['10.0.1.1', '10.0.1.2', '10.0.1.3'], 20);
    // Let the flood fill the queue first (3 × 10 waiting, ~1.5 s of hashing; the other 27 refused at
    // once): in a first-come queue the valid login would wait behind all of it.
    await attack.answered(27);
    const valid = await timed(() => login(server, '10.0.0.2', 'student2', 'demo1234'));
    const counts = countByStatus(await attack.answers);
    expect(valid.value.status).toBe(200);
    expect(valid.ms).toBeLessThan(acceptableMs);
    expect(counts[401]).toBeGreaterThanOrEqual(30); // the queue was full indeed
  });

  it('refuses attempts from one address beyond its budget before hashing, with 429 and Retry-After', async () => {
    server = await startTestServer({ VOCAXR_CLIENT_DIR: clientDir }, { loginLimits: { addressBudget: { burst: 3, perSecond: 0.5 } } });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await login(server, '10.0.4.1', `nobody-${i}`, 'guess')).status);
    expect(statuses).toEqual([401, 401, 401]);
    const refused = await login(server, '10.0.4.1', 'student1', 'demo1234');
    expect(refused.status).toBe(429);
    expect(['1', '2']).toContain(refused.headers.get('retry-after')); // one attempt per 2 s refills
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('rate_limited');
    expect((await login(server, '10.0.4.2', 'student1', 'demo1234')).status).toBe(200);
  });

  it('answers a sign-in with 503 unavailable and Retry-After when the whole queue is full', async () => {
    server = await startTestServer({ VOCAXR_CLIENT_DIR: clientDir }, {
      loginLimits: { hashQueue: { concurrency: 1, maxWaitingPerAddress: 2, maxWaitingTotal: 4 } },
    });
    const answers = await startLoginFlood(server.url, ['10.0.2.1', '10.0.2.2', '10.0.2.3', '10.0.2.4'], 5).answers;
    const unavailable = answers.filter((a) => a.status === 503);
    expect(unavailable.length).toBeGreaterThan(0);
    expect(Number(unavailable[0]!.retryAfter)).toBeGreaterThanOrEqual(1);
    const body = (await (await login(server, '10.0.2.9', 'student1', 'demo1234')).json()) as { token?: string };
    expect(body.token).toBeDefined();
  });

  it('slows wrong passwords for one account with a growing delay; the real user gets in once it has run', async () => {
    const schedule = { freeFailures: 2, firstDelayMs: 500, maxDelayMs: 2_000 };
    server = await startTestServer({ VOCAXR_CLIENT_DIR: clientDir }, { loginLimits: { failureDelays: schedule } });
    const statusOf = async (password: string, from = '10.0.3.1') => (await login(server, from, 'student3', password)).status;
    const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

    expect([await statusOf('guess-1'), await statusOf('guess-2')]).toEqual([401, 401]);
    // Refused before hashing while the delay runs, with the wait in Retry-After and in words, from any address.
    const refused = await login(server, '10.0.3.2', 'Student3', 'demo1234');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('1');
    const body = (await refused.json()) as { error: { code: string; message: string } };
    expect(body.error).toEqual({ code: 'rate_limited', message: 'too many wrong passwords for this account; wait 1 s and try again' });

    await wait(550);
    expect(await statusOf('guess-3')).toBe(401);
    expect(await statusOf('demo1234')).toBe(429); // now 1 s
    await wait(1_050);
    expect(await statusOf('guess-4')).toBe(401);
    await wait(2_050);
    expect(await statusOf('guess-5')).toBe(401);
    // Capped at 2 s here (a minute by default), never the old 15-minute lockout.
    const capped = await login(server, '10.0.3.1', 'student3', 'demo1234');
    expect(capped.status).toBe(429);
    expect(Number(capped.headers.get('retry-after'))).toBeLessThanOrEqual(2);
    await wait(2_050);
    expect(await statusOf('demo1234')).toBe(200);
    // A right password clears the record: the next mistake is free again.
    expect([await statusOf('typo'), await statusOf('demo1234')]).toEqual([401, 200]);
  });
});
