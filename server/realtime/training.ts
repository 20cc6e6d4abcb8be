// The /training Socket.IO namespace: the handshake admits only a valid token; the
// attempt handlers (session:start, events, resume, finish) hang off the admitted socket.
import type { Namespace, Server } from 'socket.io';
import type { Logger } from 'pino';
import type { TokenClaims, TokenService } from '../auth/tokens';
import type { SessionService } from '../ingest/sessionService';
import { attachTrainingHandlers } from './trainingHandlers';
import { defaultSocketRateLimit, type RateLimit } from './rateLimiter';
import { admitWithinUserBudget, UserBudgets } from './userBudgets';

export interface TrainingSocketData {
  auth: TokenClaims;
}

export function setUpTrainingNamespace(
  io: Server,
  tokens: TokenService,
  sessions: SessionService,
  logger: Logger,
  rateLimit: RateLimit = defaultSocketRateLimit,
  budgets: UserBudgets = new UserBudgets(),
): Namespace {
  // Nothing is served on the default namespace; refuse it rather than leave it open.
  io.of('/').use((_socket, next) => next(new Error('not_found')));

  const training = io.of('/training');
  training.use(async (socket, next) => {
    const token: unknown = socket.handshake.auth?.token;
    const claims = await tokens.verify(typeof token === 'string' ? token : undefined);
    if (!claims) {
      next(new Error('unauthorized'));
      return;
    }
    (socket.data as TrainingSocketData).auth = claims;
    next();
  });
  training.use(admitWithinUserBudget(budgets));
  training.on('connection', (socket) => {
    const { userId, role } = (socket.data as TrainingSocketData).auth;
    logger.debug({ socketId: socket.id, userId, role }, 'training socket connected');
    attachTrainingHandlers(socket as Parameters<typeof attachTrainingHandlers>[0], sessions, logger, rateLimit, budgets);
    socket.on('disconnect', (reason) => logger.debug({ socketId: socket.id, reason }, 'training socket disconnected'));
  });
  return training;
}
