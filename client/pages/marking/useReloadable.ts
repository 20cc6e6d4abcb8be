// Like useApi, plus `reload()` in every state, keeping what was shown while the new answer is on
// its way: the judges' pages refresh marks, history and results after each save or sign-off
// without the tables flashing back to a spinner.
import { useCallback, useEffect, useState } from 'react';
import { apiFetch, asApiError } from '../../app/api';
import type { Endpoint } from '../../app/endpoints';
import type { Loadable } from '../../app/useApi';
import { useSession } from '../../app/useSession';

export type Reloadable<T> = Loadable<T> & { reload(): void };

export function useReloadable<T>(endpoint: Endpoint<T>): Reloadable<T> {
  const userId = useSession().session?.user.id;
  const path = endpoint.path;
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<Loadable<T>>({ state: 'loading' });
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  useEffect(() => {
    const controller = new AbortController();
    setResult((shown) => (shown.state === 'ready' ? shown : { state: 'loading' }));
    apiFetch<T>({ path }, { signal: controller.signal })
      .then((data) => setResult({ state: 'ready', data }))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setResult({ state: 'error', error: asApiError(error), retry: reload });
      });
    return () => controller.abort();
  }, [path, userId, attempt, reload]);
  return { ...result, reload };
}
