// Composes one VocaXR server: Express (REST API + built client) and Socket.IO on a single
// HTTP (or HTTPS) server and port. Everything it needs is passed in, so tests build it on port 0.
import { createServer, type Server as HttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
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
import { userRoutes } from './routes/users';
import { authRoutes } from './routes/auth';
import { defaultLoginLimits, type LoginLimits } from './auth/login/loginGuard';
import { sceneRoutes } from './routes/scenes';
import { classRoutes } from './routes/classes';
import { institutionRoutes } from './routes/institution';
import { apiNotFound, errorBody, errorHandler } from './http/errors';
import { originGuard, requestOriginAllowed } from './http/origin';
import { hostAllowlist, hostGuard, hostRefusal, requestHostAllowed } from './http/hostCheck';
import type { TlsCredentials } from './http/tls';
import { securityHeaders } from './http/security';
import { clientApp } from './http/clientApp';
import { requestLog } from './http/requestLog';
import { setUpTrainingNamespace } from './realtime/training';
import { setUpProctorNamespace } from './realtime/proctor';
import { serverInfo } from './demo/info';
import { SessionService } from './ingest/sessionService';
import { AbandonSweeper } from './ingest/abandonSweeper';
import { ExamDeadlineSweeper } from './exams/deadlineSweeper';
import { examRoutes } from './routes/exams';
import { markingRoutes } from './routes/marking';
import type { CertificateIssuer } from './exams/certificateIssuer';
import { sessionRoutes } from './routes/sessions';
import { learnerRoutes } from './routes/learners';
import type { RateLimit } from './realtime/rateLimiter';
import { defaultUserBudgets, UserBudgets, type UserBudgetLimits } from './realtime/userBudgets';
import type { IssuerKeyMaterial } from './certificates/issuerKey';
import { issuerIdentity } from './certificates/issuerIdentity';
import { CertificateService } from './certificates/certificateService';
import { signOffIssuer } from './certificates/signOffIssuer';
import { certificateRoutes, publicCertificateRoutes, type CertificateLimits } from './routes/certificates';

export interface ServerDeps {
  config: Pick<Config, 'allowedOrigins' | 'clientDir' | 'demo'> &
    Partial<Pick<Config, 'abandonAfterMs' | 'publicUrl' | 'allowedHosts' | 'trustProxy' | 'tokenTtlSeconds' | 'loginConcurrency'>>;
  /** Certificate and key: serve HTTPS (and Socket.IO over wss) instead of HTTP. */
  tls?: TlsCredentials | undefined;
  store: Store;
  tokens: TokenService;
  logger: Logger;
  /** Per-socket message rate limit on /training (tests lower it). */
  socketRateLimit?: RateLimit;
  /** Per-user budgets on /training, and the socket cap on /proctor (tests raise or lower them). @default defaultUserBudgets */
  userBudgets?: Partial<UserBudgetLimits>;
  /** The server's clock for session time (tests run it ahead instead of waiting). */
  now?: () => number;
  /** Draws attempts' params (a test seam; see SessionServiceOptions.random). @default the OS's CSPRNG */
  random?: () => number;
  /** How often idle practice attempts are looked for (tests shorten it). @default 60 s */
  abandonSweepMs?: number;
  /** How often exam attempts past their deadline + grace are looked for. @default 1 s */
  examSweepMs?: number;
  /** Tests only (no setting): the exam grace after the deadline, so a browser test need not wait a minute. @default 60 s */
  examGraceMs?: number;
  /** Sign-in limits (tests shorten the delays); the hashing concurrency comes from config. */
  loginLimits?: Partial<LoginLimits>;
  /** The sign-off hook (server/exams/certificateIssuer.ts); by default the certificate service (server/certificates/signOffIssuer.ts). */
  certificateIssuer?: CertificateIssuer | undefined;
  /** The institution's certificate signing key (server/certificates/issuerKey.ts). */
  issuerKey: IssuerKeyMaterial;
  /** Certificate lookups and verifications per address (tests and the benchmark change them). @default defaultLookupLimit, defaultVerifyLimit */
  certificateLimits?: CertificateLimits;
}

export interface VocaxrServer {
  http: HttpServer;
  io: SocketServer;
  sessions: SessionService;
  abandonSweeper: AbandonSweeper;
  examSweeper: ExamDeadlineSweeper;
  /** Issues (sign-off's hook), revokes and verifies certificates (docs/protocol.md §8). */
  certificates: CertificateService;
  listen(port: number, host?: string): Promise<AddressInfo>;
  /** Stops accepting, disconnects sockets, waits for in-flight requests; leaves the store open. */
  close(): Promise<void>;
}

export function createVocaxrServer({ config, store, tokens, logger, socketRateLimit, userBudgets, now, random, abandonSweepMs, examSweepMs, examGraceMs, tls, loginLimits, certificateIssuer, issuerKey, certificateLimits }: ServerDeps): VocaxrServer {
  const budgets = new UserBudgets({ ...defaultUserBudgets, ...userBudgets });
  const sessions = new SessionService(store, logger, { activeAttemptsPerScene: budgets.limits.activeAttemptsPerScene, ...(now ? { now } : {}), ...(random ? { random } : {}), ...(examGraceMs !== undefined ? { examGraceMs } : {}) });
  const abandonAfterMs = config.abandonAfterMs ?? 30 * 60_000;
  const abandonSweeper = new AbandonSweeper(store, sessions, logger, {
    idleMs: abandonAfterMs,
    intervalMs: abandonSweepMs ?? Math.min(60_000, Math.max(1_000, Math.round(abandonAfterMs / 10))),
  });
  abandonSweeper.start();
  const examSweeper = new ExamDeadlineSweeper(store, sessions, logger, examSweepMs ?? 1_000);
  // The public origin is ours too: behind a proxy that rewrites Host, Origin still names it.
  const allowedOrigins = [...new Set([...(config.publicUrl ? [config.publicUrl] : []), ...config.allowedOrigins])];
  const hostAllowed = hostAllowlist({ publicUrl: config.publicUrl, allowedOrigins, allowedHosts: config.allowedHosts ?? [] });
  // Every request and socket message is checked against the sign-ins table; the notices only
  // make sockets go at once instead of at their next message.
  const authEvents = new AuthEvents();
  const auth = createAuthenticator(store, tokens);
  const signIns = new SignInService(store, tokens, authEvents, (config.tokenTtlSeconds ?? 12 * 3600) * 1000);
  // Wall-clock time, not the sessions' clock that tests run ahead: a verifier compares validFrom with its own.
  const certificates = new CertificateService(store, issuerIdentity(issuerKey, config.publicUrl), { publicUrl: config.publicUrl });
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy ?? 'loopback');
  app.use(securityHeaders({ connectOrigins: allowedOrigins, https: tls !== undefined }));
  app.use(requestLog(logger));
  app.use(hostGuard(hostAllowed));
  // The issuer's DID document (did:web only): public keys, never the secret.
  // A did:key issuer has none: 404, never the single-page app's index.html.
  app.get('/.well-known/did.json', (_req, res) => {
    if (certificates.identity.method !== 'web') res.status(404).json(errorBody('not_found', 'this server issues with a did:key: it publishes no did:web document'));
    else res.type('application/did+json').json(certificates.identity.didDocument);
  });

  const api = express.Router();
  api.use(originGuard(allowedOrigins));
  api.use(express.json({ limit: '1mb' }));
  api.get('/health', (_req, res) => {
    res.json({ ok: true });
  });
  api.get('/info', (_req, res) => {
    res.json(serverInfo(config.demo));
  });
  const loginHashQueue = { ...defaultLoginLimits.hashQueue, ...(config.loginConcurrency ? { concurrency: config.loginConcurrency } : {}) };
  api.use('/auth', authRoutes(store, auth, signIns, { ...defaultLoginLimits, hashQueue: loginHashQueue, ...loginLimits }));
  // Certificates: public reads, verify and the rate-limited lookup (docs/protocol.md §8).
  api.use(publicCertificateRoutes(store, certificates, { publicUrl: config.publicUrl, ...(certificateLimits ? { limits: certificateLimits } : {}) }));
  api.use(requireAuth(auth));
  api.use(certificateRoutes(store, certificates));
  // One router per URL prefix (server/routes/<prefix>.ts), its paths relative to the prefix.
  api.use('/scenes', sceneRoutes());
  api.use('/classes', classRoutes(store));
  api.use('/institution', institutionRoutes(store));
  api.use('/learners', learnerRoutes(store));
  api.use('/sessions', sessionRoutes(store, sessions));
  api.use('/users', userRoutes(store, authEvents));
  api.use('/exams', examRoutes(store, sessions));
  // A pass at sign-off issues its certificate through this service unless a test hands in its own issuer.
  api.use('/exams', markingRoutes(store, { logger, now: () => sessions.now(), certificateIssuer: certificateIssuer ?? signOffIssuer(store, certificates) }));
  api.use(apiNotFound);
  app.use('/api', api);

  app.use(clientApp(config.clientDir));
  app.use(errorHandler(logger));

  const http: HttpServer = tls ? createHttpsServer({ cert: tls.cert, key: tls.key }, app) : createServer(app);
  const io = new SocketServer(http, {
    serveClient: false,
    // Above the 1 MB batch limit, so an oversized batch gets a \`too_large\` ack instead of a
    // dropped connection; only a message over this is cut off by Socket.IO itself.
    maxHttpBufferSize: 4 * 1024 * 1024,
    allowRequest: (req, callback) => {
      if (!requestHostAllowed(req, hostAllowed)) callback(hostRefusal(req.headers.host), false);
      else callback(null, requestOriginAllowed(req, allowedOrigins));
    },
    cors: allowedOrigins.length > 0 ? { origin: allowedOrigins } : undefined,
  });
  setUpTrainingNamespace(io, auth, authEvents, sessions, logger, socketRateLimit, budgets);
  setUpProctorNamespace(io, auth, authEvents, store, sessions, logger, socketRateLimit, new UserBudgets(budgets.limits));
  // After the namespace: an attempt it ends at boot is announced to whoever is connected.
  examSweeper.start();

  return {
    http,
    io,
    sessions,
    abandonSweeper,
    examSweeper,
    certificates,
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
      examSweeper.stop();
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
