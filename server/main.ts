// The production entry: config from the environment, boot, graceful shutdown on SIGTERM/SIGINT.
// A bad configuration or an unopenable database exits with status 1 and a clear message.
import { ConfigError, isLoopbackHost, loadConfig, type Config } from './config';
import { createLogger, type Logger } from './logger';
import { StoreOpenError } from './storage/openStore';
import { TlsLoadError } from './http/tls';
import { boot } from './boot';

export async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`VocaXR cannot start.\n${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const startedAt = performance.now();
  let running;
  try {
    running = await boot(config, logger);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message =
      error instanceof StoreOpenError || error instanceof TlsLoadError
        ? error.message
        : code === 'EADDRINUSE' || code === 'EACCES'
          ? `PORT: cannot listen on port ${config.port} (${code === 'EADDRINUSE' ? 'already in use' : 'permission denied'}); set PORT to another port`
          : undefined;
    if (message) {
      logger.fatal({ err: error }, 'cannot start');
      process.stderr.write(`VocaXR cannot start: ${message}\n`);
      process.exit(1);
    }
    throw error;
  }
  logger.info(
    { url: running.url, database: config.database.kind, demo: config.demo, https: config.tls !== undefined, bootMs: Math.round(performance.now() - startedAt) },
    `VocaXR is serving on ${running.url}`,
  );
  logStartNotes(logger, config);

  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      logger.error('shutdown took over 10 s; exiting');
      process.exit(1);
    }, 10_000);
    force.unref();
    running.stop().then(
      () => {
        logger.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'error while shutting down');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

/** What a person starting the server must know: who can reach it, and whether demo accounts are on. */
function logStartNotes(logger: Logger, config: Config): void {
  if (isLoopbackHost(config.host)) {
    logger.info({ host: config.host }, 'serving on loopback only; set HOST=0.0.0.0 to serve the network');
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
