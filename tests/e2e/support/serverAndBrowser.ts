// The usual frame of a browser test file: a real server on an ephemeral port with its own
// database, and one headless Chromium, started before the file's tests and closed after them.
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser';
import { startTestServer, type TestServer, type TestServerOptions } from '../../support/testServer';

export interface ServerAndBrowser {
  readonly server: TestServer;
  readonly browser: Browser;
}

/**
 * Registers the file's beforeAll/afterAll; read `server` and `browser` inside the tests. `env`: the
 * server's extra settings; `options`: its in-process test seams (e.g. `random`, the source the
 * server draws attempts' params from).
 */
export function serverAndBrowser(env: Record<string, string> = {}, options: TestServerOptions = {}): ServerAndBrowser {
  const running = {} as { server: TestServer; browser: Browser };
  beforeAll(async () => {
    running.server = await startTestServer(env, options);
    running.browser = await launchChromium();
  });
  afterAll(async () => {
    await running.browser?.close();
    await running.server?.dispose();
  });
  return running;
}
