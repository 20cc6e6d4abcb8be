// Who holds which certificate, for a teacher (their class) or an admin (the institution):
// holder, achievement, number, issue date, status; an admin revokes one with a reason, and the
// row then reads revoked.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CertificateSummary } from '../../../scenes/protocol/certificates';
import type { Endpoint } from '../../app/endpoints';
import { useApi } from '../../app/useApi';
import { useSession } from '../../app/useSession';
import { ColumnHeader, DataTable } from '../../components/DataTable';
import { ErrorNotice, Loading } from '../../components/Status';
import { uiLanguage } from '../../i18n/format';
import { RevokedChip } from './SummaryFacts';
import { RevokeDialog } from './RevokeDialog';
import { formatCertificateDate } from './certificateFacts';
import './certificates.css';

/** A certificate with its holder's id, where the server names it (the holder links to their progress). */
type HolderRow = CertificateSummary;

/** An admin may revoke (the server holds them to their own institution); a teacher only reads. */
export function CertificateHolders({ endpoint }: { endpoint: Endpoint<HolderRow[]> }) {
  const { t, i18n } = useTranslation();
  const canRevoke = useSession().session?.user.role === 'admin';
  const language = uiLanguage(i18n.language);
  const list = useApi(endpoint);
  const [revokedHere, setRevokedHere] = useState<ReadonlySet<string>>(new Set());
  const [revoking, setRevoking] = useState<CertificateSummary>();
  const [done, setDone] = useState<string>();
  const doneNote = useRef<HTMLParagraphElement>(null);
  // The row's Revoke button is gone once it is revoked: focus goes to the sentence that says so.
  useEffect(() => {
    if (done) doneNote.current?.focus();
  }, [done]);

  const sorted = list.state === 'ready' ? [...list.data].sort((a, b) => b.issuedAt.localeCompare(a.issuedAt)) : [];
  return (
    <section aria-labelledby="holders-title" className="section" data-testid="certificate-holders">
      <h2 id="holders-title">{t('certificates.holders.title')}</h2>
      <p className="muted">{t('certificates.holders.intro')}</p>
      {list.state === 'loading' && <Loading label={t('certificates.holders.loading')} />}
      {list.state === 'error' && <ErrorNotice error={list.error} onRetry={list.retry} />}
      {list.state === 'ready' && sorted.length === 0 && <p className="empty">{t('certificates.holders.empty')}</p>}
      {done && (
        <p ref={doneNote} tabIndex={-1} className="notice success" role="status" data-testid="revoke-done">
          {t('certificates.revoke.done', { number: done })}
        </p>
      )}
      {sorted.length > 0 && (
        <DataTable
          caption={t('certificates.holders.caption')}
          testId="holders-table"
          header={
            <>
              <ColumnHeader>{t('certificates.summary.holder')}</ColumnHeader>
              <ColumnHeader>{t('certificates.summary.achievement')}</ColumnHeader>
              <ColumnHeader>{t('certificates.summary.number')}</ColumnHeader>
              <ColumnHeader>{t('certificates.summary.issuedAt')}</ColumnHeader>
              <ColumnHeader>{t('certificates.summary.status')}</ColumnHeader>
              {canRevoke && <ColumnHeader>{t('certificates.holders.actions')}</ColumnHeader>}
            </>
          }
        >
          {sorted.map((certificate) => {
            const revoked = certificate.revoked || revokedHere.has(certificate.id);
            return (
              <tr key={certificate.id} data-testid="holder-row" data-number={certificate.number}>
                <th scope="row">
                  {certificate.learnerId ? (
                    <Link to={`/learners/${encodeURIComponent(certificate.learnerId)}/progress`}>
                      {certificate.holder}
                    </Link>
                  ) : (
                    certificate.holder
                  )}
                </th>
                <td>{certificate.achievement}</td>
                <td className="nowrap">
                  <Link to={`/verify/${encodeURIComponent(certificate.id)}`}>{certificate.number}</Link>
                </td>
                <td className="nowrap">
                  <time dateTime={certificate.issuedAt}>{formatCertificateDate(certificate.issuedAt, language)}</time>
                </td>
                <td>
                  <RevokedChip revoked={revoked} />
                </td>
                {canRevoke && (
                  <td>
                    {!revoked && (
                      <button
                        type="button"
                        className="button ghost small-button"
                        aria-label={t('certificates.holders.revokeFor', { number: certificate.number, holder: certificate.holder })}
                        onClick={() => setRevoking(certificate)}
                        data-testid="revoke-open"
                      >
                        {t('certificates.holders.revoke')}
                      </button>
                    )}
                  </td>
                )}
              </tr>
            );
          })}
        </DataTable>
      )}
      {revoking && (
        <RevokeDialog
          certificate={revoking}
          onClose={() => setRevoking(undefined)}
          onRevoked={() => {
            setRevokedHere((ids) => new Set([...ids, revoking.id]));
            setDone(revoking.number);
          }}
        />
      )}
    </section>
  );
}
