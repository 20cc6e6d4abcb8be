// /classes/:classId (teacher, admin): the class's sessions, learners and analytics for one
// scene. The scene and the section are in the URL with the list's filters.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { endpoints } from '../../app/endpoints';
import { useApi } from '../../app/useApi';
import { Layout } from '../../components/Layout';
import { ErrorNotice, Loading } from '../../components/Status';
import { ClassAnalyticsPanel } from './ClassAnalyticsPanel';
import { ClassLearners } from './ClassLearners';
import { ClassSessions } from './ClassSessions';
import { uiLanguage } from '../../i18n/format';

const sections = ['sessions', 'learners', 'analytics'] as const;
type Section = (typeof sections)[number];

function SectionTabs({ current }: { current: Section }) {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const hrefFor = (section: Section) => {
    const params = new URLSearchParams(search);
    if (section === 'sessions') params.delete('tab');
    else params.set('tab', section);
    return { search: `?${params.toString()}` };
  };
  return (
    <nav className="section-tabs" aria-label={t('classPage.sections')}>
      {sections.map((section) => (
        <Link key={section} to={hrefFor(section)} aria-current={section === current ? 'page' : undefined} data-testid={`tab-${section}`}>
          {t(`classPage.tabs.${section}`)}
        </Link>
      ))}
    </nav>
  );
}

export function ClassPage() {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const { classId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const sceneSelectId = useId();
  const classes = useApi(endpoints.classes());
  const scenes = useApi(endpoints.scenes());
  const tabParam = search.get('tab');
  const section: Section = sections.includes(tabParam as Section) ? (tabParam as Section) : 'sessions';

  const toClasses = { to: '/', label: t('problems.backToClasses') };
  if (classes.state === 'loading' || scenes.state === 'loading') return <Layout><Loading /></Layout>;
  if (classes.state === 'error' || scenes.state === 'error') {
    const failed = classes.state === 'error' ? classes : scenes.state === 'error' ? scenes : undefined;
    return (
      <Layout title={t('pageTitles.error')}>
        <h1 className="visually-hidden">{t('pageTitles.error')}</h1>
        {failed && <ErrorNotice error={failed.error} subject="class" back={toClasses} onRetry={failed.retry} />}
      </Layout>
    );
  }

  const classItem = classes.data.find((c) => c.id === classId);
  const back = (
    <nav aria-label={t('classPage.breadcrumb')} className="breadcrumb">
      <Link to="/">
        <span aria-hidden="true">←</span> {t('classPage.back')}
      </Link>
    </nav>
  );
  if (!classItem) {
    // Not among the classes this user may open: the same answer as the API's 404, with a way back.
    return (
      <Layout title={t('pageTitles.error')}>
        <h1 className="visually-hidden">{t('pageTitles.error')}</h1>
        <ErrorNotice error={{ status: 404, code: 'not_found' }} subject="class" back={toClasses} />
      </Layout>
    );
  }

  const catalogue = scenes.data;
  const requested = search.get('scene');
  const sceneId = catalogue.some((s) => s.id === requested) ? requested! : catalogue[0]?.id;
  const chooseScene = (id: string) =>
    setSearch((current) => {
      const next = new URLSearchParams(current);
      next.set('scene', id);
      next.delete('page');
      next.delete('learner');
      return next;
    });

  return (
    <Layout title={`${classItem.code} ${classItem.name}`}>
      {back}
      <div className="page-head class-head">
        <h1 data-testid="class-title">
          <span className="code">{classItem.code}</span> {classItem.name}
        </h1>
        <p className="lead">
          {t('teacher.students', { count: classItem.studentCount })}
          {classItem.teacherNames.length > 0 && ` · ${t('admin.teachers')}: ${classItem.teacherNames.join(', ')}`}
        </p>
      </div>
      {!sceneId ? (
        <p className="empty">{t('student.emptyCatalogue')}</p>
      ) : (
        <>
          <div className="class-toolbar">
            <div className="filter">
              <label htmlFor={sceneSelectId}>{t('classPage.scene')}</label>
              <select id={sceneSelectId} value={sceneId} onChange={(e) => chooseScene(e.target.value)} data-testid="scene-select">
                {catalogue.map((scene) => (
                  <option key={scene.id} value={scene.id}>
                    {scene.title[language]}
                  </option>
                ))}
              </select>
            </div>
            <SectionTabs current={section} />
          </div>
          {section === 'sessions' && <ClassSessions classRef={classItem} sceneId={sceneId} catalogue={catalogue} />}
          {section === 'learners' && <ClassLearners classRef={classItem} sceneId={sceneId} catalogue={catalogue} />}
          {section === 'analytics' && <ClassAnalyticsPanel classRef={classItem} sceneId={sceneId} catalogue={catalogue} />}
        </>
      )}
    </Layout>
  );
}
