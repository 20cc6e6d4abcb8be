// The review page's word on the log's integrity (PROTOCOL §9): intact, altered since the attempt
// ended, or not sealed yet. Said in text with an icon, so it never rests on colour alone.
import { useTranslation } from 'react-i18next';
import { endpoints } from '../../app/endpoints';
import { useApi } from '../../app/useApi';

export function IntegrityNotice({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const integrity = useApi(endpoints.sessionIntegrity(sessionId));
  // Loading or unreachable: say nothing rather than guess; the report itself is still shown.
  if (integrity.state !== 'ready') return null;
  const { valid, sealedHead } = integrity.data;
  if (!valid) {
    return (
      <p className="notice error" role="alert" data-testid="log-integrity" data-valid="false">
        <span aria-hidden="true">⚠ </span>
        {t('review.logAltered')}
      </p>
    );
  }
  return (
    <p className="muted small" data-testid="log-integrity" data-valid="true">
      <span aria-hidden="true">{sealedHead ? '✔ ' : '… '}</span>
      {sealedHead ? t('review.logIntact') : t('review.logUnsealed')}
    </p>
  );
}
