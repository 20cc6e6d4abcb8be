// The production entry: config from the environment, boot, graceful shutdown on SIGTERM/SIGINT.
// A bad configuration or an unopenable database exits with status 1 and a clear message.
import { ConfigError, loadConfig } from './config';
import { createLogger } from './logger';
import { logStartNotes } from './startNotes';
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
  logStartNotes(logger, config, running.address.port);

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
