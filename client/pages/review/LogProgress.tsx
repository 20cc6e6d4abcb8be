// The loading state of a stored attempt: a real progress bar over the events received.
import { useTranslation } from 'react-i18next';

export function LogProgress({ received, expected }: { received: number; expected: number }) {
  const { t } = useTranslation();
  return (
    <div className="status log-progress" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>{expected > 0 ? t('review.loadingEvents', { received, expected }) : t('home.loading')}</span>
      {expected > 0 && <progress max={expected} value={received} aria-label={t('review.loadingLog')} />}
    </div>
  );
}
