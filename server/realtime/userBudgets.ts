// Budgets per user on /training, shared by all of a user's sockets (the per-socket bucket of
// rateLimiter.ts alone lets one token open hundreds of sockets): open sockets, messages, session
// starts. Active attempts per learner and scene are counted by the SessionService from the store.
import type { Socket } from 'socket.io';
import { createTokenBucket, type RateLimit } from './rateLimiter';

export interface UserBudgetLimits {
  /** Open /training sockets per user; the handshake beyond it fails with `rate_limited`. */
  socketsPerUser: number;
  /** Messages per user across all their sockets, on top of each socket's own bucket. */
  messagesPerUser: RateLimit;
  /** session:start per user (burst, then perSecond); beyond it `rate_limited`. */
  sessionStartsPerUser: RateLimit;
  /** Active practice attempts per learner and scene; another start is refused with `conflict`. */
  activeAttemptsPerScene: number;
}

/**
 * A learner uses one or two sockets (a headset and a PC, or two tabs) at one batch per 100 ms
 * each: 20 of the 80 messages a second; the bursts leave room for resends after a reconnect on
 * both. Ten starts a minute is one every six seconds, far more than anyone does a scene.
 */
export const defaultUserBudgets: UserBudgetLimits = {
  socketsPerUser: 10,
  messagesPerUser: { burst: 240, perSecond: 80 },
  sessionStartsPerUser: { burst: 10, perSecond: 10 / 60 },
  activeAttemptsPerScene: 3,
};

interface UserState {
  sockets: number;
  allowMessage: () => boolean;
  allowStart: () => boolean;
}

/**
 * The live budgets of each user. A user's buckets outlive their sockets, so disconnecting and
 * reconnecting does not refill them; entries are bounded by the accounts that hold a token.
 */
export class UserBudgets {
  private readonly users = new Map<string, UserState>();

  constructor(
    readonly limits: UserBudgetLimits = defaultUserBudgets,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts a socket in; false (and nothing counted) when the user already has the most allowed. */
  openSocket(userId: string): boolean {
    const user = this.user(userId);
    if (user.sockets >= this.limits.socketsPerUser) return false;
    user.sockets += 1;
    return true;
  }

  closeSocket(userId: string): void {
    const user = this.users.get(userId);
    if (user && user.sockets > 0) user.sockets -= 1;
  }

  allowMessage(userId: string): boolean {
    return this.user(userId).allowMessage();
  }

  allowSessionStart(userId: string): boolean {
    return this.user(userId).allowStart();
  }

  private user(userId: string): UserState {
    let user = this.users.get(userId);
    if (!user) {
      user = {
        sockets: 0,
        allowMessage: createTokenBucket(this.limits.messagesPerUser, this.now),
        allowStart: createTokenBucket(this.limits.sessionStartsPerUser, this.now),
      };
      this.users.set(userId, user);
    }
    return user;
  }
}

/**
 * Handshake middleware for /training, after the token check: counts the socket against its
 * user's budget or refuses it (connect_error `rate_limited`). The slot is freed once, when the
 * socket disconnects or its connection closes (also a handshake that never completed).
 */
export function admitWithinUserBudget(budgets: UserBudgets) {
  return (socket: Socket, next: (error?: Error) => void): void => {
    const userId = (socket.data as { auth?: { userId: string } }).auth?.userId;
    if (userId === undefined) return next(new Error('unauthorized'));
    if (!budgets.openSocket(userId)) return next(new Error('rate_limited'));
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      budgets.closeSocket(userId);
    };
    socket.once('disconnect', release);
    socket.conn.once('close', release);
    next();
  };
}
