// The one way the client talks REST: JSON in and out, bearer token, errors as values with a code.
import type { ErrorCode } from '../../scenes/protocol/errors';
import type { Command, Endpoint } from './endpoints';

export type ClientErrorCode = ErrorCode | 'network';

export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: ClientErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiRequestError';
  }
}

export interface ApiOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  token?: string | undefined;
  signal?: AbortSignal;
}

/**
 * One call to `/api<path>` with the bearer token: the answer when it is 2xx, else an
 * ApiRequestError with the server's error code (`network` when the server cannot be reached).
 * The body is left unread, for JSON, NDJSON streams or CSV files alike.
 */
export async function apiResponse(path: string, { method = 'GET', body, token, signal, accept = 'application/json' }: ApiOptions & { accept?: string } = {}): Promise<Response> {
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
    throw new ApiRequestError(response.status, error?.code ?? 'internal', error?.message ?? `HTTP ${response.status}`);
  }
  return response;
}

/** GETs a typed endpoint (client/app/endpoints.ts) and answers its JSON as that endpoint's type. */
export async function apiFetch<T>(endpoint: Endpoint<T>, options: Omit<ApiOptions, 'method' | 'body'> = {}): Promise<T> {
  const response = await apiResponse(endpoint.path, options);
  // The one place an answer's JSON becomes its type: scenes/protocol holds the server to it.
  return (await response.json().catch(() => undefined)) as T;
}

/** Sends a typed command (POST/PUT with a JSON body) and answers its JSON. */
export async function apiSend<Req, T>(command: Command<Req, T>, options: Omit<ApiOptions, 'method' | 'body'> = {}): Promise<T> {
  const response = await apiResponse(command.path, { ...options, method: command.method, body: command.body });
  return (await response.json().catch(() => undefined)) as T;
}

/** Any failure of a request as an ApiRequestError (an unexpected one reads as `internal`). */
export function asApiError(error: unknown): ApiRequestError {
  return error instanceof ApiRequestError ? error : new ApiRequestError(0, 'internal', String(error));
}
