// The access token kept fresh: one refresh at a time however many callers ask, only near the
// token's end, ahead of time by the timer, ended with the session when the server refuses the
// refresh, kept when the server cannot be reached.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser, json, keptSession, loadClient, tokenAnswer, unauthorized } from './fakeAuthServer';

describe('freshToken', () => {
  let browser: ReturnType<typeof fakeBrowser>;
  beforeEach(() => {
    browser = fakeBrowser();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('answers the kept token without asking the server while it is not due', async () => {
    browser.storage.setItem('vocaxr.session', keptSession('a1', Date.now() + 30_000));
    const client = await loadClient();
    expect(await client.freshToken()).toBe('a1');
    expect(browser.requests).toEqual([]);
  });

  it('refreshes a due token once however many callers ask at the same time', async () => {
    browser.storage.setItem('vocaxr.session', keptSession('a1', Date.now() - 1));
    let answer: (response: Response) => void = () => undefined;
    browser.route('/auth/refresh', () => new Promise((resolve) => (answer = resolve)));
    const client = await loadClient();
    const asked = [client.freshToken(), client.freshToken(), client.freshToken()];
    await vi.waitFor(() => expect(browser.to('/auth/refresh')).toHaveLength(1));
    answer(json(200, tokenAnswer('a2', 15 * 60_000)));
    expect(await Promise.all(asked)).toEqual(['a2', 'a2', 'a2']);
    expect(browser.to('/auth/refresh')).toEqual([{ path: '/auth/refresh', method: 'POST', token: undefined, body: { refreshToken: 'r1' } }]);
    // Kept for a reload and the other tabs, refresh token unchanged, next refresh a minute before the end.
    const kept = JSON.parse(browser.storage.getItem('vocaxr.session')!);
    expect(kept).toMatchObject({ token: 'a2', refreshToken: 'r1' });
    expect(kept.refreshAt).toBeGreaterThan(Date.now() + 13 * 60_000);
    expect(await client.freshToken()).toBe('a2');
    expect(browser.to('/auth/refresh')).toHaveLength(1);
  });

  it('signs out with the reason "expired" when the server refuses the refresh', async () => {
    browser.storage.setItem('vocaxr.session', keptSession('a1', Date.now() - 1));
    browser.route('/auth/refresh', unauthorized);
    const client = await loadClient();
    expect(await client.freshToken()).toBeUndefined();
    expect(client.sessionStore.getState()).toMatchObject({ session: undefined, ended: 'expired' });
    expect(browser.storage.getItem('vocaxr.session')).toBeNull();
    expect(browser.to('/auth/logout')).toEqual([]);
  });

  it('keeps the session (and its token) when the server cannot be reached', async () => {
    browser.storage.setItem('vocaxr.session', keptSession('a1', Date.now() - 1));
    browser.route('/auth/refresh', () => Promise.reject(new TypeError('Failed to fetch')));
    const client = await loadClient();
    expect(await client.freshToken()).toBe('a1');
    expect(client.sessionStore.getState().session?.token).toBe('a1');
  });

  it('does not sign a refresh answer back in after the user signed out meanwhile', async () => {
    browser.storage.setItem('vocaxr.session', keptSession('a1', Date.now() - 1));
    let answer: (response: Response) => void = () => undefined;
    browser.route('/auth/refresh', () => new Promise((resolve) => (answer = resolve)));
    const client = await loadClient();
    const asked = client.freshToken();
    await vi.waitFor(() => expect(browser.to('/auth/refresh')).toHaveLength(1));
    client.signOut('expired');
    answer(json(200, tokenAnswer('a2', 15 * 60_000)));
    expect(await asked).toBeUndefined();
    expect(client.sessionStore.getState().session).toBeUndefined();
    expect(browser.storage.getItem('vocaxr.session')).toBeNull();
  });
});

describe('tokenRefused', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('answers the newer token without a refresh when the refused one was already replaced', async () => {
    const browser = fakeBrowser();
    browser.storage.setItem('vocaxr.session', keptSession('a2', Date.now() + 30_000));
    const client = await loadClient();
    expect(await client.tokenRefused('a1')).toBe('a2');
    expect(browser.requests).toEqual([]);
  });

  it('refreshes a refused token even when it is not due by this clock (revoked, or the PC slept)', async () => {
    const browser = fakeBrowser();
    browser.storage.setItem('vocaxr.session', keptSession('a1', Date.now() + 30_000));
    browser.route('/auth/refresh', () => json(200, tokenAnswer('a2', 15 * 60_000)));
    const client = await loadClient();
    expect(await client.tokenRefused('a1')).toBe('a2');
  });
});

describe('keepTokenFresh', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('refreshes ahead of time while signed in, and again for each new token', async () => {
    vi.useFakeTimers({ now: Date.parse('2026-11-30T08:00:00Z'), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const browser = fakeBrowser();
    browser.storage.setItem('vocaxr.session', keptSession('a1', Date.now() + 10_000));
    let issued = 1;
    browser.route('/auth/refresh', () => json(200, tokenAnswer(`a${++issued}`, 15 * 60_000)));
    const client = await loadClient();
    const stop = client.keepTokenFresh();
    await vi.advanceTimersByTimeAsync(9_999);
    expect(browser.to('/auth/refresh')).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(client.sessionStore.getState().session?.token).toBe('a2');
    await vi.advanceTimersByTimeAsync(14 * 60_000);
    expect(client.sessionStore.getState().session?.token).toBe('a3');
    stop();
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(browser.to('/auth/refresh')).toHaveLength(2);
  });

  it('refreshes all the same when the timer fires a moment before the due time by Date.now()', async () => {
    vi.useFakeTimers({ now: Date.parse('2026-11-30T08:00:00Z'), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const browser = fakeBrowser();
    browser.storage.setItem('vocaxr.session', keptSession('a1', Date.now() + 5_000));
    browser.route('/auth/refresh', () => json(200, tokenAnswer('a2', 15 * 60_000)));
    const client = await loadClient();
    const stop = client.keepTokenFresh();
    vi.setSystemTime(Date.now() - 2); // the wall clock lags the timers' clock by 2 ms
    await vi.advanceTimersByTimeAsync(5_000);
    expect(browser.to('/auth/refresh')).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(2);
    expect(client.sessionStore.getState().session?.token).toBe('a2');
    stop();
  });

  it('refreshes at once when the timer fires a moment early and the due time passes while it checks', async () => {
    vi.useFakeTimers({ now: Date.parse('2026-11-30T08:00:00Z'), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const browser = fakeBrowser();
    browser.storage.setItem('vocaxr.session', keptSession('a1', Date.now() + 5_000));
    browser.route('/auth/refresh', () => json(200, tokenAnswer('a2', 15 * 60_000)));
    const client = await loadClient();
    const stop = client.keepTokenFresh();
    await vi.advanceTimersByTimeAsync(4_999);
    // The first reading of the wall clock in the timer is 1 ms behind, every later one is on time.
    const fakeNow = Date.now.bind(Date);
    let lagOnce = true;
    vi.spyOn(Date, 'now').mockImplementation(() => fakeNow() - (lagOnce ? ((lagOnce = false), 1) : 0));
    await vi.advanceTimersByTimeAsync(5); // not the 10 s of a failed refresh
    expect(browser.to('/auth/refresh')).toHaveLength(1);
    expect(client.sessionStore.getState().session?.token).toBe('a2');
    stop();
  });

  it('tries again shortly when the server could not be reached', async () => {
    vi.useFakeTimers({ now: Date.parse('2026-11-30T08:00:00Z'), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const browser = fakeBrowser();
    browser.storage.setItem('vocaxr.session', keptSession('a1', Date.now() + 1_000));
    let reachable = false;
    browser.route('/auth/refresh', () => (reachable ? json(200, tokenAnswer('a2', 15 * 60_000)) : Promise.reject(new TypeError('Failed to fetch'))));
    const client = await loadClient();
    const stop = client.keepTokenFresh();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(browser.to('/auth/refresh')).toHaveLength(1);
    reachable = true;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(client.sessionStore.getState().session?.token).toBe('a2');
    stop();
  });
});
