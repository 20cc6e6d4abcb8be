// The §8 endpoints on a real server: who sees and revokes which certificate, the public reads,
// the printable PDF, /api/verify's log check, and lookup (exact number + name only, every miss
// answered alike, rate-limited per address).
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { hashPassword } from '../../../server/auth/passwords';
import { loginAs } from '../../support/testServer';
import type { CertificateSummary, VerifyResponse } from '../../../scenes/protocol/certificates';
import { certificateWorld, getJson, issue, postJson, type CertificateWorld } from './support';

describe('certificate endpoints', () => {
  let world: CertificateWorld;
  let id: string;
  let number: string;
  const other: Record<string, string> = {};

  beforeAll(async () => {
    world = await certificateWorld({}, { certificateLimits: { lookup: { burst: 6, perSecond: 0.001 }, verify: { burst: 6, perSecond: 0.001 } } });
    const passwordHash = await hashPassword('demo1234');
    await world.server.store.directory.importRoster({
      institutionName: 'Trường Trung cấp Điện (khác)',
      classes: [],
      users: [{ username: 'admin9', name: 'Lý Văn Phúc', role: 'admin', passwordHash, classes: [] }],
    });
    other.admin9 = await loginAs(world.server.url, 'admin9');
    id = await issue(world);
    number = (await getJson<{ credentialSubject: { licenseNumber: string } }>(world, `/api/certificates/${id}`)).body.credentialSubject.licenseNumber;
  });
  afterAll(async () => {
    await world?.server.dispose();
  });

  it('issues once per attempt and refuses a fail', async () => {
    expect(await issue(world)).toBe(id);
    await expect(issue(world, { passed: false, sessionId: 'another' })).rejects.toThrow(/passed/);
  });

  it('serves the credential and its status to anyone, 404 for an unknown id', async () => {
    const response = await fetch(`${world.server.url}/api/certificates/${id}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await getJson(world, `/api/certificates/${id}/status`)).toEqual({ status: 200, body: { id, revoked: false } });
    expect((await getJson(world, '/api/certificates/nope')).status).toBe(404);
  });

  it('lists a learner\'s certificates to the learner, their teacher and admin, not to others', async () => {
    const path = `/api/learners/${world.userId.student1}/certificates`;
    for (const who of ['student1', 'teacher1', 'admin1']) {
      const answer = await getJson<CertificateSummary[]>(world, path, world.token[who]);
      expect(answer).toEqual({
        status: 200,
        body: [{ id, number, holder: 'Nguyễn Văn An', achievement: world.input.standard.name, issuer: world.input.institution.name, issuedAt: world.input.signedOffAt, revoked: false }],
      });
    }
    expect((await getJson(world, path, world.token.student2)).status).toBe(403);
    expect((await getJson(world, path, world.token.assessor1)).status).toBe(403);
    expect((await getJson(world, path, other.admin9)).status).toBe(403);
    expect((await getJson(world, path)).status).toBe(401);
  });

  it('shows who holds which to the institution\'s admin and teacher only', async () => {
    const admin = await getJson<(CertificateSummary & { learnerId: string })[]>(world, '/api/institution/certificates', world.token.admin1);
    expect(admin.body.map((c) => [c.id, c.learnerId])).toEqual([[id, world.userId.student1]]);
    expect((await getJson<unknown[]>(world, '/api/institution/certificates', world.token.teacher1)).body).toHaveLength(1);
    expect((await getJson<unknown[]>(world, '/api/institution/certificates', other.admin9)).body).toEqual([]);
    expect((await getJson(world, '/api/institution/certificates', world.token.student1)).status).toBe(403);
  });

  it('serves an A4 PDF in Vietnamese and English to anyone with the id', async () => {
    for (const lang of ['vi', 'en']) {
      const response = await fetch(`${world.server.url}/api/certificates/${id}/pdf?lang=${lang}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
      const pdf = await PDFDocument.load(bytes);
      expect(pdf.getPageCount()).toBe(1);
      expect(pdf.getPage(0).getSize()).toEqual({ width: 595.28, height: 841.89 });
      expect(pdf.getTitle()).toBe(`${lang === 'vi' ? 'CHỨNG CHỈ' : 'CERTIFICATE'} ${number}`);
    }
    expect((await getJson(world, `/api/certificates/${id}/pdf?lang=fr`)).status).toBe(400);
  });

  describe('lookup', () => {
    const lookup = (n: string, name: string) => getJson<CertificateSummary[] | { error: { code: string } }>(world, `/api/certificates?number=${encodeURIComponent(n)}&name=${encodeURIComponent(name)}`);

    it('finds the certificate by its exact number and full name (case and spacing aside), never for a wrong name, every miss alike', async () => {
      const hit = await lookup(number.toLowerCase(), '  nguyễn   văn AN ');
      expect(hit.status).toBe(200);
      expect((hit.body as CertificateSummary[]).map((c) => c.id)).toEqual([id]);
      const misses = await Promise.all([lookup(number, 'Nguyen Van An'), lookup(number, 'Nguyễn Văn'), lookup('VX-2026-999999', 'Nguyễn Văn An'), lookup(number.slice(0, -1), 'Nguyễn Văn An')]);
      expect(misses).toEqual(misses.map(() => ({ status: 200, body: [] })));
    });

    it('refuses an address that keeps looking (429 with Retry-After)', async () => {
      // The burst is 6 here and the test above used 5.
      expect((await lookup(number, 'x')).status).toBe(200);
      const response = await fetch(`${world.server.url}/api/certificates?number=${number}&name=x`);
      expect(response.status).toBe(429);
      expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await response.json()).toEqual({ error: { code: 'rate_limited', message: expect.any(String) } });
    });
  });

  it('verifies the log: a stored event edited after the exam fails the log check', async () => {
    const credential = (await getJson<Record<string, unknown>>(world, `/api/certificates/${id}`)).body;
    expect((await postJson<VerifyResponse>(world, '/api/verify', credential)).body.checks.find((c) => c.check === 'log')).toMatchObject({ ok: true });
    const db = new Database(join(world.server.dataDir, 'vocaxr.db'));
    try {
      const run = db.prepare('SELECT rowid, lines FROM event_runs WHERE session_no = (SELECT no FROM sessions WHERE id = ?) ORDER BY first_seq LIMIT 1').get(world.sessionId) as { rowid: number; lines: string };
      db.prepare('UPDATE event_runs SET lines = ? WHERE rowid = ?').run(run.lines.replace(/"t":(\d)/, (_m, d: string) => `"t":${(Number(d) + 1) % 10}`), run.rowid);
    } finally {
      db.close();
    }
    const after = (await postJson<VerifyResponse>(world, '/api/verify', credential)).body;
    expect(after.verified).toBe(false);
    expect(after.checks.find((c) => c.check === 'log')).toMatchObject({ ok: false, message: expect.stringMatching(/altered/) });
    expect(after.checks.find((c) => c.check === 'signature')).toMatchObject({ ok: true });
  });

  it('says plainly what it cannot check in a foreign credential, and refuses a non-object body', async () => {
    const credential = (await getJson<Record<string, Record<string, unknown>>>(world, `/api/certificates/${id}`)).body;
    const foreign = { ...credential, issuer: { ...credential.issuer, id: 'did:web:example.edu' }, credentialStatus: { ...credential.credentialStatus, statusListCredential: 'https://example.edu/status/1' } };
    const answer = (await postJson<VerifyResponse>(world, '/api/verify', foreign)).body;
    expect(answer.verified).toBe(false);
    expect(Object.fromEntries(answer.checks.map((c) => [c.check, c.ok]))).toEqual({ signature: false, issuer: false, revocation: false, expiry: true, log: false });
    expect(answer.checks.find((c) => c.check === 'revocation')?.message).toMatch(/not on this server/);
    expect((await postJson(world, '/api/verify', [1, 2])).status).toBe(400);
  });

  it('refuses an address that keeps verifying (429 with Retry-After)', async () => {
    // The verify burst is 6 here and the two tests above used 4.
    const credential = (await getJson<Record<string, unknown>>(world, `/api/certificates/${id}`)).body;
    expect((await postJson(world, '/api/verify', credential)).status).toBe(200);
    expect((await postJson(world, '/api/verify', credential)).status).toBe(200);
    const refused = await fetch(`${world.server.url}/api/verify`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(credential) });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('lets only an admin of the issuing institution revoke, once, with a reason', async () => {
    const path = `/api/certificates/${id}/revoke`;
    expect((await postJson(world, path, { reason: 'x' }, world.token.teacher1)).status).toBe(403);
    expect((await postJson(world, path, { reason: 'x' }, other.admin9)).status).toBe(403);
    expect((await postJson(world, path, { reason: 'x' })).status).toBe(401);
    expect((await postJson(world, path, { reason: ' ' }, world.token.admin1)).status).toBe(400);
    expect(await postJson(world, path, { reason: 'Gian lận khi thi' }, world.token.admin1)).toEqual({ status: 200, body: { revoked: true } });
    expect((await postJson(world, path, { reason: 'again' }, world.token.admin1)).status).toBe(409);
    expect((await getJson<CertificateSummary[]>(world, `/api/learners/${world.userId.student1}/certificates`, world.token.student1)).body[0]?.revoked).toBe(true);
  });
});
