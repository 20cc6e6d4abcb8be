// The scene catalogue as cards: localized title, occupation, criteria count.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../app/useSession';
import { keptAttempt } from '../../workshop/telemetry/outboxStore';
import { endpoints } from '../../app/endpoints';
import { useApi } from '../../app/useApi';
import { ErrorNotice, Loading } from '../../components/Status';
import type { Language } from '../../i18n';

export function SceneCatalogue({ titleKey, actionLabelKey }: { titleKey: string; actionLabelKey?: string }) {
  const { t, i18n } = useTranslation();
  const { session } = useSession();
  const scenes = useApi(endpoints.scenes());
  const language = (i18n.language === 'en' ? 'en' : 'vi') satisfies Language;
  return (
    <section aria-labelledby="catalogue-title" className="section">
      <h2 id="catalogue-title">{t(titleKey)}</h2>
      {scenes.state === 'loading' && <Loading />}
      {scenes.state === 'error' && <ErrorNotice error={scenes.error} onRetry={scenes.retry} />}
      {scenes.state === 'ready' && scenes.data.length === 0 && <p className="empty">{t('student.emptyCatalogue')}</p>}
      {scenes.state === 'ready' && scenes.data.length > 0 && (
        <ul className="card-grid" data-testid="scene-catalogue">
          {scenes.data.map((scene) => (
            <li key={scene.id} className="card scene-card">
              <h3>{scene.title[language]}</h3>
              <p className="muted">{scene.occupation}</p>
              <p>{t('student.criteria', { count: scene.criteria.length })}</p>
              <p className="muted small">{t('student.rubricVersion', { version: scene.rubricVersion })}</p>
              {actionLabelKey && (
                <Link className="button primary" to={`/workshop/${encodeURIComponent(scene.id)}?mode=practice`} data-testid={`practise-${scene.id}`}>
                  {session && keptAttempt(session.user.id, scene.id)?.mode === 'practice' ? t('student.resume') : t(actionLabelKey)}
                </Link>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
