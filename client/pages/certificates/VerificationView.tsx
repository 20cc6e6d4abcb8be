// The answer to "is this certificate real?": the verdict first (words and a mark, never colour
// alone), then what the certificate says, then each check in plain words in the UI language.
// Shared by /verify/:id and /verify (pasted or uploaded).
import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import { uiLanguage } from '../../i18n/format';
import type { Checked } from './useVerification';
import { certificateFacts, formatCertificateDate } from './certificateFacts';
import { checkSentence, orderedChecks, verdictOf, type Verdict } from './verification';

const marks: Record<Verdict, string> = { valid: '✓', revoked: '⊘', invalid: '✗' };

function Fact({ label, children, testId }: { label: string; children: ReactNode; testId: string }) {
  return (
    <div className="certificate-fact">
      <dt>{label}</dt>
      <dd data-testid={testId}>{children}</dd>
    </div>
  );
}

/** `level`: the rank of its headings, 3 where the view sits under a section's own h2. */
export function VerificationView({ checked, download, level = 2 }: { checked: Checked; download?: ReactNode; level?: 2 | 3 }) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const { credential, result, revocationReason } = checked;
  const Heading = level === 2 ? 'h2' : 'h3';
  const verdict = verdictOf(result);
  const facts = certificateFacts(credential);
  const unknown = <span className="muted">{t('certificates.verify.unknown')}</span>;
  // The server's reading wins where it has one (it parsed the credential with the vocabulary).
  const holder = result.holder || facts.holder;
  const achievement = result.achievement || facts.achievement;

  return (
    <div className="verification" data-testid="verification" data-verdict={verdict}>
      <section className={`verdict-panel ${verdict}`} aria-labelledby="verdict-title" role="status">
        <p className="visually-hidden">{t('certificates.verify.verdictLabel')}</p>
        <Heading id="verdict-title" data-testid="verdict">
          <span className="verdict-mark" aria-hidden="true">
            {marks[verdict]}
          </span>{' '}
          {t(`certificates.verify.verdicts.${verdict}`)}
        </Heading>
        <p>{t(`certificates.verify.explain.${verdict}`)}</p>
      </section>

      <section className="card certificate-details" aria-labelledby="details-title">
        <Heading id="details-title">{t('certificates.verify.details')}</Heading>
        <dl className="certificate-facts">
          <Fact label={t('certificates.verify.holder')} testId="fact-holder">
            {holder ?? unknown}
          </Fact>
          <Fact label={t('certificates.verify.achievement')} testId="fact-achievement">
            {achievement ?? unknown}
          </Fact>
          <Fact label={t('certificates.verify.issuer')} testId="fact-issuer">
            {facts.issuerName ?? result.issuer ?? unknown}
          </Fact>
          <Fact label={t('certificates.verify.issuerDid')} testId="fact-issuer-did">
            {facts.issuerDid ? <code className="did">{facts.issuerDid}</code> : unknown}
          </Fact>
          <Fact label={t('certificates.verify.issuedAt')} testId="fact-issued">
            {facts.issuedAt ? <time dateTime={facts.issuedAt}>{formatCertificateDate(facts.issuedAt, language)}</time> : unknown}
          </Fact>
          {facts.validUntil && (
            <Fact label={t('certificates.verify.validUntil')} testId="fact-valid-until">
              <time dateTime={facts.validUntil}>{formatCertificateDate(facts.validUntil, language)}</time>
            </Fact>
          )}
          <Fact label={t('certificates.verify.number')} testId="fact-number">
            {facts.number ?? unknown}
          </Fact>
          {verdict === 'revoked' && revocationReason && (
            <Fact label={t('certificates.verify.revokedReason')} testId="fact-revoked-reason">
              {revocationReason}
            </Fact>
          )}
        </dl>
        {download}
      </section>

      <section className="card" aria-labelledby="checks-title">
        <Heading id="checks-title">{t('certificates.verify.checksTitle')}</Heading>
        <ul className="check-list" data-testid="checks">
          {orderedChecks(result.checks).map((check) => {
            const sentence = checkSentence(check, revocationReason);
            return (
              <li key={check.check} className={check.ok ? 'ok' : 'failed'} data-testid={`check-${check.check}`} data-ok={check.ok}>
                <span className="check-mark" aria-hidden="true">
                  {check.ok ? '✓' : '✗'}
                </span>
                <span>
                  <strong className="check-outcome">{check.ok ? t('certificates.verify.passed') : t('certificates.verify.failed')}:</strong>{' '}
                  {t(`certificates.checks.${sentence.key}`, sentence.values)}
                </span>
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}
