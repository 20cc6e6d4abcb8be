import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SignJWT } from 'jose';
import { afterAll, describe, expect, it } from 'vitest';
import { createTokenService, resolveTokenSecret } from '../../../../server/auth/tokens';

const secret = 'a'.repeat(48);
const claims = { userId: 'u1', role: 'student' as const, institutionId: 'i1' };

describe('tokens', () => {
  const tokens = createTokenService(secret, 3600);

  it('round-trips the claims', async () => {
    expect(await tokens.verify(await tokens.issue(claims))).toEqual(claims);
  });

  it('refuses a missing, malformed, forged or expired token', async () => {
    expect(await tokens.verify(undefined)).toBeUndefined();
    expect(await tokens.verify('not.a.token')).toBeUndefined();
    const forged = await createTokenService('b'.repeat(48), 3600).issue(claims);
    expect(await tokens.verify(forged)).toBeUndefined();
    const expired = await new SignJWT({ role: 'student', inst: 'i1' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('u1')
      .setIssuer('vocaxr')
      .setAudience('vocaxr-api')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 3600)
      .sign(new TextEncoder().encode(secret));
    expect(await tokens.verify(expired)).toBeUndefined();
  });

  it('refuses a tampered payload (role raised to admin)', async () => {
    const [header, , signature] = (await tokens.issue(claims)).split('.');
    const payload = Buffer.from(JSON.stringify({ sub: 'u1', role: 'admin', inst: 'i1', iss: 'vocaxr', aud: 'vocaxr-api', exp: 9e9 })).toString('base64url');
    expect(await tokens.verify(`${header}.${payload}.${signature}`)).toBeUndefined();
  });

  it('refuses an unsigned ("alg": "none") token', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url');
    const payload = Buffer.from(JSON.stringify({ sub: 'u1', role: 'admin', inst: 'i1', iss: 'vocaxr', aud: 'vocaxr-api' })).toString('base64url');
    expect(await tokens.verify(`${header}.${payload}.`)).toBeUndefined();
  });
});

describe('resolveTokenSecret', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vocaxr-secret-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prefers the configured secret', () => {
    expect(resolveTokenSecret(secret, join(dir, 'db.sqlite'))).toBe(secret);
  });

  it('generates one secret, keeps it private in the data folder, and reuses it', () => {
    const first = resolveTokenSecret(undefined, join(dir, 'db.sqlite'));
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(join(dir, 'token-secret'), 'utf8').trim()).toBe(first);
    expect(statSync(join(dir, 'token-secret')).mode & 0o077).toBe(0);
    expect(resolveTokenSecret(undefined, join(dir, 'db.sqlite'))).toBe(first);
  });
});
