// The start log's notes for the person starting the server: who can reach it (loopback or
// the network, and the addresses a headset types), whether demo accounts are on and why.
import { networkInterfaces } from 'node:os';
import { isLoopbackHost, type Config } from './config';
import type { Logger } from './logger';

/** What a person starting the server must know: who can reach it, and whether demo accounts are on. */
export function logStartNotes(logger: Logger, config: Config, port: number): void {
  if (isLoopbackHost(config.host)) {
    logger.info({ host: config.host }, 'serving on loopback only; set HOST=0.0.0.0 to serve the network');
  } else if (['0.0.0.0', '::'].includes(config.host)) {
    // What to type on a headset on the same network (docs/https.md).
    const scheme = config.tls ? 'https' : 'http';
    const urls = Object.values(networkInterfaces())
      .flatMap((list) => list ?? [])
      .filter((a) => a.family === 'IPv4' && !a.internal)
      .map((a) => `${scheme}://${a.address}:${port}`);
    if (urls.length > 0) logger.info({ urls }, `other devices on the network open ${urls.join(' or ')}`);
  }
  if (config.demoOnNetwork) {
    logger.warn(
      { demo: true, reason: config.demoReason },
      `WARNING: demo accounts are ON and reachable from the network (${config.demoReason}): anyone who can reach this ` +
        'server can sign in as them with the password published in the README. Use VOCAXR_DEMO=1 on a network address only for a trusted demo.',
    );
  } else {
    logger.info({ demo: config.demo, reason: config.demoReason }, `demo accounts are ${config.demo ? 'on' : 'off'}: ${config.demoReason}`);
  }
  if (!config.tls && !isLoopbackHost(config.host)) {
    logger.info('plain HTTP: headsets need HTTPS for WebXR; set TLS_CERT and TLS_KEY or put a reverse proxy in front (docs/https.md)');
  }
}
