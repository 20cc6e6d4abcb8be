// Sign-in: validated fields with inline messages, server errors announced, demo hint when the
// server runs with demo data. On success, back to where the user was going (or home).
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import type { ServerInfoResponse } from '../../scenes/protocol/rest';
import { inputLimits } from '../../scenes/protocol/limits';
import { apiFetch, asApiError, type ApiRequestError } from '../app/api';
import { endpoints } from '../app/endpoints';
import { useSession } from '../app/useSession';
import { errorText } from '../components/Status';
import { Layout } from '../components/Layout';

// The form holds what the server accepts (loginRequestSchema): no typing past its limits.
const usernameMax = inputLimits.username;
const passwordMax = inputLimits.password;

/** What a refused sign-in says: wrong credentials, how long to wait (the server's Retry-After), or the general problem. */
function signInErrorText(t: (key: string, options?: Record<string, unknown>) => string, error: ApiRequestError): string {
  if (error.code === 'unauthorized') return t('errors.badCredentials');
  if (error.code !== 'rate_limited') return errorText(t, error);
  return error.retryAfterSeconds === undefined ? t('errors.rateLimited') : t('errors.rateLimitedFor', { count: error.retryAfterSeconds });
}

export function LoginPage() {
  const { t } = useTranslation();
  const { session, signIn, ended } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const next = (location.state as { from?: string } | null)?.from ?? '/';
  const ids = { username: useId(), password: useId(), error: useId() };
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<{ username?: string; password?: string }>({});
  const [formError, setFormError] = useState<string>();
  const [submitting, setSubmitting] = useState(false);
  const [info, setInfo] = useState<ServerInfoResponse>();
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    apiFetch(endpoints.info()).then(setInfo, () => setInfo(undefined));
  }, []);

  if (session) return <Navigate to={next} replace />;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const errors = {
      username: username.trim() ? undefined : t('login.usernameRequired'),
      password: password ? undefined : t('login.passwordRequired'),
    };
    setFieldErrors(errors);
    setFormError(undefined);
    if (errors.username) return usernameRef.current?.focus();
    if (errors.password) return passwordRef.current?.focus();
    setSubmitting(true);
    try {
      await signIn(username.trim(), password);
      void navigate(next, { replace: true });
    } catch (error) {
      const apiError = asApiError(error);
      setFormError(signInErrorText(t, apiError));
      setPassword('');
      passwordRef.current?.focus();
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Layout title={t('login.title')}>
      <div className="login-grid">
        <section className="login-intro" aria-labelledby="intro-title">
          <h1 id="intro-title">{t('app.tagline')}</h1>
          <p>{t('login.intro')}</p>
          <ul className="feature-list">
            <li>{t('login.features.practice')}</li>
            <li>{t('login.features.exam')}</li>
            <li>{t('login.features.certificate')}</li>
          </ul>
        </section>
        <section className="card login-card" aria-labelledby="login-title">
          <h2 id="login-title">{t('login.title')}</h2>
          {ended === 'expired' && !formError && (
            <p className="notice" role="status" data-testid="session-ended">
              {t('problems.sessionEnded')}
            </p>
          )}
          <form onSubmit={onSubmit} noValidate aria-describedby={formError ? ids.error : undefined}>
            <div className="field">
              <label htmlFor={ids.username}>{t('login.username')}</label>
              <input
                id={ids.username}
                ref={usernameRef}
                name="username"
                autoComplete="username"
                autoCapitalize="none"
                spellCheck={false}
                maxLength={usernameMax}
                value={username}
                onChange={(e) => setUsername(e.target.value)}
                aria-invalid={fieldErrors.username ? true : undefined}
                aria-describedby={fieldErrors.username ? `${ids.username}-error` : undefined}
                autoFocus
              />
              {fieldErrors.username && (
                <p className="field-error" id={`${ids.username}-error`}>
                  {fieldErrors.username}
                </p>
              )}
            </div>
            <div className="field">
              <label htmlFor={ids.password}>{t('login.password')}</label>
              <input
                id={ids.password}
                ref={passwordRef}
                name="password"
                type={showPassword ? 'text' : 'password'}
                autoComplete="current-password"
                maxLength={passwordMax}
                value={password}
                onChange={(e) => setPassword(e.target.value)}
                aria-invalid={fieldErrors.password ? true : undefined}
                aria-describedby={fieldErrors.password ? `${ids.password}-error` : undefined}
              />
              {fieldErrors.password && (
                <p className="field-error" id={`${ids.password}-error`}>
                  {fieldErrors.password}
                </p>
              )}
              <label className="checkbox">
                <input type="checkbox" checked={showPassword} onChange={(e) => setShowPassword(e.target.checked)} />
                {t('login.showPassword')}
              </label>
            </div>
            {formError && (
              <p className="notice error" role="alert" id={ids.error}>
                {formError}
              </p>
            )}
            <button type="submit" className="button primary wide" disabled={submitting} aria-busy={submitting}>
              {submitting ? t('login.submitting') : t('login.submit')}
            </button>
          </form>
          {info?.demo && info.demoAccounts && (
            <aside className="demo-hint" aria-label={t('login.demoTitle')}>
              <h3>{t('login.demoTitle')}</h3>
              <p>{info.demoAccounts.map((a) => a.username).join(', ')}</p>
              <p>{t('login.demoText', { password: info.demoPassword })}</p>
            </aside>
          )}
        </section>
      </div>
    </Layout>
  );
}
