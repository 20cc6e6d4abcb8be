// The assessor's landing: upcoming exams (scheduling arrives with the exam feature) and the
// tests an exam can be built on.
import { useTranslation } from 'react-i18next';
import { SceneCatalogue } from './SceneCatalogue';

export function AssessorHome() {
  const { t } = useTranslation();
  return (
    <>
      <section aria-labelledby="exams-title" className="section">
        <h2 id="exams-title">{t('assessor.examsTitle')}</h2>
        <p className="empty">{t('assessor.noExams')}</p>
      </section>
      <SceneCatalogue titleKey="assessor.scenesTitle" />
    </>
  );
}
