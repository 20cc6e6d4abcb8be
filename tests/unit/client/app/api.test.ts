// Requests as the signed-in user: the fresh token on each; a 401 buys one refresh and one
// retry (one refresh for all the requests refused at once), refused again the session ends.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser, json, keptSession, loadClient, tokenAnswer, unauthorized } from './fakeAuthServer';

const scenes = [{ id: 'welding' }];

describe('apiFetch as the signed-in user', () => {
  let browser: ReturnType<typeof fakeBrowser>;
  beforeEach(() => {
    browser = fakeBrowser();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('sends the kept token, and no token when signed out', async () => {
    browser.storage.setItem('vocaxr.session', keptSession('a1', Date.now() + 30_000));
    browser.route('/scenes', () => json(200, scenes));
    const client = await loadClient();
    expect(await client.apiFetch({ path: '/scenes' })).toEqual(scenes);
    client.signOut('expired');
    await client.apiFetch({ path: '/scenes' });
    expect(browser.to('/scenes').map((request) => request.token)).toEqual(['a1', undefined]);
  });

  it('refreshes a due token before the request rather than after a refusal', async () => {
    browser.storage.setItem('vocaxr.session', keptSession('a1', Date.now() - 1));
    browser.route('/auth/refresh', () => json(200, tokenAnswer('a2', 15 * 60_000)));
    browser.route('/scenes', () => json(200, scenes));
    const client = await loadClient();
    await client.apiFetch({ path: '/scenes' });
    expect(browser.requests.map((request) => [request.path, request.token])).toEqual([
      ['/auth/refresh', undefined],
      ['/scenes', 'a2'],
    ]);
  });

  it('answers a refused token with one refresh and one retry', async () => {
    browser.storage.setItem('vocaxr.session', keptSession('a1', Date.now() + 30_000));
    browser.route('/auth/refresh', () => json(200, tokenAnswer('a2', 15 * 60_000)));
    browser.route('/scenes', (request) => (request.token === 'a2' ? json(200, scenes) : unauthorized()));
    const client = await loadClient();
    const answers = await Promise.all([client.apiFetch({ path: '/scenes' }), client.apiFetch({ path: '/scenes' })]);
    expect(answers).toEqual([scenes, scenes]);
    expect(browser.to('/auth/refresh')).toHaveLength(1);
    expect(browser.to('/scenes').map((request) => request.token)).toEqual(['a1', 'a1', 'a2', 'a2']);
    expect(client.sessionStore.getState().session?.token).toBe('a2');
  });

  it('signs out when the retry with the refreshed token is refused too, without a second refresh', async () => {
    browser.storage.setItem('vocaxr.session', keptSession('a1', Date.now() + 30_000));
    browser.route('/auth/refresh', () => json(200, tokenAnswer('a2', 15 * 60_000)));
    browser.route('/scenes', unauthorized);
    const client = await loadClient();
    await expect(client.apiFetch({ path: '/scenes' })).rejects.toMatchObject({ status: 401, code: 'unauthorized' });
    expect(browser.to('/scenes')).toHaveLength(2);
    expect(browser.to('/auth/refresh')).toHaveLength(1);
    expect(client.sessionStore.getState()).toMatchObject({ session: undefined, ended: 'expired' });
  });

  it('signs out when the refresh is refused (the sign-in was revoked)', async () => {
    browser.storage.setItem('vocaxr.session', keptSession('a1', Date.now() + 30_000));
    browser.route('/auth/refresh', unauthorized);
    browser.route('/scenes', unauthorized);
    const client = await loadClient();
    await expect(client.apiFetch({ path: '/scenes' })).rejects.toMatchObject({ status: 401 });
    expect(browser.to('/scenes')).toHaveLength(1);
    expect(client.sessionStore.getState()).toMatchObject({ session: undefined, ended: 'expired' });
  });

  it('keeps the session when the refresh cannot reach the server', async () => {
    browser.storage.setItem('vocaxr.session', keptSession('a1', Date.now() + 30_000));
    browser.route('/auth/refresh', () => Promise.reject(new TypeError('Failed to fetch')));
    browser.route('/scenes', unauthorized);
    const client = await loadClient();
    await expect(client.apiFetch({ path: '/scenes' })).rejects.toMatchObject({ status: 401 });
    expect(client.sessionStore.getState().session?.token).toBe('a1');
  });

  it('does not refresh after a 401 to a request made without a token (a wrong password)', async () => {
    browser.route('/auth/login', unauthorized);
    const client = await loadClient();
    await expect(client.signIn('student1', 'wrong')).rejects.toMatchObject({ status: 401 });
    expect(browser.requests.map((request) => request.path)).toEqual(['/auth/login']);
  });
});
