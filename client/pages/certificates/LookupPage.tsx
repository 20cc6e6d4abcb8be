// /lookup (public, no sign-in): a certificate by its number and its holder's full name, both
// required and matched exactly by the server. Every miss reads as the same sentence; too many
// tries read as a sentence with the wait.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorText } from '../../app/problems';
import { Layout } from '../../components/Layout';
import { Loading } from '../../components/Status';
import { PublicNav } from './PublicNav';
import { SummaryFacts } from './SummaryFacts';
import { lookupCertificates, type LookupAnswer } from './lookup';
import './certificates.css';

// The server's limits (certificateLookupSchema): no typing past them.
const numberMax = 64;
const nameMax = 200;

function Answer({ answer }: { answer: LookupAnswer }) {
  const { t } = useTranslation();
  switch (answer.kind) {
    case 'none':
      return <p className="notice lookup-none">{t('certificates.lookup.none')}</p>;
    case 'rateLimited':
      return (
        <p className="notice error">
          {answer.waitSeconds === undefined ? t('certificates.lookup.rateLimitedSoon') : t('certificates.lookup.rateLimited', { seconds: answer.waitSeconds })}
        </p>
      );
    case 'failed':
      return <p className="notice error">{errorText(t, answer.error)}</p>;
    case 'found':
      return (
        <>
          <p className="notice success">{t('certificates.lookup.found')}</p>
          <ul className="lookup-results">
            {answer.certificates.map((certificate) => (
              <li key={certificate.id} className="card" data-testid="lookup-result">
                <SummaryFacts certificate={certificate} />
                <Link className="button primary" to={`/verify/${encodeURIComponent(certificate.id)}`} data-testid="lookup-view">
                  {t('certificates.lookup.view')}
                </Link>
              </li>
            ))}
          </ul>
        </>
      );
  }
}

export function LookupPage() {
  const { t } = useTranslation();
  const ids = useId();
  const [number, setNumber] = useState('');
  const [name, setName] = useState('');
  const [missing, setMissing] = useState<{ number?: boolean; name?: boolean }>({});
  const [searching, setSearching] = useState(false);
  const [answer, setAnswer] = useState<LookupAnswer>();
  const numberRef = useRef<HTMLInputElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const running = useRef<AbortController | null>(null);
  const title = t('certificates.lookup.title');
  useEffect(() => () => running.current?.abort(), []);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const now = { number: !number.trim(), name: !name.trim() };
    setMissing(now);
    if (now.number) return numberRef.current?.focus();
    if (now.name) return nameRef.current?.focus();
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    setSearching(true);
    setAnswer(undefined);
    try {
      const found = await lookupCertificates(number, name, controller.signal);
      if (!controller.signal.aborted) setAnswer(found);
    } catch {
      // aborted: a newer search or the page is gone
    } finally {
      if (running.current === controller) setSearching(false);
    }
  };

  const field = (key: 'number' | 'name', value: string, set: (v: string) => void, ref: typeof numberRef, max: number, autoComplete: string) => (
    <div className="field">
      <label htmlFor={`${ids}-${key}`}>{t(`certificates.lookup.${key}`)}</label>
      <input
        id={`${ids}-${key}`}
        ref={ref}
        name={key}
        required
        maxLength={max}
        autoComplete={autoComplete}
        spellCheck={false}
        value={value}
        onChange={(event) => set(event.target.value)}
        aria-invalid={missing[key] && !value.trim() ? true : undefined}
        aria-describedby={`${ids}-${key}-hint${missing[key] && !value.trim() ? ` ${ids}-${key}-error` : ''}`}
        data-testid={`lookup-${key}`}
      />
      <span id={`${ids}-${key}-hint`} className="field-hint">
        {t(`certificates.lookup.${key}Hint`)}
      </span>
      {missing[key] && !value.trim() && (
        <p id={`${ids}-${key}-error`} className="field-error">
          {t(`certificates.lookup.${key}Required`)}
        </p>
      )}
    </div>
  );

  return (
    <Layout title={title}>
      <div className="certificate-page">
        <div className="page-head">
          <h1>{title}</h1>
          <p className="lead">{t('certificates.lookup.intro')}</p>
        </div>
        <form className="card lookup-form" onSubmit={(event) => void onSubmit(event)} noValidate data-testid="lookup-form">
          {field('number', number, setNumber, numberRef, numberMax, 'off')}
          {field('name', name, setName, nameRef, nameMax, 'name')}
          <button type="submit" className="button primary" disabled={searching} aria-busy={searching} data-testid="lookup-submit">
            {searching ? t('certificates.lookup.searching') : t('certificates.lookup.submit')}
          </button>
        </form>
        {searching && <Loading label={t('certificates.lookup.searching')} />}
        <div className="lookup-answer" role="status" aria-live="polite" data-testid="lookup-answer">
          {answer && <Answer answer={answer} />}
        </div>
        <PublicNav />
      </div>
    </Layout>
  );
}
