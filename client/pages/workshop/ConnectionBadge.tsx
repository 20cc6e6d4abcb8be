// "All saved" / "Offline — 312 events waiting": the delivery state, announced politely.
import { useTranslation } from 'react-i18next';
import type { DeliveryStatus } from '../../workshop/telemetry/delivery';

export function ConnectionBadge({ status }: { status: DeliveryStatus | undefined }) {
  const { t } = useTranslation();
  if (!status) return null;
  const { connection, pending } = status;
  const [tone, text] =
    connection === 'online'
      ? pending <= 12
        ? ['ok', t('workshop.allSaved')]
        : ['busy', t('workshop.waiting', { count: pending })]
      : connection === 'connecting' && pending <= 12
        ? ['busy', t('workshop.connecting')]
        : ['offline', t('workshop.offline', { count: pending })];
  return (
    <span className={`connection-badge ${tone}`} role="status" aria-live="polite" data-testid="connection-badge">
      <span className="dot" aria-hidden="true" />
      {text}
    </span>
  );
}
