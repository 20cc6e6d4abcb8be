// Access tokens: compact JWS (HS256) signed and checked with jose. The secret comes from
// VOCAXR_TOKEN_SECRET or is generated once and kept in the data folder, so tokens survive restarts.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
import { roles, type Role } from '../storage/store';
import { ensurePrivateFolder, keepPrivate, privateFileMode } from '../storage/privateFiles';

const issuer = 'vocaxr';
const audience = 'vocaxr-api';

export interface TokenClaims {
  userId: string;
  role: Role;
  institutionId: string;
}

export interface TokenService {
  issue(claims: TokenClaims): Promise<string>;
  /** The claims of a valid token; undefined for a missing, expired, forged or malformed one. */
  verify(token: string | undefined): Promise<TokenClaims | undefined>;
}

export function createTokenService(secret: string, ttlSeconds: number): TokenService {
  const key = new TextEncoder().encode(secret);
  return {
    async issue({ userId, role, institutionId }) {
      return new SignJWT({ role, inst: institutionId })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(userId)
        .setIssuer(issuer)
        .setAudience(audience)
        .setIssuedAt()
        .setExpirationTime(`${ttlSeconds}s`)
        .sign(key);
    },
    async verify(token) {
      if (!token) return undefined;
      try {
        const { payload } = await jwtVerify(token, key, { issuer, audience, algorithms: ['HS256'] });
        const role = payload.role as Role;
        if (typeof payload.sub !== 'string' || !roles.includes(role) || typeof payload.inst !== 'string') return undefined;
        return { userId: payload.sub, role, institutionId: payload.inst };
      } catch (error) {
        if (error instanceof joseErrors.JOSEError) return undefined;
        throw error;
      }
    },
  };
}

/**
 * The configured secret, or the one kept in `<dataDir>/token-secret` (created, mode 0600, on
 * first start). Without a data folder (in-memory database) a fresh secret is used per process.
 */
export function resolveTokenSecret(configured: string | undefined, databasePath: string | undefined): string {
  if (configured) return configured;
  if (!databasePath || databasePath === ':memory:') return randomBytes(32).toString('base64url');
  const file = join(dirname(resolve(databasePath)), 'token-secret');
  if (existsSync(file)) {
    keepPrivate(file);
    const kept = readFileSync(file, 'utf8').trim();
    if (kept.length >= 32) return kept;
  }
  const secret = randomBytes(48).toString('base64url');
  ensurePrivateFolder(dirname(file));
  writeFileSync(file, `${secret}\n`, { mode: privateFileMode });
  keepPrivate(file);
  return secret;
}
