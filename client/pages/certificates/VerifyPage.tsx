// /verify/:id (public, no sign-in): the certificate this server issued under that id, checked
// by the server (POST /api/verify) in front of the reader, with its credential JSON to download.
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Layout } from '../../components/Layout';
import { ErrorNotice, Loading } from '../../components/Status';
import { PublicNav } from './PublicNav';
import { VerificationView } from './VerificationView';
import { certificateFacts, certificateFileName } from './certificateFacts';
import { useCertificateVerification } from './useVerification';
import './certificates.css';

export function VerifyPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const verification = useCertificateVerification(id);
  const title = t('certificates.verify.title');

  let body;
  if (verification.state === 'fetching' || verification.state === 'verifying') {
    body = <Loading label={t(`certificates.verify.${verification.state}`)} />;
  } else if (verification.state === 'error') {
    body =
      verification.error.code === 'not_found' ? (
        <p className="notice error" role="alert" data-testid="verify-not-found">
          {t('certificates.verify.notFound')}
        </p>
      ) : (
        <ErrorNotice error={verification.error} onRetry={verification.retry} back={{ to: '/verify', label: t('certificates.verify.checkAnother') }} />
      );
  } else {
    const number = certificateFacts(verification.credential).number;
    body = (
      <VerificationView
        checked={verification}
        download={
          <p className="certificate-download">
            <a className="button ghost" href={`/api/certificates/${encodeURIComponent(id)}`} download={certificateFileName(number, 'json')} data-testid="download-json">
              {t('certificates.verify.downloadJson')}
            </a>
            <span className="field-hint">{t('certificates.verify.downloadJsonHint')}</span>
          </p>
        }
      />
    );
  }

  return (
    <Layout title={title}>
      <div className="certificate-page">
        <div className="page-head">
          <h1>{title}</h1>
          <p className="lead">{t('certificates.verify.intro')}</p>
        </div>
        {body}
        <PublicNav />
      </div>
    </Layout>
  );
}
