// Migration 9 and the SQLite certificate queries: one status list per institution made on its
// first certificate, bits handed out once each until the list is full, one certificate per
// attempt and one number per issuer, a revocation kept with its first reason.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../../../server/storage/sqlite/SqliteStore';
import type { NewCertificate } from '../../../../server/storage/certificates';

describe('certificate storage', () => {
  let dir: string;
  let store: SqliteStore;
  let institutionId: string;
  let learnerId: string;
  const sessions: string[] = [];

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vocaxr-certs-'));
    store = new SqliteStore(join(dir, 'v.db'));
    const institution = await store.directory.importRoster({
      institutionName: 'Trường A',
      classes: [],
      users: [{ username: 's1', name: 'Nguyễn Văn An', role: 'student', passwordHash: 'x', classes: [] }],
    });
    institutionId = institution.id;
    learnerId = (await store.directory.findUserByUsername('s1'))!.id;
    sessions.length = 0;
    for (let i = 0; i < 3; i += 1) sessions.push((await store.attempts.createSession({ learnerId, sceneId: 'welding-bead', mode: 'practice', examId: undefined, params: {}, startedAtMs: 0 })).id);
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const certificate = (id: string, sessionId: string, listId: string, index: number, number = `VX-2026-00000${index + 1}`): NewCertificate => ({
    id, number, institutionId, learnerId, examId: 'e', sessionId, holderName: 'Nguyễn Văn An', achievement: 'Hàn', credentialJson: '{}', issuedAt: `2026-11-30T0${index}:00:00.000Z`, statusListId: listId, statusListIndex: index,
  });

  it('makes one list per institution with its URL, and hands out each bit once until full', async () => {
    const first = await store.certificates.takeStatusEntry(institutionId, 'https://x.vn/api/status-lists/{listId}', 2);
    expect(first).toMatchObject({ index: 0, list: { institutionId, length: 2, url: `https://x.vn/api/status-lists/${first!.list.id}`, credentialJson: undefined } });
    // A later origin does not move the list.
    expect(await store.certificates.takeStatusEntry(institutionId, 'http://127.0.0.1:9/api/status-lists/{listId}', 2)).toMatchObject({ index: 1, list: { id: first!.list.id, url: first!.list.url } });
    expect(await store.certificates.takeStatusEntry(institutionId, 'https://x.vn/api/status-lists/{listId}', 2)).toBeUndefined();
  });

  it('keeps one certificate per attempt and one number per issuer; lists newest first; revokes once', async () => {
    const { list } = (await store.certificates.takeStatusEntry(institutionId, 'https://x.vn/api/status-lists/{listId}', 10))!;
    await store.certificates.insertCertificate(certificate('c0', sessions[0]!, list.id, 0));
    await store.certificates.insertCertificate(certificate('c1', sessions[1]!, list.id, 1));
    await expect(store.certificates.insertCertificate(certificate('c2', sessions[0]!, list.id, 2))).rejects.toThrow(/UNIQUE/);
    await expect(store.certificates.insertCertificate(certificate('c3', sessions[2]!, list.id, 3, 'VX-2026-000001'))).rejects.toThrow(/UNIQUE/);
    expect((await store.certificates.listByLearner(learnerId)).map((c) => c.id)).toEqual(['c1', 'c0']);
    expect((await store.certificates.findBySession(sessions[1]!))?.id).toBe('c1');
    expect((await store.certificates.findByNumber('VX-2026-000002')).map((c) => c.id)).toEqual(['c1']);
    expect(await store.certificates.revoke('c1', { at: 't1', reason: 'first', by: learnerId })).toBe(true);
    expect(await store.certificates.revoke('c1', { at: 't2', reason: 'second', by: learnerId })).toBe(false);
    expect((await store.certificates.getCertificate('c1'))?.revocation).toEqual({ at: 't1', reason: 'first', by: learnerId });
    expect(await store.certificates.revokedIndexes(list.id)).toEqual([1]);
  });
});
