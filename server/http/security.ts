// Security headers (helmet) tuned for a WebXR app served over plain HTTP on a college LAN
// as well as over HTTPS: no upgrade-insecure-requests, WebGL workers and blobs allowed.
import helmet from 'helmet';

export interface SecurityHeaderOptions {
  /** Origins besides our own that the page may call (VOCAXR_ALLOWED_ORIGINS, VOCAXR_PUBLIC_URL). */
  connectOrigins: readonly string[];
  /** This server terminates TLS itself, so it may ask browsers to stay on HTTPS. */
  https: boolean;
}

/** Each origin and its WebSocket form (http→ws, https→wss): Socket.IO upgrades to it. */
export function connectSources(origins: readonly string[]): string[] {
  const sources = origins.flatMap((origin) => [origin, origin.replace(/^http/, 'ws')]);
  return [...new Set(sources)];
}

export const securityHeaders = ({ connectOrigins, https }: SecurityHeaderOptions) =>
  helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'media-src': ["'self'", 'data:', 'blob:'],
        // 'self' covers our own ws:/wss: (CSP Level 3); no other host may be reached.
        'connect-src': ["'self'", ...connectSources(connectOrigins), 'blob:', 'data:'],
        'worker-src': ["'self'", 'blob:'],
        'upgrade-insecure-requests': null,
      },
    },
    // HSTS only when we serve HTTPS ourselves (a reverse proxy adds its own). No
    // includeSubDomains: the college's other hosts are not ours to move to HTTPS.
    strictTransportSecurity: https ? { maxAge: 180 * 24 * 3600, includeSubDomains: false } : false,
  });
