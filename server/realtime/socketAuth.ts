// Keeps an admitted /training socket's caller current: re-read from the database at most once a
// second while messages come, renewed with `auth:renew`, and the socket closed (`auth:expired`)
// when its token runs out.
import type { Socket } from 'socket.io';
import type { Logger } from 'pino';
import type { Ack, AuthRenewAck } from '../../scenes/protocol/training';
import type { Authenticator } from '../auth/authenticate';
import type { Caller } from '../auth/tokens';

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
      logger.debug({ socketId: socket.id, userId: data.auth.userId }, 'training socket token expired');
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
