// Security headers (helmet) tuned for a WebXR app served over plain HTTP on a college LAN
// as well as behind HTTPS: no upgrade-insecure-requests, WebGL workers and blobs allowed.
import helmet from 'helmet';

export const securityHeaders = () =>
  helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'media-src': ["'self'", 'data:', 'blob:'],
        'connect-src': ["'self'", 'ws:', 'wss:', 'blob:', 'data:'],
        'worker-src': ["'self'", 'blob:'],
        'upgrade-insecure-requests': null,
      },
    },
    // HSTS only makes sense behind HTTPS, which a reverse proxy adds with its own header.
    strictTransportSecurity: false,
  });
