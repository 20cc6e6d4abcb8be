// The frame around every routed page: one loading state while a page's code loads, one error
// state if a page throws while rendering, and after each navigation the keyboard focus moves to
// the new page's h1 (a screen reader announces it; Tab goes on from there), as WCAG 2.4.3 asks.
import { Component, Suspense, useEffect, useLayoutEffect, useRef, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { Layout } from '../components/Layout';
import { Loading } from '../components/Status';

function CrashNotice() {
  const { t } = useTranslation();
  return (
    <Layout title={t('pageTitles.error')}>
      <section className="card narrow" aria-labelledby="crash-title">
        <h1 id="crash-title">{t('pageTitles.error')}</h1>
        <div className="notice error" role="alert">
          <p>{t('problems.crashed')}</p>
          <div className="actions">
            <button type="button" className="button primary" onClick={() => window.location.reload()}>
              {t('problems.reload')}
            </button>
            <Link className="button ghost" to="/" reloadDocument>
              {t('problems.home')}
            </Link>
          </div>
        </div>
      </section>
    </Layout>
  );
}

class PageErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('page failed to render', error, info.componentStack);
  }
  override render() {
    return this.state.failed ? <CrashNotice /> : this.props.children;
  }
}

/** The page's own focus (a field with autofocus) wins; else the h1 once it is rendered. */
function focusHeading(): boolean {
  const active = document.activeElement;
  if (active instanceof HTMLElement && active.closest('#main') && active.matches('input, textarea, select')) return true;
  const heading = document.querySelector<HTMLElement>('#main h1');
  if (!heading) return false;
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  heading.focus();
  return true;
}

function useFocusOnNavigation(): void {
  const { pathname } = useLocation();
  const firstPage = useRef(true);
  useEffect(() => {
    // The first page keeps the browser's own start (and the login form its autofocus).
    if (firstPage.current) {
      firstPage.current = false;
      return;
    }
    if (focusHeading()) return;
    // The page is still loading its data: focus its h1 when it appears (or give up after 20 s).
    const observer = new MutationObserver(() => {
      if (focusHeading()) observer.disconnect();
    });
    observer.observe(document.body, { childList: true, subtree: true });
    const timer = setTimeout(() => observer.disconnect(), 20_000);
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  }, [pathname]);
}

export function RouteFrame() {
  const { pathname } = useLocation();
  const { t } = useTranslation();
  // A layout effect runs before every page's own (passive) title effect of the same commit.
  useLayoutEffect(() => {
    document.title = t('app.name');
  }, [pathname, t]);
  useFocusOnNavigation();
  return (
    <PageErrorBoundary key={pathname}>
      <Suspense
        fallback={
          <Layout>
            <Loading />
          </Layout>
        }
      >
        <Outlet />
      </Suspense>
    </PageErrorBoundary>
  );
}
