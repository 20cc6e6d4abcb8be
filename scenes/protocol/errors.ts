// Error values of the wire contract (docs/protocol.md §2 and §3): every HTTP error body and every
// failed acknowledgement carries one of these codes and a human message.

export const errorCodes = [
  'unauthorized',
  'forbidden',
  'invalid',
  'not_found',
  'conflict',
  'incomplete',
  'time_over',
  'rate_limited',
  'too_large',
  'internal',
  /** The server is too busy to take this now (e.g. the sign-in queue is full); retry after Retry-After. */
  'unavailable',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface ErrorValue {
  code: ErrorCode;
  message: string;
}

/** The JSON body of every HTTP error response. */
export interface ErrorBody {
  error: ErrorValue;
}
