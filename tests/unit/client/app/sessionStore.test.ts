// The session as plain state (zustand vanilla store): kept in storage, ended with a reason the
// login page can show, revoked on the server when the user signs out, and followed when another
// tab signs in, refreshes or signs out.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser, json, keptSession, loadClient, tokenAnswer, user } from './fakeAuthServer';

describe('session store', () => {
  let browser: ReturnType<typeof fakeBrowser>;
  beforeEach(() => {
    browser = fakeBrowser();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('starts from the kept session and checks it with the server', async () => {
    browser.storage.setItem('vocaxr.session', keptSession('t1', Date.now() + 30_000));
    const { sessionStore } = await loadClient();
    expect(sessionStore.getState()).toMatchObject({ session: { token: 't1', refreshToken: 'r1', user }, checking: true, ended: undefined });
  });

  it('ignores a kept session it cannot read, or one kept before refresh tokens', async () => {
    browser.storage.setItem('vocaxr.session', '{"token":');
    expect((await loadClient()).sessionStore.getState()).toMatchObject({ session: undefined, checking: false });
    browser.storage.setItem('vocaxr.session', JSON.stringify({ token: 't1', user }));
    expect((await loadClient()).sessionStore.getState()).toMatchObject({ session: undefined, checking: false });
  });

  it('keeps the access and refresh tokens of a sign-in', async () => {
    browser.route('/auth/login', () => json(200, { ...tokenAnswer('t1', 15 * 60_000), refreshToken: 'r1' }));
    const client = await loadClient();
    expect(await client.signIn('student1', 'demo1234')).toEqual(user);
    expect(JSON.parse(browser.storage.getItem('vocaxr.session')!)).toMatchObject({ token: 't1', refreshToken: 'r1', user });
  });

  it('ends the session with the reason, forgetting the kept tokens, without asking the server', async () => {
    browser.storage.setItem('vocaxr.session', keptSession('t1', Date.now() + 30_000));
    const { sessionStore, signOut } = await loadClient();
    const seen: unknown[] = [];
    sessionStore.subscribe((state) => seen.push(state.ended));
    signOut('expired');
    expect(sessionStore.getState()).toMatchObject({ session: undefined, checking: false, ended: 'expired' });
    expect(browser.storage.getItem('vocaxr.session')).toBeNull();
    expect(seen).toEqual(['expired']);
    expect(browser.requests).toEqual([]);
  });

  it('signs out at once when the user asks, and revokes the sign-in on the server', async () => {
    browser.storage.setItem('vocaxr.session', keptSession('t1', Date.now() + 30_000));
    let answer: (response: Response) => void = () => undefined;
    browser.route('/auth/logout', () => new Promise((resolve) => (answer = resolve)));
    const { sessionStore, signOut } = await loadClient();
    signOut();
    // The page has left before the server answers.
    expect(sessionStore.getState()).toMatchObject({ session: undefined, ended: undefined });
    expect(browser.storage.getItem('vocaxr.session')).toBeNull();
    // With the refresh token too, which names the sign-in when the access token has expired.
    await vi.waitFor(() => expect(browser.to('/auth/logout')).toEqual([{ path: '/auth/logout', method: 'POST', token: 't1', body: { refreshToken: 'r1' } }]));
    answer(new Response(null, { status: 204 }));
  });

  it('follows a sign-in and a refresh in another tab', async () => {
    const { followOtherTabs, sessionStore } = await loadClient();
    const tab = new EventTarget() as unknown as Window;
    const stop = followOtherTabs(tab);
    browser.storage.setItem('vocaxr.session', keptSession('t2', Date.now() + 30_000));
    tab.dispatchEvent(Object.assign(new Event('storage'), { key: 'vocaxr.session' }));
    expect(sessionStore.getState().session?.token).toBe('t2');
    browser.storage.setItem('vocaxr.session', keptSession('t3', Date.now() + 30_000));
    tab.dispatchEvent(Object.assign(new Event('storage'), { key: 'vocaxr.session' }));
    expect(sessionStore.getState().session?.token).toBe('t3');
    stop();
    browser.storage.removeItem('vocaxr.session');
    tab.dispatchEvent(Object.assign(new Event('storage'), { key: 'vocaxr.session' }));
    expect(sessionStore.getState().session?.token).toBe('t3');
    expect(browser.requests).toEqual([]);
  });
});
