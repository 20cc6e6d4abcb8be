// The one way pages talk REST: the signed-in user's fresh access token on every request
// (accessToken.ts), JSON in and out, errors as values with a code. A 401 to a request made with
// a token buys one refresh and one retry; refused again, the session ends (back to sign-in).
import { ApiRequestError, httpResponse, readJson, type HttpOptions } from './http';
import type { Command, Endpoint } from './endpoints';
import { freshToken, tokenRefused } from './accessToken';
import { signOutRefused } from './sessionStore';

export { ApiRequestError, asApiError, type ClientErrorCode } from './http';

export type ApiOptions = Omit<HttpOptions, 'token'>;

/** One call to `/api<path>` as the signed-in user; the body is left unread (JSON, NDJSON, CSV). */
export async function apiResponse(path: string, options: ApiOptions = {}): Promise<Response> {
  const token = await freshToken();
  try {
    return await httpResponse(path, { ...options, token });
  } catch (error) {
    if (!token || !(error instanceof ApiRequestError) || error.status !== 401) throw error;
    // Expired early (the PC slept) or revoked: one refresh tells which.
    const renewed = await tokenRefused(token);
    if (!renewed) throw error;
    try {
      return await httpResponse(path, { ...options, token: renewed });
    } catch (retryError) {
      if (retryError instanceof ApiRequestError && retryError.status === 401) signOutRefused(renewed);
      throw retryError;
    }
  }
}

/** GETs a typed endpoint (client/app/endpoints.ts) and answers its JSON as that endpoint's type. */
export async function apiFetch<T>(endpoint: Endpoint<T>, options: Omit<ApiOptions, 'method' | 'body'> = {}): Promise<T> {
  return readJson<T>(await apiResponse(endpoint.path, options));
}

/** Sends a typed command (POST/PUT with a JSON body) and answers its JSON. */
export async function apiSend<Req, T>(command: Command<Req, T>, options: Omit<ApiOptions, 'method' | 'body'> = {}): Promise<T> {
  return readJson<T>(await apiResponse(command.path, { ...options, method: command.method, body: command.body }));
}
