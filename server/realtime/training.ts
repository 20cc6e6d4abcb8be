// The /training Socket.IO namespace: the handshake admits only a token of a live sign-in; the
// attempt handlers (session:start, events, resume, finish) hang off the admitted socket, and a
// sign-out or a change to the user disconnects their sockets at once.
import type { Namespace, Server } from 'socket.io';
import type { Logger } from 'pino';
import type { Authenticator } from '../auth/authenticate';
import type { AuthEvents } from '../auth/authEvents';
import type { Caller } from '../auth/tokens';
import type { SessionService } from '../ingest/sessionService';
import { attachTrainingHandlers } from './trainingHandlers';
import { defaultSocketRateLimit, type RateLimit } from './rateLimiter';
import { attachSocketAccess, authenticateHandshake, disconnectOnAuthEvents, joinAuthRooms, userRoom } from './socketAuth';
import { admitWithinUserBudget, UserBudgets } from './userBudgets';

export interface TrainingSocketData {
  auth: Caller;
}

export function setUpTrainingNamespace(
  io: Server,
  auth: Authenticator,
  authEvents: AuthEvents,
  sessions: SessionService,
  logger: Logger,
  rateLimit: RateLimit = defaultSocketRateLimit,
  budgets: UserBudgets = new UserBudgets(),
): Namespace {
  // Nothing is served on the default namespace; refuse it rather than leave it open.
  io.of('/').use((_socket, next) => next(new Error('not_found')));

  const training = io.of('/training');
  training.use(authenticateHandshake(auth));
  training.use(admitWithinUserBudget(budgets));
  disconnectOnAuthEvents(training, authEvents);
  // An attempt the server or an assessor ended: every socket of its learner hears of it.
  sessions.onAttemptEnded(({ sessionId, reason, learnerId }) => training.in(userRoom(learnerId)).emit('session:ended', { sessionId, reason }));
  training.on('connection', (socket) => {
    const { userId, role } = (socket.data as TrainingSocketData).auth;
    joinAuthRooms(socket);
    logger.debug({ socketId: socket.id, userId, role }, 'training socket connected');
    const access = attachSocketAccess(socket, auth, logger);
    attachTrainingHandlers(socket as Parameters<typeof attachTrainingHandlers>[0], sessions, access, logger, rateLimit, budgets);
    socket.on('disconnect', (reason) => logger.debug({ socketId: socket.id, reason }, 'training socket disconnected'));
  });
  return training;
}
