// The admin's landing: the institution's head counts by role, its exams, then its classes.
import { useTranslation } from 'react-i18next';
import { endpoints } from '../../app/endpoints';
import { useApi } from '../../app/useApi';
import { ErrorNotice, Loading } from '../../components/Status';
import { ClassList } from './ClassList';
import { ExamList } from '../exams/ExamList';
import { formatNumber, uiLanguage } from '../../i18n/format';
import { CertificateHolders } from '../certificates/CertificateHolders';

export function AdminHome() {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const overview = useApi(endpoints.institution());
  return (
    <>
      <section aria-labelledby="overview-title" className="section">
        <h2 id="overview-title">{t('admin.overviewTitle')}</h2>
        {overview.state === 'loading' && <Loading />}
        {overview.state === 'error' && <ErrorNotice error={overview.error} onRetry={overview.retry} />}
        {overview.state === 'ready' && (
          <>
            <p className="lead">{overview.data.institution.name}</p>
            <dl className="stats">
              {(['student', 'teacher', 'assessor', 'admin'] as const).map((role) => (
                <div key={role} className="stat">
                  <dt>{t(`roles.${role}`)}</dt>
                  <dd>{formatNumber(overview.data.usersByRole[role], language, 0)}</dd>
                </div>
              ))}
              <div className="stat">
                <dt>{t('admin.classes')}</dt>
                <dd>{formatNumber(overview.data.classCount, language, 0)}</dd>
              </div>
            </dl>
          </>
        )}
      </section>
      <ExamList titleKey="examAssessor.list.titleAdmin" />
      <ClassList titleKey="admin.classesTitle" />
      <CertificateHolders endpoint={endpoints.institutionCertificates()} />
    </>
  );
}
