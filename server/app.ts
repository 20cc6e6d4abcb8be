// Composes one VocaXR server: Express (REST API + built client) and Socket.IO on a single
// HTTP server and port. Everything it needs is passed in, so tests build it on port 0.
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { Server as SocketServer } from 'socket.io';
import type { Logger } from 'pino';
import type { Config } from './config';
import type { Store } from './storage/store';
import type { TokenService } from './auth/tokens';
import { requireAuth } from './auth/middleware';
import { AuthEvents } from './auth/authEvents';
import { createAuthenticator } from './auth/authenticate';
import { SignInService } from './auth/signIns';
import { userRoutes } from './users/routes';
import { authRoutes } from './auth/routes';
import { catalogueRoutes } from './catalogue/routes';
import { classRoutes } from './classes/routes';
import { apiNotFound, errorHandler } from './http/errors';
import { originGuard, requestOriginAllowed } from './http/origin';
import { securityHeaders } from './http/security';
import { clientApp } from './http/clientApp';
import { requestLog } from './http/requestLog';
import { setUpTrainingNamespace } from './realtime/training';
import { serverInfo } from './demo/info';
import { SessionService } from './ingest/sessionService';
import { AbandonSweeper } from './ingest/abandonSweeper';
import { sessionRoutes } from './sessions/routes';
import { reviewRoutes } from './review/routes';
import { commentRoutes } from './review/commentRoutes';
import type { RateLimit } from './realtime/rateLimiter';

export interface ServerDeps {
  config: Pick<Config, 'allowedOrigins' | 'clientDir' | 'demo'> & Partial<Pick<Config, 'abandonAfterMs' | 'tokenTtlSeconds'>>;
  store: Store;
  tokens: TokenService;
  logger: Logger;
  /** Per-socket message rate limit on /training (tests lower it). */
  socketRateLimit?: RateLimit;
  /** The server's clock for session time (tests run it ahead instead of waiting). */
  now?: () => number;
  /** How often idle practice attempts are looked for (tests shorten it). @default 60 s */
  abandonSweepMs?: number;
}

export interface VocaxrServer {
  http: HttpServer;
  io: SocketServer;
  sessions: SessionService;
  abandonSweeper: AbandonSweeper;
  listen(port: number, host?: string): Promise<AddressInfo>;
  /** Stops accepting, disconnects sockets, waits for in-flight requests; leaves the store open. */
  close(): Promise<void>;
}

export function createVocaxrServer({ config, store, tokens, logger, socketRateLimit, now, abandonSweepMs }: ServerDeps): VocaxrServer {
  const sessions = new SessionService(store, logger, now ? { now } : {});
  const abandonAfterMs = config.abandonAfterMs ?? 30 * 60_000;
  const abandonSweeper = new AbandonSweeper(store, sessions, logger, {
    idleMs: abandonAfterMs,
    intervalMs: abandonSweepMs ?? Math.min(60_000, Math.max(1_000, Math.round(abandonAfterMs / 10))),
  });
  abandonSweeper.start();
  // Every request and socket message is checked against the sign-ins table; the notices only
  // make sockets go at once instead of at their next message.
  const authEvents = new AuthEvents();
  const auth = createAuthenticator(store, tokens);
  const signIns = new SignInService(store, tokens, authEvents, (config.tokenTtlSeconds ?? 12 * 3600) * 1000);
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(securityHeaders());
  app.use(requestLog(logger));

  const api = express.Router();
  api.use(originGuard(config.allowedOrigins));
  api.use(express.json({ limit: '1mb' }));
  api.get('/health', (_req, res) => {
    res.json({ ok: true });
  });
  api.get('/info', (_req, res) => {
    res.json(serverInfo(config.demo));
  });
  api.use('/auth', authRoutes(store, auth, signIns));
  api.use(requireAuth(auth));
  api.use('/scenes', catalogueRoutes());
  api.use(classRoutes(store));
  api.use(sessionRoutes(store, sessions));
  api.use(reviewRoutes(store));
  api.use(commentRoutes(store));
  api.use(userRoutes(store, authEvents));
  api.use(apiNotFound);
  app.use('/api', api);

  app.use(clientApp(config.clientDir));
  app.use(errorHandler(logger));

  const http = createServer(app);
  const io = new SocketServer(http, {
    serveClient: false,
    // Above the 1 MB batch limit, so an oversized batch gets a \`too_large\` ack instead of a
    // dropped connection; only a message over this is cut off by Socket.IO itself.
    maxHttpBufferSize: 4 * 1024 * 1024,
    allowRequest: (req, callback) => callback(null, requestOriginAllowed(req, config.allowedOrigins)),
    cors: config.allowedOrigins.length > 0 ? { origin: config.allowedOrigins } : undefined,
  });
  setUpTrainingNamespace(io, auth, authEvents, sessions, logger, socketRateLimit);

  return {
    http,
    io,
    sessions,
    abandonSweeper,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        http.once('error', reject);
        http.listen(port, host, () => {
          http.off('error', reject);
          resolve(http.address() as AddressInfo);
        });
      }),
    close: async () => {
      abandonSweeper.stop();
      sessions.close();
      io.disconnectSockets(true);
      // io.close() also closes the HTTP server; wait for in-flight requests to finish.
      await new Promise<void>((resolve) => {
        io.close(() => resolve());
        http.closeIdleConnections();
      });
    },
  };
}
