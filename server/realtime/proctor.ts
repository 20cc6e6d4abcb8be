// The /proctor Socket.IO namespace (docs/protocol.md §6): assessors and admins only, admitted and
// kept signed in like /training (socketAuth.ts); live state comes from the ingest path through
// ProctorLive, the SessionService's publisher.
import type { Namespace, Server } from 'socket.io';
import type { Logger } from 'pino';
import type { Authenticator } from '../auth/authenticate';
import type { AuthEvents } from '../auth/authEvents';
import type { Caller } from '../auth/tokens';
import type { SessionService } from '../ingest/sessionService';
import type { Store } from '../storage/store';
import { attachProctorHandlers } from './proctorHandlers';
import { ProctorLive } from './proctorLive';
import { defaultSocketRateLimit, type RateLimit } from './rateLimiter';
import { attachSocketAccess, authenticateHandshake, disconnectOnAuthEvents, joinAuthRooms } from './socketAuth';
import { admitWithinUserBudget, UserBudgets } from './userBudgets';

export function setUpProctorNamespace(
  io: Server,
  auth: Authenticator,
  authEvents: AuthEvents,
  store: Store,
  sessions: SessionService,
  logger: Logger,
  rateLimit: RateLimit = defaultSocketRateLimit,
  /** Its own budgets (a dashboard's sockets never use up a learner's /training ones); only the socket cap applies here. */
  budgets: UserBudgets = new UserBudgets(),
): Namespace {
  const proctor = io.of('/proctor');
  // Students and teachers have nothing to watch: refused before any message (`forbidden`).
  proctor.use(authenticateHandshake(auth, ['assessor', 'admin']));
  // A token cannot open hundreds of dashboards either: beyond the cap the handshake is `rate_limited`.
  proctor.use(admitWithinUserBudget(budgets));
  disconnectOnAuthEvents(proctor, authEvents);
  const live = new ProctorLive(proctor, sessions, logger);
  sessions.publishTo(live);
  proctor.on('connection', (socket) => {
    const { userId, role } = (socket.data as { auth: Caller }).auth;
    joinAuthRooms(socket);
    logger.debug({ socketId: socket.id, userId, role }, 'proctor socket connected');
    const access = attachSocketAccess(socket, auth, logger);
    attachProctorHandlers(socket, store, sessions, live, access, logger, rateLimit);
  });
  return proctor;
}
