// Boots a complete server from a Config: store, demo data, tokens, HTTP + Socket.IO.
// Used by `npm start`, `npm run dev` and the tests, so all three run the same wiring.
import type { AddressInfo } from 'node:net';
import type { Config } from './config';
import { createLogger, type Logger } from './logger';
import { openStore } from './storage/openStore';
import type { Store } from './storage/store';
import { createTokenService, resolveTokenSecret } from './auth/tokens';
import { demoAccounts, demoPassword, seedDemoData } from './demo/seed';
import { seedDemoAttempts } from './demo/attempts';
import { createVocaxrServer, type ServerDeps, type VocaxrServer } from './app';
import { loadTlsCredentials } from './http/tls';
import { resolveIssuerKey } from './certificates/issuerKey';

export interface RunningServer {
  server: VocaxrServer;
  store: Store;
  logger: Logger;
  address: AddressInfo;
  url: string;
  /** Graceful stop: sockets, HTTP, then the store. Safe to call twice. */
  stop(): Promise<void>;
}

/** Test seams (production passes none), and the sign-off's certificate issuer (server/exams/certificateIssuer.ts). */
export type BootOptions = Pick<ServerDeps, 'socketRateLimit' | 'userBudgets' | 'now' | 'random' | 'abandonSweepMs' | 'examSweepMs' | 'examGraceMs' | 'loginLimits' | 'certificateIssuer' | 'certificateLimits'> & {
  /** Seed the demo students' sample attempts with the demo data. @default true */
  demoAttempts?: boolean;
};

export async function boot(config: Config, logger: Logger = createLogger(config.logLevel), options: BootOptions = {}): Promise<RunningServer> {
  // Before the store: a wrong certificate path should not leave a fresh database behind.
  const tls = config.tls ? loadTlsCredentials(config.tls) : undefined;
  const store = openStore(config.database);
  try {
    if (config.demo && (await seedDemoData(store))) {
      const attempts = options.demoAttempts === false ? 0 : await seedDemoAttempts(store, (options.now ?? Date.now)());
      logger.info(
        { accounts: demoAccounts.map((a) => `${a.username} (${a.role})`), password: demoPassword },
        `demo data seeded: sign in as ${demoAccounts.map((a) => a.username).join(', ')} with password ${demoPassword}`,
      );
      if (attempts > 0) logger.info({ attempts }, `${attempts} sample attempts of the demo students stored and scored`);
    }
    const databasePath = config.database.kind === 'sqlite' ? config.database.path : undefined;
    const tokens = createTokenService(resolveTokenSecret(config.tokenSecret, databasePath), config.accessTokenTtlMs);
    const issuerKey = await resolveIssuerKey(config.issuerKey, databasePath);
    const { demoAttempts: _demoAttempts, ...deps } = options;
    const server = createVocaxrServer({ config, store, tokens, logger, tls, issuerKey, ...deps });
    const address = await server.listen(config.port, config.host);
    const shownHost = ['0.0.0.0', '::', '127.0.0.1', '::1'].includes(address.address) ? 'localhost' : address.address;
    const url = `${tls ? 'https' : 'http'}://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${address.port}`;
    let stopping: Promise<void> | undefined;
    return {
      server,
      store,
      logger,
      address,
      url,
      stop: () =>
        (stopping ??= (async () => {
          await server.close();
          await store.close();
        })()),
    };
  } catch (error) {
    await store.close();
    throw error;
  }
}
