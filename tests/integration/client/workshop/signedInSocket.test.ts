// The browser's /training socket against a real server whose access tokens live 6 s: handed
// each refreshed token (auth:renew) it is never closed; without the refresh timer the server
// closes it at expiry and it comes back by itself with a fresh token; a sign-in revoked
// elsewhere ends the session. The client modules run in Node with a localStorage and a fetch
// that sends their `/api` paths to the test server.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startTestServer, type TestServer } from '../../../support/testServer';

// 6 s: the renewal (at 80 % of a short life) then has 1.2 s to reach the server, enough on a loaded 2-core machine.
const accessTokenMs = 6_000;
const realFetch = globalThis.fetch;

async function loadClient(baseUrl: string) {
  const kept = new Map<string, string>();
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => kept.get(key) ?? null,
    setItem: (key: string, value: string) => void kept.set(key, value),
    removeItem: (key: string) => void kept.delete(key),
  });
  vi.stubGlobal('fetch', (url: string, init?: RequestInit) => realFetch(`${baseUrl}${url}`, init));
  vi.resetModules();
  const [store, access, socket] = await Promise.all([
    import('../../../../client/app/sessionStore'),
    import('../../../../client/app/accessToken'),
    import('../../../../client/workshop/signedInSocket'),
  ]);
  return { ...store, ...access, ...socket };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('signedInSocket against a real server', () => {
  let server: TestServer;
  let client: Awaited<ReturnType<typeof loadClient>>;
  let opened: ReturnType<typeof client.signedInSocket> | undefined;
  let stopRefreshing = () => undefined as void;

  beforeAll(async () => {
    server = await startTestServer({ VOCAXR_ACCESS_TOKEN_MINUTES: String(accessTokenMs / 60_000) });
  });
  afterAll(async () => {
    await server?.dispose();
  });
  beforeEach(async () => {
    client = await loadClient(server.url);
    await client.signIn('student1', 'demo1234');
  });
  afterEach(() => {
    stopRefreshing();
    opened?.stop();
    opened?.socket.close();
    vi.unstubAllGlobals();
  });

  function open() {
    opened = client.signedInSocket(`${server.url}/training`, { transports: ['websocket'], forceNew: true, reconnectionDelayMax: 200 });
    const seen = { connects: 0, disconnects: [] as string[], expired: 0 };
    opened.socket.on('connect', () => seen.connects++);
    opened.socket.on('disconnect', (reason) => seen.disconnects.push(reason));
    opened.socket.on('auth:expired', () => seen.expired++);
    return { socket: opened.socket, refused: opened.refused, seen };
  }

  const resume = async (socket: ReturnType<typeof open>['socket'], sessionId: string) =>
    (await socket.timeout(5_000).emitWithAck('session:resume', { sessionId })) as { ok: boolean; status?: string };

  it('hands each refreshed token to the open socket, which the server then never closes', { timeout: 60_000 }, async () => {
    stopRefreshing = client.keepTokenFresh();
    const { socket, seen } = open();
    await vi.waitFor(() => expect(socket.connected).toBe(true));
    const started = (await socket.timeout(5_000).emitWithAck('session:start', { sceneId: 'welding-bead', mode: 'practice' })) as { sessionId: string };
    await sleep(3.5 * accessTokenMs);
    expect(seen).toEqual({ connects: 1, disconnects: [], expired: 0 });
    expect(await resume(socket, started.sessionId)).toMatchObject({ ok: true, status: 'active' });
  });

  it('comes back by itself with a fresh token when the server closes it at expiry', { timeout: 60_000 }, async () => {
    const { socket, seen } = open(); // no refresh timer: nothing renews the token before it ends
    await vi.waitFor(() => expect(socket.connected).toBe(true));
    const started = (await socket.timeout(5_000).emitWithAck('session:start', { sceneId: 'welding-bead', mode: 'practice' })) as { sessionId: string };
    await vi.waitFor(() => expect(seen.connects).toBeGreaterThanOrEqual(3), { timeout: 4 * accessTokenMs, interval: 50 });
    expect(seen.expired).toBeGreaterThanOrEqual(2);
    expect(seen.disconnects.slice(0, 2)).toEqual(['io server disconnect', 'io server disconnect']);
    await vi.waitFor(() => expect(socket.connected).toBe(true));
    expect(await resume(socket, started.sessionId)).toMatchObject({ ok: true, status: 'active' });
    expect(client.sessionStore.getState().session).toBeDefined();
  });

  it('ends the session when the sign-in was revoked elsewhere, instead of reconnecting for ever', { timeout: 60_000 }, async () => {
    const { socket, refused } = open();
    await vi.waitFor(() => expect(socket.connected).toBe(true));
    const { token } = client.sessionStore.getState().session!;
    // The same sign-in ended from another tab or by the server.
    expect((await realFetch(`${server.url}/api/auth/logout`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } })).status).toBe(204);
    await expect(refused).rejects.toThrow('unauthorized');
    expect(client.sessionStore.getState()).toMatchObject({ session: undefined, ended: 'expired' });
    expect(socket.connected).toBe(false);
  });
});
