// Bearer-token authentication and role guards for Express routes.
import type { RequestHandler, Response } from 'express';
import { ApiError } from '../http/errors';
import type { Role } from '../storage/store';
import type { Authenticator } from './authenticate';
import type { Caller } from './tokens';

/** The bearer token of an Authorization header, if it has one. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = header?.match(/^Bearer\s+(\S+)\s*$/i);
  return match?.[1];
}

/**
 * Rejects the request with 401 `unauthorized` unless it carries a token of a live sign-in of an
 * enabled user; the caller's role and institution are the database's, read on every request.
 */
export function requireAuth(auth: Authenticator): RequestHandler {
  return async (req, res, next) => {
    const caller = await auth.authenticate(bearerToken(req.headers.authorization));
    if (!caller) {
      next(new ApiError('unauthorized', 'sign in again: this request needs a valid "Authorization: Bearer <token>" of a current sign-in'));
      return;
    }
    res.locals.auth = caller;
    next();
  };
}

/** The caller (role fresh from the database); only valid behind requireAuth. */
export function authOf(res: Response): Caller {
  const claims = res.locals.auth as Caller | undefined;
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
