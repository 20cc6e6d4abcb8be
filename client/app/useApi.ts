// Loads one API resource for a page: data, loading and error states, aborted on unmount.
import { useEffect, useState } from 'react';
import { apiFetch, asApiError, type ApiRequestError } from './api';
import { useSession } from './useSession';

export type Loadable<T> = { state: 'loading' } | { state: 'error'; error: ApiRequestError } | { state: 'ready'; data: T };

export function useApi<T>(path: string | undefined): Loadable<T> {
  const { session, signOut } = useSession();
  const token = session?.token;
  const [result, setResult] = useState<Loadable<T>>({ state: 'loading' });
  useEffect(() => {
    if (!path) return;
    const controller = new AbortController();
    setResult({ state: 'loading' });
    apiFetch<T>(path, { token, signal: controller.signal })
      .then((data) => setResult({ state: 'ready', data }))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        const apiError = asApiError(error);
        if (apiError.status === 401) signOut();
        setResult({ state: 'error', error: apiError });
      });
    return () => controller.abort();
  }, [path, token, signOut]);
  return result;
}
