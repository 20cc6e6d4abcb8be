// Checks a credential with the server (POST /api/verify) and, when it is revoked, reads the
// admin's reason from its status (GET /api/certificates/:id/status). /verify/:id first fetches
// the credential itself. Public calls: no token, so a signed-out visitor sees the same answer.
import { useEffect, useState } from 'react';
import type { VerifyResponse } from '../../../scenes/protocol/certificates';
import { asApiError, type ApiRequestError } from '../../app/api';
import { endpoints } from '../../app/endpoints';
import { httpResponse, httpSend, readJson } from '../../app/http';
import { certificateFacts } from './certificateFacts';
import type { CredentialJson } from './credentialText';

export interface Checked {
  credential: CredentialJson;
  result: VerifyResponse;
  revocationReason?: string;
}

export type Verification =
  | { state: 'fetching' }
  | { state: 'verifying' }
  | { state: 'error'; error: ApiRequestError; retry(): void }
  | ({ state: 'ready' } & Checked);

/** The reason is a courtesy: without it the page still says revoked. */
async function revocationReason(id: string | undefined, signal?: AbortSignal): Promise<string | undefined> {
  if (!id) return undefined;
  try {
    const status = await readJson<{ reason?: string }>(await httpResponse(endpoints.certificateStatus(id).path, { signal }));
    return status.reason;
  } catch {
    return undefined;
  }
}

export async function verifyCredential(credential: CredentialJson, signal?: AbortSignal, knownId?: string): Promise<Checked> {
  const result = await httpSend(endpoints.verifyCredential(credential), { signal });
  if (!result.revoked) return { credential, result };
  const reason = await revocationReason(knownId ?? certificateFacts(credential).id, signal);
  return reason ? { credential, result, revocationReason: reason } : { credential, result };
}

/** /verify/:id: the credential this server holds, then its verification. */
export function useCertificateVerification(id: string): Verification {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<Verification>({ state: 'fetching' });
  useEffect(() => {
    const controller = new AbortController();
    const { signal } = controller;
    setState({ state: 'fetching' });
    void (async () => {
      try {
        const credential = await readJson<CredentialJson>(await httpResponse(endpoints.certificate(id).path, { signal }));
        if (signal.aborted) return;
        setState({ state: 'verifying' });
        const checked = await verifyCredential(credential, signal, id);
        if (!signal.aborted) setState({ state: 'ready', ...checked });
      } catch (error) {
        if (!signal.aborted) setState({ state: 'error', error: asApiError(error), retry: () => setAttempt((n) => n + 1) });
      }
    })();
    return () => controller.abort();
  }, [id, attempt]);
  return state;
}
