// /learners/:learnerId/progress (the learner, their teacher, an admin): per scene, attempts,
// best and last score, the trend per criterion and what to practise next; then every session.
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { endpoints } from '../../app/endpoints';
import { useApi } from '../../app/useApi';
import { useSession } from '../../app/useSession';
import { Layout } from '../../components/Layout';
import { ErrorNotice, Loading } from '../../components/Status';
import { uiLanguage } from '../../i18n/format';
import { sceneTitle } from '../../components/sceneText';
import { LearnerSessions } from './LearnerSessions';
import { SceneProgressCard } from './SceneProgressCard';
import { ExamResults } from './ExamResults';
import { LearnerCertificates } from '../certificates/LearnerCertificates';

interface BackState {
  back?: string;
  backLabel?: string;
}

export function ProgressPage() {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const { learnerId = '' } = useParams();
  const { session } = useSession();
  const location = useLocation();
  const progress = useApi(endpoints.learnerProgress(learnerId));
  const scenes = useApi(endpoints.scenes());
  const self = session?.user.id === learnerId;
  const backState = (location.state ?? {}) as BackState;
  const catalogue = scenes.state === 'ready' ? scenes.data : undefined;

  const back = (
    <nav aria-label={t('classPage.breadcrumb')} className="breadcrumb">
      <Link to={backState.back ?? '/'}>
        <span aria-hidden="true">←</span> {backState.back ? t('progress.backTo', { label: backState.backLabel ?? '' }) : t('progress.home')}
      </Link>
    </nav>
  );

  if (progress.state === 'loading') return <Layout>{back}<Loading /></Layout>;
  if (progress.state === 'error') {
    return (
      <Layout title={t('pageTitles.error')}>
        {back}
        <h1 className="visually-hidden">{t('pageTitles.error')}</h1>
        <ErrorNotice error={progress.error} subject="learner" onRetry={progress.retry} />
      </Layout>
    );
  }

  const { learner } = progress.data;
  const practised = progress.data.scenes.filter((scene) => scene.attempts > 0);
  const title = self ? t('progress.myTitle') : t('progress.title', { name: learner.name });
  return (
    <Layout title={title}>
      {back}
      <div className="page-head">
        <h1 data-testid="progress-title">{title}</h1>
        <p className="lead">{self ? t('progress.myIntro') : t('progress.intro')}</p>
      </div>
      <ExamResults learnerId={learner.id} />
      <LearnerCertificates learnerId={learnerId} self={self} />
      {practised.length === 0 ? (
        <div className="empty" data-testid="progress-empty">
          <p>{self ? t('progress.emptySelf') : t('progress.emptyOther')}</p>
          {self && (
            <Link className="button primary" to="/">
              {t('progress.toCatalogue')}
            </Link>
          )}
        </div>
      ) : (
        <section aria-labelledby="by-scene-title" className="section">
          <h2 id="by-scene-title">{t('progress.byScene')}</h2>
          <div className="scene-progress-list">
            {practised.map((scene) => (
              <SceneProgressCard key={scene.sceneId} scene={scene} title={sceneTitle(scene.sceneId, language, catalogue)} />
            ))}
          </div>
        </section>
      )}
      {practised.length > 0 && <LearnerSessions learner={learner} catalogue={catalogue ?? []} />}
    </Layout>
  );
}
