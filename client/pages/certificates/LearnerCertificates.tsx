// A learner's certificates (GET /api/learners/:id/certificates) on their progress page: each
// with the printable PDF (vi or en), the credential JSON for a wallet, and its verify page.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CertificateSummary } from '../../../scenes/protocol/certificates';
import { asApiError } from '../../app/api';
import { endpoints } from '../../app/endpoints';
import { errorText } from '../../app/problems';
import { useApi } from '../../app/useApi';
import { ErrorNotice, Loading } from '../../components/Status';
import { uiLanguage, type UiLanguage } from '../../i18n/format';
import { SummaryFacts } from './SummaryFacts';
import { downloadCertificatePdf, downloadCredentialJson } from './certificateFiles';
import './certificates.css';

function CertificateCard({ certificate }: { certificate: CertificateSummary }) {
  const { t, i18n } = useTranslation();
  const ids = useId();
  // The PDF in the UI language by default; the other one a choice away (an employer abroad).
  const [language, setLanguage] = useState<UiLanguage>(uiLanguage(i18n.language));
  const [busy, setBusy] = useState<'pdf' | 'json'>();
  const [problem, setProblem] = useState<string>();
  const download = async (kind: 'pdf' | 'json') => {
    setBusy(kind);
    setProblem(undefined);
    try {
      if (kind === 'pdf') await downloadCertificatePdf(certificate.id, certificate.number, language);
      else await downloadCredentialJson(certificate.id, certificate.number);
    } catch (error) {
      setProblem(t('certificates.mine.downloadFailed', { problem: errorText(t, asApiError(error)) }));
    } finally {
      setBusy(undefined);
    }
  };
  return (
    <li className="card certificate-card" data-testid="my-certificate" data-number={certificate.number}>
      <h3>{certificate.achievement}</h3>
      <SummaryFacts certificate={certificate} titled />
      <div className="certificate-actions" role="group" aria-label={t('certificates.mine.actionsFor', { number: certificate.number })}>
        <div className="filter">
          <label htmlFor={`${ids}-lang`}>{t('certificates.mine.pdfLanguage')}</label>
          <select id={`${ids}-lang`} value={language} onChange={(event) => setLanguage(uiLanguage(event.target.value))} data-testid="pdf-language">
            <option value="vi" lang="vi">Tiếng Việt</option>
            <option value="en" lang="en">English</option>
          </select>
        </div>
        <button type="button" className="button primary small-button" disabled={busy !== undefined} aria-busy={busy === 'pdf'} onClick={() => void download('pdf')} data-testid="download-pdf">
          {busy === 'pdf' ? t('certificates.mine.downloading') : t('certificates.mine.downloadPdf')}
        </button>
        <button type="button" className="button ghost small-button" disabled={busy !== undefined} aria-busy={busy === 'json'} onClick={() => void download('json')} data-testid="download-credential">
          {busy === 'json' ? t('certificates.mine.downloading') : t('certificates.mine.downloadJson')}
        </button>
        <Link className="button ghost small-button" to={`/verify/${encodeURIComponent(certificate.id)}`} data-testid="view-certificate">
          {t('certificates.mine.view')}
        </Link>
      </div>
      {problem && (
        <p className="notice error" role="alert">
          {problem}
        </p>
      )}
    </li>
  );
}

export function LearnerCertificates({ learnerId, self }: { learnerId: string; self: boolean }) {
  const { t } = useTranslation();
  const certificates = useApi(endpoints.learnerCertificates(learnerId));
  // An assessor may see a learner's results but not their certificates: no section, no error.
  if (certificates.state === 'error' && certificates.error.code === 'forbidden') return null;
  return (
    <section aria-labelledby="certificates-title" className="section" data-testid="learner-certificates">
      <h2 id="certificates-title">{self ? t('certificates.mine.titleSelf') : t('certificates.mine.titleOther')}</h2>
      {certificates.state === 'loading' && <Loading label={t('certificates.mine.loading')} />}
      {certificates.state === 'error' && <ErrorNotice error={certificates.error} subject="learner" onRetry={certificates.retry} />}
      {certificates.state === 'ready' &&
        (certificates.data.length === 0 ? (
          <p className="empty" data-testid="certificates-empty">
            {self ? t('certificates.mine.emptySelf') : t('certificates.mine.emptyOther')}
          </p>
        ) : (
          <>
            {self && <p className="muted">{t('certificates.mine.intro')}</p>}
            <ul className="certificate-list">
              {certificates.data.map((certificate) => (
                <CertificateCard key={certificate.id} certificate={certificate} />
              ))}
            </ul>
          </>
        ))}
    </section>
  );
}
