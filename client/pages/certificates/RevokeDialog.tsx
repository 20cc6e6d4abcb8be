// Revoking a certificate (admin): the reason dialog (client/components/ReasonDialog.tsx) calling
// POST /api/certificates/:id/revoke. Verification reports it revoked from then on.
import { useTranslation } from 'react-i18next';
import type { CertificateSummary } from '../../../scenes/protocol/certificates';
import { apiSend } from '../../app/api';
import { endpoints } from '../../app/endpoints';
import { errorText } from '../../app/problems';
import { ReasonDialog } from '../../components/ReasonDialog';

// The server's limit (revokeCertificateSchema).
const reasonMax = 500;

export function RevokeDialog({ certificate, onClose, onRevoked }: { certificate: CertificateSummary; onClose(): void; onRevoked(): void }) {
  const { t } = useTranslation();
  return (
    <ReasonDialog
      text={{
        title: t('certificates.revoke.title', { number: certificate.number }),
        explain: t('certificates.revoke.explain', { holder: certificate.holder, achievement: certificate.achievement }),
        reason: t('certificates.revoke.reason'),
        reasonHint: t('certificates.revoke.reasonHint'),
        reasonMissing: t('certificates.revoke.reasonMissing'),
        cancel: t('certificates.revoke.cancel'),
        confirm: t('certificates.revoke.confirm'),
        working: t('certificates.revoke.working'),
      }}
      maxLength={reasonMax}
      send={async (reason) => {
        await apiSend(endpoints.revokeCertificate(certificate.id, reason));
        onRevoked();
      }}
      failureText={(failure) => t('certificates.revoke.failed', { problem: errorText(t, failure) })}
      onClose={onClose}
      className="certificate-dialog"
      actionsClassName="dialog-actions"
      testId="revoke"
    />
  );
}
