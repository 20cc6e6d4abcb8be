// Keeps a socket signed in (/training; the proctor dashboard's /proctor) while access tokens come
// and go: every (re)connect carries a fresh token; a token refreshed while connected is handed
// over (`auth:renew`); when the server ends the socket at its token's expiry (`auth:expired`,
// then 'io server disconnect', after which socket.io does not reconnect by itself) or refuses a
// handshake's token, one refresh and a new connection follow. The delivery's resume then resends
// what is unacknowledged (/training), the dashboard watches again (/proctor).
import { io, type ManagerOptions, type Socket, type SocketOptions } from 'socket.io-client';
import { freshToken, tokenRefused } from '../app/accessToken';
import { sessionStore } from '../app/sessionStore';

export interface SignedInSocket {
  socket: Socket;
  /** Rejects when the server refuses the sign-in even after a refresh (or none can be had). */
  refused: Promise<never>;
  /** Stops following the session; call when closing the socket. */
  stop(): void;
}

/** A connection shorter than this that the server ends is not renewed at once: no tight loop with a server that keeps ending it. */
const shortConnectionMs = 1_000;
const renewAckTimeoutMs = 10_000;

export function signedInSocket(uri: string, options: Partial<ManagerOptions & SocketOptions>): SignedInSocket {
  let sentToken: string | undefined;
  let refreshedAfterRefusal = false;
  let connectedAt = 0;
  let stopped = false;
  let refuse: (reason: Error) => void = () => undefined;
  const refused = new Promise<never>((_, reject) => (refuse = reject));
  refused.catch(() => undefined); // after the opening, a refusal ends the session: nobody needs to await it

  const socket = io(uri, {
    ...options,
    // Asked on every (re)connect, so a reconnect after an expiry carries the new token.
    auth: (callback) =>
      void freshToken().then((token) => {
        sentToken = token;
        callback({ token });
      }),
  });

  socket.on('connect', () => {
    connectedAt = Date.now();
    refreshedAfterRefusal = false;
  });
  // The server ends the socket right after this; the refresh starts now so the reconnect need not wait.
  socket.on('auth:expired', () => void freshToken());
  socket.on('disconnect', (reason) => {
    if (reason !== 'io server disconnect' || stopped) return;
    // At once, before the delivery reports the disconnect: the learner sees "connecting", not
    // "offline", while the auth function waits for the refresh.
    if (Date.now() - connectedAt >= shortConnectionMs) socket.connect();
    else setTimeout(() => !stopped && !socket.active && socket.connect(), shortConnectionMs);
  });
  socket.on('connect_error', (error) => {
    if (error.message !== 'unauthorized' || stopped) return; // a network failure: the manager retries by itself
    if (refreshedAfterRefusal) return refuse(new Error('unauthorized'));
    refreshedAfterRefusal = true;
    void tokenRefused(sentToken ?? '').then((token) => {
      if (stopped) return;
      if (token) socket.connect();
      else refuse(new Error('unauthorized'));
    });
  });

  // Another request or tab refreshed the token: hand it to the server before the old one ends.
  const unsubscribe = sessionStore.subscribe((state) => {
    const token = state.session?.token;
    if (!token || token === sentToken || !socket.connected) return;
    sentToken = token;
    // Refused or lost: not fatal, the server ends the socket at expiry and it reconnects with a fresh token.
    void socket.timeout(renewAckTimeoutMs).emitWithAck('auth:renew', { token }).catch(() => undefined);
  });

  return {
    socket,
    refused,
    stop: () => {
      stopped = true;
      unsubscribe();
    },
  };
}
