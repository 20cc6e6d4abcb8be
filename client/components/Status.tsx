// The one loading and the one error component of every page: a failed request reads as a
// sentence in the UI language with the ways forward that can help (client/app/problems.ts).
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import type { ApiRequestError } from '../app/api';
import { describeProblem, errorText, type ProblemSubject } from '../app/problems';
import { useSession } from '../app/useSession';

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p className="status" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('home.loading')}
    </p>
  );
}

export { errorText };

export interface BackTo {
  to: string;
  label: string;
}

export function ErrorNotice({ error, subject = 'page', back, onRetry }: { error: Pick<ApiRequestError, 'status' | 'code'>; subject?: ProblemSubject; back?: BackTo; onRetry?: () => void }) {
  const { t } = useTranslation();
  const { signOut } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const { actions } = describeProblem(error);
  const backTo = back ?? { to: '/', label: t('problems.home') };
  return (
    <div className="notice error" role="alert" data-testid="error-notice">
      <p>{errorText(t, error, subject)}</p>
      <div className="actions">
        {actions.includes('retry') && (
          <button type="button" className="button primary" onClick={onRetry ?? (() => window.location.reload())}>
            {t('problems.retry')}
          </button>
        )}
        {actions.includes('signIn') && (
          <button
            type="button"
            className="button primary"
            onClick={() => {
              signOut('expired');
              void navigate('/login', { state: { from: location.pathname + location.search } });
            }}
          >
            {t('problems.signIn')}
          </button>
        )}
        {actions.includes('back') && location.pathname !== backTo.to && (
          <Link className="button ghost" to={backTo.to}>
            <span aria-hidden="true">←</span> {backTo.label}
          </Link>
        )}
      </div>
    </div>
  );
}
