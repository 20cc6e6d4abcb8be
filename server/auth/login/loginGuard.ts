// The sign-in guard: every POST /api/auth/login passes the free checks (the username's delay after
// wrong passwords, the address's budget, room in the hashing queue) before any password is hashed,
// then waits its fair turn for one of a few hashing slots. Refusals carry Retry-After.
import type { RequestHandler, Response } from 'express';
import { ipKeyGenerator } from 'express-rate-limit';
import { errorBody } from '../../http/errors';
import type { ErrorCode } from '../../../scenes/protocol/errors';
import { AddressBudget, defaultAddressBudget, type AddressBudgetLimit } from './addressBudget';
import { defaultFairHashQueueLimit, FairHashQueue, type FairHashQueueLimit, type Release } from './fairHashQueue';
import { defaultFailureDelaySchedule, FailureDelays, type FailureDelaySchedule } from './failureDelays';

export interface LoginLimits {
  addressBudget: AddressBudgetLimit;
  hashQueue: FairHashQueueLimit;
  failureDelays: FailureDelaySchedule;
}

export const defaultLoginLimits: LoginLimits = {
  addressBudget: defaultAddressBudget,
  hashQueue: defaultFairHashQueueLimit,
  failureDelays: defaultFailureDelaySchedule,
};

/** What the login handler does with its turn: one password check, counted for the username. */
export interface LoginAttempt {
  /** Runs `check` (the password hash) in this sign-in's slot; a false answer counts as a wrong password. */
  verify(check: () => Promise<boolean>): Promise<boolean>;
}

const attemptKey = 'vocaxrLoginAttempt';

/** The attempt the guard admitted for this response; the login route must run behind the guard. */
export function loginAttemptOf(res: Response): LoginAttempt {
  const attempt = res.locals[attemptKey] as LoginAttempt | undefined;
  if (!attempt) throw new Error('POST /login must run behind loginGuard()');
  return attempt;
}

/**
 * The address a budget is kept for: IPv4 as it is (an IPv4-mapped IPv6 address as its IPv4), IPv6
 * by its /64, since one home or classroom network is given a whole /64 and may use any address in it.
 */
export const clientAddressKey = (ip: string | undefined): string => ipKeyGenerator(ip ?? 'unknown', 64);

export function loginGuard(limits: LoginLimits = defaultLoginLimits, now: () => number = Date.now): RequestHandler {
  const budget = new AddressBudget(limits.addressBudget, now);
  const queue = new FairHashQueue(limits.hashQueue);
  const delays = new FailureDelays(limits.failureDelays, now);
  /** Recent time a slot is held, to tell a refused client how long the queue needs. */
  let slotMs = 100;

  const refuse = (res: Response, code: ErrorCode, seconds: number, message: string) => {
    res.set('Retry-After', String(seconds));
    res.status(code === 'unavailable' ? 503 : 429).json(errorBody(code, message));
  };

  return async (req, res, next) => {
    const address = clientAddressKey(req.ip);
    const body: unknown = req.body;
    const rawUsername = typeof body === 'object' && body !== null && 'username' in body ? body.username : undefined;
    const username = typeof rawUsername === 'string' ? rawUsername : '';

    const waitMs = delays.waitMs(username);
    if (waitMs > 0) {
      const seconds = Math.ceil(waitMs / 1000);
      return refuse(res, 'rate_limited', seconds, `too many wrong passwords for this account; wait ${seconds} s and try again`);
    }
    const room = queue.room(address);
    if (room === 'address_full') {
      return refuse(res, 'rate_limited', 1, 'too many sign-ins from this network address at once; wait a moment and try again');
    }
    if (room === 'full') {
      const seconds = Math.max(1, Math.ceil(((queue.load.waiting / limits.hashQueue.concurrency) * slotMs) / 1000));
      return refuse(res, 'unavailable', seconds, `the server is busy with other sign-ins; try again in ${seconds} s`);
    }
    if (!budget.tryTake(address)) {
      const seconds = budget.retryAfterSeconds(address);
      return refuse(res, 'rate_limited', seconds, `too many sign-in attempts from this network address; wait ${seconds} s and try again`);
    }

    const ticket = queue.join(address)!;
    const settle = delays.begin(username);
    let checking = false;
    let closed = false;
    // A client that leaves gives its place back, unless its password is being checked: then the
    // check finishes and counts (leaving must not erase a wrong guess) and frees the slot itself.
    res.once('close', () => {
      closed = true;
      if (checking) return;
      ticket.leave();
      settle('neither');
    });
    const release: Release = await ticket.granted;
    if (closed) return release();
    const grantedAt = now();
    res.locals[attemptKey] = {
      verify: async (check) => {
        checking = true;
        try {
          const ok = await check();
          settle(ok ? 'success' : 'failure');
          return ok;
        } catch (error) {
          settle('neither');
          throw error;
        } finally {
          slotMs = 0.8 * slotMs + 0.2 * (now() - grantedAt);
          release();
        }
      },
    } satisfies LoginAttempt;
    next();
  };
}
