// One certificate in a list (CertificateSummary): holder, achievement, number, issue date,
// and whether it still stands, in words (not colour alone).
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CertificateSummary } from '../../../scenes/protocol/certificates';
import { uiLanguage } from '../../i18n/format';
import { formatCertificateDate } from './certificateFacts';

export function RevokedChip({ revoked }: { revoked: boolean }) {
  const { t } = useTranslation();
  return (
    <span className={revoked ? 'chip fail' : 'chip pass'} data-testid="certificate-status">
      {revoked ? t('certificates.summary.revoked') : t('certificates.summary.valid')}
    </span>
  );
}

/** `titled`: the card's heading names the achievement already, and the list is the holder's own. */
export function SummaryFacts({ certificate, titled = false }: { certificate: CertificateSummary; titled?: boolean }) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const rows: [string, ReactNode][] = [
    ...(titled
      ? []
      : ([
          [t('certificates.summary.holder'), certificate.holder],
          [t('certificates.summary.achievement'), certificate.achievement],
        ] as [string, ReactNode][])),
    [t('certificates.summary.issuer'), certificate.issuer],
    [t('certificates.summary.number'), <span className="certificate-number">{certificate.number}</span>],
    [t('certificates.summary.issuedAt'), <time dateTime={certificate.issuedAt}>{formatCertificateDate(certificate.issuedAt, language)}</time>],
    [t('certificates.summary.status'), <RevokedChip revoked={certificate.revoked} />],
  ];
  return (
    <dl className="certificate-facts">
      {rows.map(([label, value]) => (
        <div key={label} className="certificate-fact">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
