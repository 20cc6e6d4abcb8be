// In-process notices that a caller's rights changed: the socket namespace listens and disconnects
// the sockets concerned at once (REST needs no notice: every request reads the database).
import { EventEmitter } from 'node:events';

export interface AuthEventMap {
  /** A user's role changed or the account was disabled or re-enabled. */
  'user:changed': [{ userId: string }];
  /** A sign-in ended (sign-out); its access and refresh tokens are dead. */
  'signin:revoked': [{ signInId: string }];
}

export class AuthEvents extends EventEmitter<AuthEventMap> {}
