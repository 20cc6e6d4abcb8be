// The student's landing: their exams, the practice catalogue, and a way to their own progress.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../app/useSession';
import { SceneCatalogue } from './SceneCatalogue';
import { MyExams } from './MyExams';
import { ExamResults } from '../progress/ExamResults';

/** The student's signed-off exam results, on their home as on their progress page. */
function MyExamResults() {
  const { session } = useSession();
  return session ? <ExamResults learnerId={session.user.id} /> : null;
}

function MyProgressLink() {
  const { t } = useTranslation();
  const { session } = useSession();
  if (!session) return null;
  return (
    <section aria-labelledby="my-progress-title" className="section">
      <div className="card progress-teaser">
        <div>
          <h2 id="my-progress-title">{t('progress.myTitle')}</h2>
          <p className="muted">{t('progress.myIntro')}</p>
        </div>
        <Link className="button ghost" to={`/learners/${encodeURIComponent(session.user.id)}/progress`} data-testid="my-progress">
          {t('progress.myLink')}
        </Link>
      </div>
    </section>
  );
}

export function StudentHome() {
  return (
    <>
      <MyExams />
      <MyExamResults />
      <SceneCatalogue titleKey="student.catalogueTitle" actionLabelKey="student.practise" />
      <MyProgressLink />
    </>
  );
}
