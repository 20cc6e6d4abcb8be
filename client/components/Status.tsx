// Loading and error states shared by every page that fetches.
import { useTranslation } from 'react-i18next';
import type { ApiRequestError } from '../app/api';

export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="status" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {t('home.loading')}
    </p>
  );
}

export function errorText(t: (key: string, options?: Record<string, unknown>) => string, error: ApiRequestError): string {
  if (error.code === 'network') return t('errors.network');
  if (error.code === 'forbidden') return t('errors.forbidden');
  if (error.code === 'rate_limited') return t('errors.rateLimited');
  return t('errors.generic', { code: error.code });
}

export function ErrorNotice({ error }: { error: ApiRequestError }) {
  const { t } = useTranslation();
  return (
    <div className="notice error" role="alert">
      <p>{errorText(t, error)}</p>
      <button type="button" className="button ghost" onClick={() => window.location.reload()}>
        {t('home.retry')}
      </button>
    </div>
  );
}
