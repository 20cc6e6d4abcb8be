// The page frame: skip link, header (logo, language, user, sign out), main, footer; and the
// document title "<page> — VocaXR" in the UI language, so tabs and history name each page.
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../app/useSession';
import { LanguageSwitch } from './LanguageSwitch';
import { Logo } from './Logo';

/**
 * Sets the document title "<title> — VocaXR" while the page is shown. Without a title it leaves
 * the title alone: RouteFrame resets it to the app's name on each navigation, and a page deeper
 * in the tree may set its own (effects of children run before their parents').
 */
export function usePageTitle(title: string | undefined): void {
  const { t } = useTranslation();
  useEffect(() => {
    if (title) document.title = t('pageTitles.suffix', { page: title });
  }, [title, t]);
}

export function Layout({ children, title }: { children: ReactNode; title?: string }) {
  const { t } = useTranslation();
  const { session, signOut } = useSession();
  usePageTitle(title);
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
              <button type="button" className="button ghost" onClick={() => signOut()}>
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
