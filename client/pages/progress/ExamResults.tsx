// A learner's signed-off exam results (final, passed, the sign-off date, the certificate's
// verify page), read from their profile (GET /api/learners/:id/profile, each result's `exam`).
// Nothing before sign-off: the server sends `exam` only then, and the section stays away.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ExamOutcome } from '../../../scenes/protocol/marking';
import { endpoints } from '../../app/endpoints';
import { useApi } from '../../app/useApi';
import { ColumnHeader, DataTable } from '../../components/DataTable';
import { formatDateTime, formatNumber, uiLanguage } from '../../i18n/format';
import { signedOffExams } from './examOutcomes';

export function ExamResults({ learnerId, headingLevel = 2 }: { learnerId: string; headingLevel?: 2 | 3 }) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const profile = useApi(endpoints.learnerProfile(learnerId));
  // A profile that fails to load hides this section: the page's own content says what went wrong.
  if (profile.state !== 'ready') return null;
  const exams: ExamOutcome[] = signedOffExams(profile.data.results);
  if (exams.length === 0) return null;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby="exam-results-title" className="section" data-testid="exam-results">
      <Heading id="exam-results-title">{t('examMarking.learner.title')}</Heading>
      <p className="muted">{t('examMarking.learner.intro')}</p>
      <DataTable
        caption={t('examMarking.learner.caption')}
        testId="exam-results-table"
        header={
          <>
            <ColumnHeader>{t('examMarking.learner.exam')}</ColumnHeader>
            <ColumnHeader numeric>{t('examMarking.learner.final')}</ColumnHeader>
            <ColumnHeader>{t('examMarking.learner.result')}</ColumnHeader>
            <ColumnHeader>{t('examMarking.learner.signedOffAt')}</ColumnHeader>
            <ColumnHeader>{t('examMarking.learner.certificate')}</ColumnHeader>
          </>
        }
      >
        {exams.map((exam) => (
          <tr key={exam.examId} data-testid={`exam-result-${exam.examId}`}>
            <th scope="row">{exam.examTitle}</th>
            <td className="num" data-testid="exam-final">
              {formatNumber(exam.final, language, 1, 1)}
            </td>
            <td>
              <span className={`chip ${exam.passed ? 'pass' : 'fail'}`} data-testid="exam-passed" data-passed={exam.passed}>
                {exam.passed ? t('examMarking.outcome.passed') : t('examMarking.outcome.failed')}
              </span>
            </td>
            <td className="nowrap">{formatDateTime(exam.signedOffAt, language)}</td>
            <td>
              {exam.certificateId ? (
                <Link to={`/verify/${encodeURIComponent(exam.certificateId)}`} aria-label={t('examMarking.learner.verifyLabel', { title: exam.examTitle })} data-testid="exam-certificate">
                  {t('examMarking.learner.verify')}
                </Link>
              ) : (
                t('examMarking.learner.noCertificate')
              )}
            </td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
