// The Origin allowlist: browsers may call the API and open sockets only from the server's
// own origin or one listed in VOCAXR_ALLOWED_ORIGINS. Requests without an Origin header
// (curl, socket.io-client in Node, a load generator) are not browser cross-site requests.
import type { IncomingMessage } from 'node:http';
import type { RequestHandler } from 'express';
import { errorBody } from './errors';

export function isOriginAllowed(origin: string | undefined, host: string | undefined, allowed: readonly string[]): boolean {
  if (!origin) return true;
  if (allowed.includes(origin)) return true;
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false;
  }
}

export function requestOriginAllowed(req: IncomingMessage, allowed: readonly string[]): boolean {
  return isOriginAllowed(req.headers.origin, req.headers.host, allowed);
}

export function originGuard(allowed: readonly string[]): RequestHandler {
  return (req, res, next) => {
    if (requestOriginAllowed(req, allowed)) {
      const origin = req.headers.origin;
      if (origin && allowed.includes(origin)) {
        res.setHeader('Access-Control-Allow-Origin', origin);
        res.setHeader('Vary', 'Origin');
        res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type');
        res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT, PATCH, DELETE');
        if (req.method === 'OPTIONS') {
          res.status(204).end();
          return;
        }
      }
      next();
      return;
    }
    res.status(403).json(errorBody('forbidden', `origin ${req.headers.origin} is not allowed`));
  };
}
