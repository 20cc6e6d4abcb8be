// Loads one API resource for a page: data, loading and error states, aborted on unmount; an
// error can be retried in place (`retry`), and a 401 ends the session (back to sign-in).
import { useCallback, useEffect, useState } from 'react';
import { apiFetch, asApiError, type ApiRequestError } from './api';
import type { Endpoint } from './endpoints';
import { useSession } from './useSession';

export type Loadable<T> = { state: 'loading' } | { state: 'error'; error: ApiRequestError; retry(): void } | { state: 'ready'; data: T };

export function useApi<T>(endpoint: Endpoint<T> | undefined): Loadable<T> {
  const { session, signOut } = useSession();
  const token = session?.token;
  const path = endpoint?.path;
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<Loadable<T>>({ state: 'loading' });
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  useEffect(() => {
    if (!path) return;
    const controller = new AbortController();
    setResult({ state: 'loading' });
    apiFetch<T>({ path }, { token, signal: controller.signal })
      .then((data) => setResult({ state: 'ready', data }))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        const apiError = asApiError(error);
        if (apiError.status === 401) signOut('expired');
        setResult({ state: 'error', error: apiError, retry });
      });
    return () => controller.abort();
  }, [path, token, signOut, attempt, retry]);
  return result;
}
