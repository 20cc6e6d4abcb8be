// A real VocaXR server for tests: its own temporary SQLite database, an ephemeral port,
// silent logs. Integration and e2e tests share it, so both exercise the production wiring.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, type Config } from '../../server/config';
import { boot, type BootOptions, type RunningServer } from '../../server/boot';
import { createLogger } from '../../server/logger';
import type { LoginResponse } from '../../scenes/protocol/rest';

export interface TestServer extends RunningServer {
  dataDir: string;
  config: Config;
  /** Stops the server and deletes its database. */
  dispose(): Promise<void>;
}

export async function startTestServer(env: Record<string, string> = {}, options: BootOptions = {}): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'vocaxr-test-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: `sqlite:${join(dataDir, 'vocaxr.db')}`,
    VOCAXR_DEMO: '1',
    LOG_LEVEL: 'silent',
    ...env,
  });
  // Tests record their own attempts: the demo's sample attempts would change every count.
  const running = await boot(config, createLogger(config.logLevel), { demoAttempts: false, ...options });
  return {
    ...running,
    dataDir,
    config,
    url: `http://127.0.0.1:${running.address.port}`,
    dispose: async () => {
      await running.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Signs in through the real REST API and returns the access token. */
export async function loginAs(baseUrl: string, username: string, password = 'demo1234'): Promise<string> {
  return (await signInAs(baseUrl, username, password)).token;
}

/** Signs in through the real REST API and returns the whole answer (refresh token, expiry, user). */
export async function signInAs(baseUrl: string, username: string, password = 'demo1234'): Promise<LoginResponse> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok) throw new Error(`login as ${username} failed: HTTP ${response.status} ${await response.text()}`);
  return (await response.json()) as LoginResponse;
}

/** A clock the test moves forward by hand, so a 30 s attempt need not take 30 s. */
export function manualClock(): { now: () => number; advance(ms: number): void } {
  let offset = 0;
  return { now: () => Date.now() + offset, advance: (ms) => void (offset += ms) };
}
