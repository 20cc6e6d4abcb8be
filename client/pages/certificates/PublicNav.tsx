// The links between the public certificate pages (/verify, /lookup), for a visitor who came by
// a QR code or a link and has no home page to go back to.
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

export function PublicNav() {
  const { t } = useTranslation();
  return (
    <nav className="public-nav" aria-label={t('certificates.publicNav.label')}>
      <NavLink to="/verify" end>
        {t('certificates.publicNav.verify')}
      </NavLink>
      <NavLink to="/lookup" end>
        {t('certificates.publicNav.lookup')}
      </NavLink>
    </nav>
  );
}
