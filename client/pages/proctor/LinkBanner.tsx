// How the dashboard's link to the server stands: connecting, live, reconnecting (a banner), or
// refused (the shared problem notice, in the UI language).
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { ErrorNotice, Loading } from '../../components/Status';
import type { ProctorStore } from './proctorStore';

export function LinkBanner({ store, back }: { store: ProctorStore; back?: { to: string; label: string } }) {
  const { t } = useTranslation();
  const link = useStore(store, (s) => s.link);
  switch (link.state) {
    case 'connecting':
      return <Loading label={t('examProctor.link.connecting')} />;
    case 'reconnecting':
      return (
        <p className="notice warn proctor-link" role="status" data-testid="proctor-reconnecting">
          <span className="spinner" aria-hidden="true" /> {t('examProctor.link.reconnecting')}
        </p>
      );
    case 'failed':
      return <ErrorNotice error={link.problem} subject="page" {...(back ? { back } : {})} />;
    case 'live':
      return (
        <p className="proctor-live small" data-testid="proctor-live">
          <span className="dot" aria-hidden="true" /> {t('examProctor.link.live')}
        </p>
      );
  }
}
