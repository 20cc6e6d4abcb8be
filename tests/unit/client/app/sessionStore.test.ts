// The session as plain state (zustand vanilla store): kept in storage, ended with a reason the
// login page can show, and followed when another tab signs in or out.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const kept = new Map<string, string>();
const storage = {
  getItem: (key: string) => kept.get(key) ?? null,
  setItem: (key: string, value: string) => void kept.set(key, value),
  removeItem: (key: string) => void kept.delete(key),
};
const user = { id: 'u1', name: 'Nguyễn Văn An', role: 'student' as const, institutionId: 'i1' };

async function freshStore() {
  vi.resetModules();
  return import('../../../../client/app/sessionStore');
}

describe('session store', () => {
  beforeEach(() => {
    kept.clear();
    vi.stubGlobal('localStorage', storage);
  });

  it('starts from the kept session and checks it with the server', async () => {
    storage.setItem('vocaxr.session', JSON.stringify({ token: 't1', user }));
    const { sessionStore } = await freshStore();
    expect(sessionStore.getState()).toMatchObject({ session: { token: 't1', user }, checking: true, ended: undefined });
  });

  it('ignores a kept session it cannot read', async () => {
    storage.setItem('vocaxr.session', '{"token":');
    const { sessionStore } = await freshStore();
    expect(sessionStore.getState()).toMatchObject({ session: undefined, checking: false });
  });

  it('ends the session with the reason, forgetting the kept token', async () => {
    storage.setItem('vocaxr.session', JSON.stringify({ token: 't1', user }));
    const { sessionStore, signOut } = await freshStore();
    const seen: unknown[] = [];
    sessionStore.subscribe((state) => seen.push(state.ended));
    signOut('expired');
    expect(sessionStore.getState()).toMatchObject({ session: undefined, checking: false, ended: 'expired' });
    expect(storage.getItem('vocaxr.session')).toBeNull();
    expect(seen).toEqual(['expired']);
  });

  it('follows a sign-in in another tab', async () => {
    const { followOtherTabs, sessionStore } = await freshStore();
    const tab = new EventTarget() as unknown as Window;
    const stop = followOtherTabs(tab);
    storage.setItem('vocaxr.session', JSON.stringify({ token: 't2', user }));
    tab.dispatchEvent(Object.assign(new Event('storage'), { key: 'vocaxr.session' }));
    expect(sessionStore.getState().session?.token).toBe('t2');
    stop();
    storage.removeItem('vocaxr.session');
    tab.dispatchEvent(Object.assign(new Event('storage'), { key: 'vocaxr.session' }));
    expect(sessionStore.getState().session?.token).toBe('t2');
  });
});
