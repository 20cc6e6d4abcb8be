import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SignJWT } from 'jose';
import { afterAll, describe, expect, it } from 'vitest';
import { createTokenService, resolveTokenSecret } from '../../../../server/auth/tokens';

const secret = 'a'.repeat(48);
const key = new TextEncoder().encode(secret);
const subject = { userId: 'u1', signInId: 's1' };
const nowS = () => Math.floor(Date.now() / 1000);

/** A token signed with the server's secret carrying exactly the given claims. */
async function signed(claims: { sub?: string; sid?: string; iat?: number; exp?: number }): Promise<string> {
  const jwt = new SignJWT(claims.sid === undefined ? {} : { sid: claims.sid }).setProtectedHeader({ alg: 'HS256' }).setIssuer('vocaxr').setAudience('vocaxr-api');
  if (claims.sub !== undefined) jwt.setSubject(claims.sub);
  if (claims.iat !== undefined) jwt.setIssuedAt(claims.iat);
  if (claims.exp !== undefined) jwt.setExpirationTime(claims.exp);
  return jwt.sign(key);
}

describe('tokens', () => {
  const tokens = createTokenService(secret, 15 * 60_000);

  it('round-trips user and sign-in, with the expiry it announces', async () => {
    const before = Date.now();
    const { token, expiresAtMs } = await tokens.issue(subject);
    expect(expiresAtMs).toBeGreaterThanOrEqual(before + 15 * 60_000);
    expect(expiresAtMs).toBeLessThanOrEqual(before + 15 * 60_000 + 1_000);
    expect(await tokens.verify(token)).toEqual({ ...subject, expiresAtMs });
  });

  it('carries no role or institution: those are read from the database', async () => {
    const { token } = await tokens.issue(subject);
    const payload = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as Record<string, unknown>;
    expect(Object.keys(payload).sort()).toEqual(['aud', 'exp', 'iat', 'iss', 'sid', 'sub']);
  });

  it('refuses a missing, malformed, forged or expired token', async () => {
    expect(await tokens.verify(undefined)).toBeUndefined();
    expect(await tokens.verify('not.a.token')).toBeUndefined();
    const forged = (await createTokenService('b'.repeat(48), 60_000).issue(subject)).token;
    expect(await tokens.verify(forged)).toBeUndefined();
    expect(await tokens.verify(await signed({ sub: 'u1', sid: 's1', iat: nowS() - 7200, exp: nowS() - 3600 }))).toBeUndefined();
  });

  it.each(['exp', 'iat', 'sub', 'sid'] as const)('refuses a token without %s', async (claim) => {
    const claims = { sub: 'u1', sid: 's1', iat: nowS(), exp: nowS() + 600 };
    expect(await tokens.verify(await signed(claims))).toBeDefined();
    delete claims[claim];
    expect(await tokens.verify(await signed(claims))).toBeUndefined();
  });

  it('refuses a tampered payload (another user)', async () => {
    const [header, , signature] = (await tokens.issue(subject)).token.split('.');
    const payload = Buffer.from(JSON.stringify({ sub: 'u2', sid: 's1', iss: 'vocaxr', aud: 'vocaxr-api', iat: nowS(), exp: 9e9 })).toString('base64url');
    expect(await tokens.verify(`${header}.${payload}.${signature}`)).toBeUndefined();
  });

  it('refuses an unsigned ("alg": "none") token', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url');
    const payload = Buffer.from(JSON.stringify({ sub: 'u1', sid: 's1', iss: 'vocaxr', aud: 'vocaxr-api', iat: nowS(), exp: 9e9 })).toString('base64url');
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
