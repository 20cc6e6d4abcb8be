// /verify (public, no sign-in): a credential pasted or uploaded (file picker or dropped on the
// text box) is read here first (credentialText.ts: a broken paste is named by line and column),
// then checked by the server and shown like /verify/:id.
import { useEffect, useId, useRef, useState, type DragEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { asApiError, type ApiRequestError } from '../../app/api';
import { errorText } from '../../app/problems';
import { Layout } from '../../components/Layout';
import { Loading } from '../../components/Status';
import { PublicNav } from './PublicNav';
import { VerificationView } from './VerificationView';
import { maxCredentialBytes, parseCredentialText, type CredentialTextProblem } from './credentialText';
import { verifyCredential, type Checked } from './useVerification';
import './certificates.css';

type Problem = CredentialTextProblem | { problem: 'fileUnreadable' } | { problem: 'rejected' };

function problemKey(problem: Problem): { key: string; values?: Record<string, number> } {
  if (problem.problem === 'notJson' && problem.line !== undefined) return { key: 'notJsonAt', values: { line: problem.line, column: problem.column ?? 1 } };
  return { key: problem.problem };
}

export function VerifyCredentialPage() {
  const { t } = useTranslation();
  const ids = useId();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<Problem>();
  const [failure, setFailure] = useState<ApiRequestError>();
  const [checking, setChecking] = useState(false);
  const [checked, setChecked] = useState<Checked>();
  const [dragging, setDragging] = useState(false);
  const textBox = useRef<HTMLTextAreaElement>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const running = useRef<AbortController | null>(null);
  const title = t('certificates.paste.title');

  useEffect(() => () => running.current?.abort(), []);
  // The answer is announced where the reader is: focus moves to it once it is shown.
  useEffect(() => {
    if (checked) resultHeading.current?.focus();
  }, [checked]);

  const check = async (source: string) => {
    setFailure(undefined);
    setChecked(undefined);
    const parsed = parseCredentialText(source);
    if (!parsed.ok) {
      setProblem(parsed);
      textBox.current?.focus();
      return;
    }
    setProblem(undefined);
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    setChecking(true);
    try {
      const answer = await verifyCredential(parsed.credential, controller.signal);
      if (!controller.signal.aborted) setChecked(answer);
    } catch (error) {
      if (controller.signal.aborted) return;
      const apiError = asApiError(error);
      if (apiError.code === 'invalid') setProblem({ problem: 'rejected' });
      else setFailure(apiError);
    } finally {
      if (running.current === controller) setChecking(false);
    }
  };

  const readFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > maxCredentialBytes) {
      setProblem({ problem: 'tooLarge' });
      return;
    }
    let content: string;
    try {
      content = await file.text();
    } catch {
      setProblem({ problem: 'fileUnreadable' });
      return;
    }
    setText(content);
    await check(content);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void check(text);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void readFile(event.dataTransfer.files[0]);
  };
  const clear = () => {
    setText('');
    setChecked(undefined);
    setProblem(undefined);
    setFailure(undefined);
    textBox.current?.focus();
  };

  const message = problem && problemKey(problem);
  const describedBy = [`${ids}-hint`, message ? `${ids}-problem` : ''].filter(Boolean).join(' ');
  return (
    <Layout title={title}>
      <div className="certificate-page">
        <div className="page-head">
          <h1>{title}</h1>
          <p className="lead">{t('certificates.paste.intro')}</p>
        </div>
        <form className="card credential-form" onSubmit={onSubmit} noValidate data-testid="credential-form">
          <div className="field">
            <label htmlFor={`${ids}-text`}>{t('certificates.paste.label')}</label>
            <textarea
              id={`${ids}-text`}
              ref={textBox}
              className={dragging ? 'credential-text dragging' : 'credential-text'}
              rows={10}
              spellCheck={false}
              autoCapitalize="none"
              value={text}
              onChange={(event) => setText(event.target.value)}
              onDragOver={(event) => {
                event.preventDefault();
                setDragging(true);
              }}
              onDragLeave={() => setDragging(false)}
              onDrop={onDrop}
              aria-invalid={message ? true : undefined}
              aria-describedby={describedBy}
              data-testid="credential-text"
            />
            <span id={`${ids}-hint`} className="field-hint">
              {t('certificates.paste.hint')}
            </span>
            {message && (
              <p id={`${ids}-problem`} className="field-error" role="alert" data-testid="credential-problem">
                {t(`certificates.paste.problems.${message.key}`, message.values)}
              </p>
            )}
          </div>
          <div className="field">
            <label htmlFor={`${ids}-file`}>{t('certificates.paste.file')}</label>
            <input
              id={`${ids}-file`}
              type="file"
              accept=".json,application/json,application/ld+json"
              onChange={(event) => {
                void readFile(event.target.files?.[0]);
                event.target.value = '';
              }}
              data-testid="credential-file"
            />
          </div>
          <div className="form-actions">
            <button type="submit" className="button primary" disabled={checking} aria-busy={checking} data-testid="credential-check">
              {checking ? t('certificates.paste.checking') : t('certificates.paste.submit')}
            </button>
            {(text || checked) && (
              <button type="button" className="button ghost" onClick={clear}>
                {t('certificates.paste.clear')}
              </button>
            )}
          </div>
        </form>
        {checking && <Loading label={t('certificates.verify.verifying')} />}
        {failure && (
          <p className="notice error" role="alert" data-testid="credential-failure">
            {errorText(t, failure)}
          </p>
        )}
        {checked && (
          <section className="section" aria-labelledby={`${ids}-result`}>
            <h2 id={`${ids}-result`} ref={resultHeading} tabIndex={-1} className="result-title">
              {t('certificates.paste.resultTitle')}
            </h2>
            <VerificationView checked={checked} level={3} />
          </section>
        )}
        <PublicNav />
      </div>
    </Layout>
  );
}
