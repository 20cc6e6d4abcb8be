// /lookup's one request: GET /api/certificates?number=&name= (public, rate-limited). Every
// miss is answered the same way, so the page shows one sentence for all of them; a refusal
// for too many tries carries how long to wait (Retry-After).
import type { CertificateSummary } from '../../../scenes/protocol/certificates';
import { ApiRequestError, type ClientErrorCode } from '../../app/api';
import { retryAfterSeconds } from '../../app/http';

export type LookupAnswer =
  | { kind: 'found'; certificates: CertificateSummary[] }
  | { kind: 'none' }
  | { kind: 'rateLimited'; waitSeconds?: number }
  | { kind: 'failed'; error: ApiRequestError };

/** The query string; the server compares both trimmed, so the page sends them trimmed too. */
export function lookupPath(number: string, name: string): string {
  return `/certificates?${new URLSearchParams({ number: number.trim(), name: name.trim() }).toString()}`;
}

export async function lookupCertificates(number: string, name: string, signal?: AbortSignal): Promise<LookupAnswer> {
  let response: Response;
  try {
    response = await fetch(`/api${lookupPath(number, name)}`, { headers: { Accept: 'application/json' }, signal });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    return { kind: 'failed', error: new ApiRequestError(0, 'network', 'the server cannot be reached') };
  }
  if (response.status === 429) {
    const waitSeconds = retryAfterSeconds(response.headers.get('Retry-After'));
    return waitSeconds === undefined ? { kind: 'rateLimited' } : { kind: 'rateLimited', waitSeconds };
  }
  const payload: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = (payload as { error?: { code?: ClientErrorCode; message?: string } } | undefined)?.error;
    return { kind: 'failed', error: new ApiRequestError(response.status, error?.code ?? 'internal', error?.message ?? `HTTP ${response.status}`) };
  }
  const certificates = Array.isArray(payload) ? (payload as CertificateSummary[]) : [];
  return certificates.length > 0 ? { kind: 'found', certificates } : { kind: 'none' };
}
