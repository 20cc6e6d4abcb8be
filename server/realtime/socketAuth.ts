// Keeps an admitted /training socket's caller current: re-read from the database before every
// message, renewed with `auth:renew`, and the socket closed (`auth:expired`) when its token runs out.
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

const refused = (message: string) => ({ ok: false as const, error: { code: 'unauthorized' as const, message } });

export function attachSocketAccess(socket: Socket, auth: Authenticator, logger: Logger): SocketAccess {
  const data = socket.data as { auth: Caller };
  let expiryTimer: NodeJS.Timeout | undefined;

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
      const fresh = await auth.recheck(data.auth);
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
      armExpiry();
      return { ok: true, expiresAt: new Date(fresh.expiresAtMs).toISOString() };
    },
  };
}
