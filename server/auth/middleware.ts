// Bearer-token authentication and role guards for Express routes.
import type { RequestHandler, Response } from 'express';
import { ApiError } from '../http/errors';
import type { Role } from '../storage/store';
import type { TokenClaims, TokenService } from './tokens';

/** The bearer token of an Authorization header, if it has one. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = header?.match(/^Bearer\s+(\S+)\s*$/i);
  return match?.[1];
}

/** Rejects the request with 401 `unauthorized` unless it carries a valid token. */
export function requireAuth(tokens: TokenService): RequestHandler {
  return async (req, res, next) => {
    const claims = await tokens.verify(bearerToken(req.headers.authorization));
    if (!claims) {
      next(new ApiError('unauthorized', 'sign in first: a valid "Authorization: Bearer <token>" header is required'));
      return;
    }
    res.locals.auth = claims;
    next();
  };
}

/** The caller's claims; only valid behind requireAuth. */
export function authOf(res: Response): TokenClaims {
  const claims = res.locals.auth as TokenClaims | undefined;
  if (!claims) throw new Error('authOf() used on a route without requireAuth');
  return claims;
}

/** Rejects with 403 `forbidden` unless the caller has one of `allowed`. */
export function requireRole(...allowed: Role[]): RequestHandler {
  return (_req, res, next) => {
    const { role } = authOf(res);
    next(allowed.includes(role) ? undefined : new ApiError('forbidden', `this needs one of the roles: ${allowed.join(', ')}`));
  };
}
