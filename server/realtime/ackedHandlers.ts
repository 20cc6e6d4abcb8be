// The one way a namespace's socket handles a message (/training, /proctor): an ack is required,
// a rate limit, zod at the edge, the caller re-checked against the database, and every answer
// {ok:true,...} or {ok:false,error:{code,message}}, never a thrown error.
import type { Socket } from 'socket.io';
import type { Logger } from 'pino';
import type { z } from 'zod';
import type { ErrorValue } from '../../scenes/protocol/errors';
import type { Caller } from '../auth/tokens';
import { ApiError } from '../http/errors';
import type { SocketAccess } from './socketAuth';

type AnyAck = (answer: object) => void;

export function parsePayload<S extends z.ZodType>(schema: S, payload: unknown): { ok: true; data: z.output<S> } | { ok: false; error: ErrorValue } {
  const result = schema.safeParse(payload);
  if (result.success) return { ok: true, data: result.data };
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return { ok: false, error: { code: 'invalid', message: `${where}${issue?.message ?? 'invalid payload'}` } };
}

export interface AckedHandlerOptions {
  access: SocketAccess;
  logger: Logger;
  /** Whether the message may go on now (rate limits); false answers `rate_limited`. */
  admit: (caller: Caller) => boolean;
}

/**
 * The message handler registrar of one socket: `on(event, schema, handle)` runs `handle` with the
 * parsed payload and the caller as the database says now. An ApiError thrown by `handle` (the
 * access module's refusals) becomes its error ack, anything else `internal` (logged). `handle`
 * may answer itself through `reply` (before resolving) when the ack must go out at an exact
 * moment; it then resolves with undefined.
 */
export function ackedHandlers(socket: Socket, { access, logger, admit }: AckedHandlerOptions) {
  return function on<S extends z.ZodType>(event: string, schema: S, handle: (data: z.output<S>, caller: Caller, reply: AnyAck) => Promise<object | undefined>): void {
    socket.on(event, async (payload: unknown, ack: unknown) => {
      if (typeof ack !== 'function') return; // Every event takes an ack (docs/protocol.md §3); without one there is nobody to answer.
      const reply = ack as AnyAck;
      const current = (socket.data as { auth: Caller }).auth;
      if (!admit(current)) return reply({ ok: false, error: { code: 'rate_limited', message: 'too many messages; slow down and resend' } });
      const parsed = parsePayload(schema, payload);
      if (!parsed.ok) return reply(parsed);
      try {
        // A sign-out, a disabled account or a changed role applies to the very next message.
        const caller = await access.recheck();
        if (!caller) return reply({ ok: false, error: { code: 'unauthorized', message: 'your sign-in has ended or your account changed; sign in again' } });
        const answer = await handle(parsed.data, caller, reply);
        if (answer !== undefined) reply(answer);
      } catch (error) {
        if (error instanceof ApiError) return reply({ ok: false, error: { code: error.code, message: error.message } });
        logger.error({ err: error, event, userId: current.userId, namespace: socket.nsp.name }, 'socket handler failed');
        reply({ ok: false, error: { code: 'internal', message: 'the server could not handle this; resend it' } });
      }
    });
  };
}
