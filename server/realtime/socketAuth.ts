// Sign-in on a Socket.IO namespace (/training, /proctor): the handshake admits only a token of a
// live sign-in (of the roles given); the admitted socket's caller is kept current: re-read from the
// database at most once a second while messages come, renewed with `auth:renew`, closed
// (`auth:expired`) when its token runs out, and disconnected at once on a sign-out or a change to its user.
import type { Namespace, Socket } from 'socket.io';
import type { Logger } from 'pino';
import type { Role } from '../../scenes/protocol/rest';
import type { Ack, AuthRenewAck } from '../../scenes/protocol/training';
import type { Authenticator } from '../auth/authenticate';
import type { AuthEvents } from '../auth/authEvents';
import type { Caller } from '../auth/tokens';

/**
 * Handshake middleware: a token of a live sign-in, else connect_error `unauthorized`; a caller
 * whose role is not among `roles` (when given), connect_error `forbidden`.
 */
export function authenticateHandshake(auth: Authenticator, roles?: readonly Role[]) {
  return async (socket: Socket, next: (error?: Error) => void): Promise<void> => {
    const token: unknown = socket.handshake.auth?.token;
    const caller = await auth.authenticate(typeof token === 'string' ? token : undefined);
    if (!caller) return next(new Error('unauthorized'));
    if (roles && !roles.includes(caller.role)) return next(new Error('forbidden'));
    (socket.data as { auth: Caller }).auth = caller;
    next();
  };
}

/** The room of every socket of a user in a namespace whose sockets joinAuthRooms. */
export const userRoom = (userId: string) => `user:${userId}`;
const signInRoom = (signInId: string) => `signin:${signInId}`;

/**
 * A sign-out or a change to the user (role, disabled) disconnects the namespace's sockets of that
 * sign-in or user at once; they reconnect (or are refused) under the new state. A message already
 * in flight meets the socket's own check within a second (recheck below).
 */
export function disconnectOnAuthEvents(namespace: Namespace, authEvents: AuthEvents): void {
  authEvents.on('user:changed', ({ userId }) => namespace.in(userRoom(userId)).disconnectSockets(true));
  authEvents.on('signin:revoked', ({ signInId }) => namespace.in(signInRoom(signInId)).disconnectSockets(true));
}

/** Puts an admitted socket in the rooms disconnectOnAuthEvents empties. */
export function joinAuthRooms(socket: Socket): void {
  const { userId, signInId } = (socket.data as { auth: Caller }).auth;
  void socket.join([userRoom(userId), signInRoom(signInId)]);
}

export interface SocketAccess {
  /** The caller as the database says now; undefined (and the socket is being closed) when refused. */
  recheck(): Promise<Caller | undefined>;
  /** Swaps in a fresh access token of the same user and moves the expiry to its exp. */
  renew(token: string): Promise<Ack<AuthRenewAck>>;
}

/**
 * How long a socket's caller, as read from the database, is believed. A sign-out, a disabled
 * account or a role change made through the server disconnects the sockets at once (AuthEvents);
 * this bounds only a change made in the database directly. Re-reading before every message cost
 * the ingest benchmark its headroom (1,000 learners x 10 messages a second: p50 ack 10 ms → 2 s
 * on 2 cores, docs/benchmarks.md), once a second per socket does not.
 */
export const socketRecheckIntervalMs = 1_000;

const refused = (message: string) => ({ ok: false as const, error: { code: 'unauthorized' as const, message } });

export function attachSocketAccess(socket: Socket, auth: Authenticator, logger: Logger): SocketAccess {
  const data = socket.data as { auth: Caller };
  let expiryTimer: NodeJS.Timeout | undefined;
  let checkedAtMs = Date.now();

  function armExpiry(): void {
    clearTimeout(expiryTimer);
    expiryTimer = setTimeout(() => {
      logger.debug({ socketId: socket.id, namespace: socket.nsp.name, userId: data.auth.userId }, 'socket token expired');
      socket.emit('auth:expired', {});
      socket.disconnect(true);
    }, Math.max(0, data.auth.expiresAtMs - Date.now()));
  }
  armExpiry();
  socket.on('disconnect', () => clearTimeout(expiryTimer));

  // After the refusal's ack is written: Socket.IO sends a socket's packets in order.
  const closeSoon = () => setImmediate(() => socket.disconnect(true));

  return {
    async recheck() {
      const now = Date.now();
      if (now - checkedAtMs < socketRecheckIntervalMs && data.auth.expiresAtMs > now) return data.auth;
      const fresh = await auth.recheck(data.auth);
      checkedAtMs = now;
      if (!fresh) {
        closeSoon();
        return undefined;
      }
      data.auth = fresh;
      return fresh;
    },
    async renew(token) {
      const fresh = await auth.authenticate(token);
      // Another user's token would turn this socket, and the sessions it holds, into theirs.
      if (!fresh || fresh.userId !== data.auth.userId) return refused('this token is not a current sign-in of the same user; reconnect with a fresh token');
      data.auth = fresh;
      checkedAtMs = Date.now();
      armExpiry();
      return { ok: true, expiresAt: new Date(fresh.expiresAtMs).toISOString() };
    },
  };
}
