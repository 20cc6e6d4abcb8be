// The usual frame of a browser test file: a real server on an ephemeral port with its own
// database, and one headless Chromium, started before the file's tests and closed after them.
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser';
import { startTestServer, type TestServer } from '../../support/testServer';

export interface ServerAndBrowser {
  readonly server: TestServer;
  readonly browser: Browser;
}

/** Registers the file's beforeAll/afterAll; read `server` and `browser` inside the tests. `env`: the server's extra settings. */
export function serverAndBrowser(env: Record<string, string> = {}): ServerAndBrowser {
  const running = {} as { server: TestServer; browser: Browser };
  beforeAll(async () => {
    running.server = await startTestServer(env);
    running.browser = await launchChromium();
  });
  afterAll(async () => {
    await running.browser?.close();
    await running.server?.dispose();
  });
  return running;
}
