// Loads one API resource for a page: data, loading and error states, aborted on unmount; an
// error can be retried in place (`retry`). A refused sign-in ends the session in api.ts.
// Loaded again when the signed-in user changes, not when their access token is refreshed.
import { useCallback, useEffect, useState } from 'react';
import { apiFetch, asApiError, type ApiRequestError } from './api';
import type { Endpoint } from './endpoints';
import { useSession } from './useSession';

export type Loadable<T> = { state: 'loading' } | { state: 'error'; error: ApiRequestError; retry(): void } | { state: 'ready'; data: T };

export function useApi<T>(endpoint: Endpoint<T> | undefined): Loadable<T> {
  const userId = useSession().session?.user.id;
  const path = endpoint?.path;
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<Loadable<T>>({ state: 'loading' });
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  useEffect(() => {
    if (!path) return;
    const controller = new AbortController();
    setResult({ state: 'loading' });
    apiFetch<T>({ path }, { signal: controller.signal })
      .then((data) => setResult({ state: 'ready', data }))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setResult({ state: 'error', error: asApiError(error), retry });
      });
    return () => controller.abort();
  }, [path, userId, attempt, retry]);
  return result;
}
