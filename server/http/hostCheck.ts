// The Host allowlist against DNS rebinding: a page on evil.example whose name is re-pointed at
// this server sends a matching Origin and Host, so the Origin check alone would let it in.
// A request is served only when its Host names this server: an IP literal, localhost, the
// machine's own name, or a host configured in VOCAXR_PUBLIC_URL / _ALLOWED_ORIGINS / _ALLOWED_HOSTS.
import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';
import { hostname } from 'node:os';
import type { RequestHandler } from 'express';
import { errorBody } from './errors';

export interface HostAllowlistSources {
  publicUrl?: string | undefined;
  allowedOrigins: readonly string[];
  /** Names, `*.domain` patterns, or `*` (any Host: only behind a proxy that checks Host itself). */
  allowedHosts: readonly string[];
}

export type HostAllowed = (hostHeader: string | undefined) => boolean;

/** The host name of a Host header, lower case, without port, brackets or a trailing dot. */
export function hostNameOf(hostHeader: string): string {
  const text = hostHeader.trim().toLowerCase();
  const bracketed = /^\[([^\]]+)\](:\d+)?$/.exec(text);
  if (bracketed) return bracketed[1]!;
  const name = isIP(text) === 6 ? text : text.replace(/:\d*$/, '');
  return name.replace(/\.$/, '');
}

/** The machine's own names: `os.hostname()`, its first label, and both with `.local` (mDNS). */
export function machineHostNames(name = hostname()): string[] {
  const full = name.toLowerCase().replace(/\.$/, '');
  const short = full.split('.')[0]!;
  return [...new Set([full, `${full}.local`, short, `${short}.local`])].filter((n) => n !== '' && n !== '.local');
}

export function hostAllowlist(sources: HostAllowlistSources, ownNames: readonly string[] = machineHostNames()): HostAllowed {
  if (sources.allowedHosts.includes('*')) return () => true;
  const exact = new Set<string>(ownNames);
  const suffixes: string[] = [];
  for (const origin of [sources.publicUrl, ...sources.allowedOrigins]) {
    if (origin) exact.add(new URL(origin).hostname.toLowerCase().replace(/^\[|\]$/g, ''));
  }
  for (const host of sources.allowedHosts) {
    if (host.startsWith('*.')) suffixes.push(host.slice(1));
    else exact.add(host);
  }
  return (hostHeader) => {
    // No Host at all is not a browser (every browser sends one); HTTP/1.0 tools may omit it.
    if (hostHeader === undefined) return true;
    const name = hostNameOf(hostHeader);
    if (isIP(name) !== 0) return true;
    if (name === 'localhost' || name.endsWith('.localhost')) return true;
    return exact.has(name) || suffixes.some((suffix) => name.endsWith(suffix));
  };
}

export const hostRefusal = (hostHeader: string | undefined): string =>
  `this server does not answer to the host name "${hostNameOf(hostHeader ?? '')}"; if that is its real name, ` +
  'add it to VOCAXR_ALLOWED_HOSTS (or set VOCAXR_PUBLIC_URL to the address people open)';

export const requestHostAllowed = (req: IncomingMessage, allowed: HostAllowed): boolean => allowed(req.headers.host);

/** Refuses every request with a foreign Host: JSON under /api, plain text elsewhere. */
export function hostGuard(allowed: HostAllowed): RequestHandler {
  return (req, res, next) => {
    if (requestHostAllowed(req, allowed)) return next();
    const message = hostRefusal(req.headers.host);
    res.status(403);
    if (req.path === '/api' || req.path.startsWith('/api/')) res.json(errorBody('forbidden', message));
    else res.type('text/plain').send(`${message}\n`);
  };
}
