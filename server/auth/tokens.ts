// Access tokens: short-lived compact JWS (HS256) naming a user and a sign-in, signed and checked
// with jose. The secret comes from VOCAXR_TOKEN_SECRET or is generated once and kept in the data
// folder, so tokens survive restarts. A valid signature is not enough: see ./authenticate.ts.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
import type { Role } from '../storage/store';

const issuer = 'vocaxr';
const audience = 'vocaxr-api';

/** Who is calling, as the database says now (server/auth/authenticate.ts); what routes read. */
export interface TokenClaims {
  userId: string;
  role: Role;
  institutionId: string;
}

/** The caller of an admitted request or socket: TokenClaims plus the sign-in behind the token. */
export interface Caller extends TokenClaims {
  signInId: string;
  /** When the access token presented expires (epoch ms). */
  expiresAtMs: number;
}

/** What a signed access token says; role and institution are deliberately not in it. */
export interface AccessTokenClaims {
  userId: string;
  signInId: string;
  expiresAtMs: number;
}

export interface TokenService {
  /** How long an access token lives (ms). */
  readonly accessTtlMs: number;
  issue(subject: { userId: string; signInId: string }): Promise<{ token: string; expiresAtMs: number }>;
  /** The claims of a valid token; undefined for a missing, expired, forged or malformed one. */
  verify(token: string | undefined): Promise<AccessTokenClaims | undefined>;
}

export function createTokenService(secret: string, accessTtlMs: number): TokenService {
  const key = new TextEncoder().encode(secret);
  return {
    accessTtlMs,
    async issue({ userId, signInId }) {
      const issuedAtMs = Date.now();
      // exp is in whole seconds (RFC 7519 NumericDate); round up so a token never dies early.
      const exp = Math.ceil((issuedAtMs + accessTtlMs) / 1000);
      const token = await new SignJWT({ sid: signInId })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(userId)
        .setIssuer(issuer)
        .setAudience(audience)
        .setIssuedAt(Math.floor(issuedAtMs / 1000))
        .setExpirationTime(exp)
        .sign(key);
      return { token, expiresAtMs: exp * 1000 };
    },
    async verify(token) {
      if (!token) return undefined;
      try {
        // A token without any of these is refused: no token lives forever or belongs to no sign-in.
        const { payload } = await jwtVerify(token, key, {
          issuer,
          audience,
          algorithms: ['HS256'],
          requiredClaims: ['exp', 'iat', 'sub', 'sid'],
        });
        if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string' || typeof payload.exp !== 'number') return undefined;
        return { userId: payload.sub, signInId: payload.sid, expiresAtMs: payload.exp * 1000 };
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
    const kept = readFileSync(file, 'utf8').trim();
    if (kept.length >= 32) return kept;
  }
  const secret = randomBytes(48).toString('base64url');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
