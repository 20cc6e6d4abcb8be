// The page frame: skip link, header (logo, language, user, sign out), main, footer.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../app/useSession';
import { LanguageSwitch } from './LanguageSwitch';
import { Logo } from './Logo';

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { session, signOut } = useSession();
  return (
    <div className="page">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <Logo />
        <div className="header-tools">
          <LanguageSwitch />
          {session && (
            <div className="user-box">
              <span className="user-name" data-testid="user-name">
                {session.user.name}
                <span className="role-badge">{t(`roles.${session.user.role}`)}</span>
              </span>
              <button type="button" className="button ghost" onClick={signOut}>
                {t('header.signOut')}
              </button>
            </div>
          )}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="app-footer">{t('app.footer')}</footer>
    </div>
  );
}
