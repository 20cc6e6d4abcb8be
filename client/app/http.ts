// One HTTP exchange with `/api`: JSON in, errors as values with a code. No session here:
// api.ts adds the signed-in user's token (and its refresh) on top; sessionStore.ts signs in,
// refreshes and signs out through this layer directly.
import type { ErrorCode } from '../../scenes/protocol/errors';
import type { Command } from './endpoints';

export type ClientErrorCode = ErrorCode | 'network';

export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: ClientErrorCode,
    message: string,
    /** how long the server asked to wait (Retry-After on a 429 or 503), whole seconds */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'ApiRequestError';
  }
}

/** Retry-After in whole seconds (RFC 9110: a number of seconds, or an HTTP date). */
export function retryAfterSeconds(header: string | null | undefined, now: number = Date.now()): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Math.max(1, Number(trimmed));
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(1, Math.ceil((at - now) / 1000));
}

export interface HttpOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  /** The bearer token, when the request is made as a user. */
  token?: string | undefined;
  signal?: AbortSignal | undefined;
  accept?: string;
}

/**
 * One call to `/api<path>`: the answer when it is 2xx, else an ApiRequestError with the
 * server's error code (`network` when the server cannot be reached). The body is left unread,
 * for JSON, NDJSON streams or CSV files alike.
 */
export async function httpResponse(path: string, { method = 'GET', body, token, signal, accept = 'application/json' }: HttpOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { Accept: accept };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  let response: Response;
  try {
    response = await fetch(`/api${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiRequestError(0, 'network', 'the server cannot be reached');
  }
  if (!response.ok) {
    const payload: unknown = await response.json().catch(() => undefined);
    const error = (payload as { error?: { code?: ClientErrorCode; message?: string } } | undefined)?.error;
    throw new ApiRequestError(response.status, error?.code ?? 'internal', error?.message ?? `HTTP ${response.status}`, retryAfterSeconds(response.headers.get('Retry-After')));
  }
  return response;
}

/** An answer's JSON as its endpoint's type (scenes/protocol holds the server to it); undefined when empty (204). */
export async function readJson<T>(response: Response): Promise<T> {
  return (await response.json().catch(() => undefined)) as T;
}

/** Sends a typed command (POST/PUT with a JSON body) and answers its JSON. */
export async function httpSend<Req, T>(command: Command<Req, T>, options: Omit<HttpOptions, 'method' | 'body'> = {}): Promise<T> {
  return readJson<T>(await httpResponse(command.path, { ...options, method: command.method, body: command.body }));
}

/** Any failure of a request as an ApiRequestError (an unexpected one reads as `internal`). */
export function asApiError(error: unknown): ApiRequestError {
  return error instanceof ApiRequestError ? error : new ApiRequestError(0, 'internal', String(error));
}
