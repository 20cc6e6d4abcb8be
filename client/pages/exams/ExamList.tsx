// The exams on an assessor's home (theirs) and an admin's (the institution's): state, test,
// window, time limit and how far the candidates are, each opening its proctor dashboard; and the
// way to schedule a new one. After scheduling, the form comes back here with a confirmation.
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { Exam } from '../../../scenes/protocol/exams';
import type { SceneSummary } from '../../../scenes/protocol/rest';
import { endpoints } from '../../app/endpoints';
import { useApi } from '../../app/useApi';
import { ColumnHeader, DataTable } from '../../components/DataTable';
import { ErrorNotice, Loading } from '../../components/Status';
import { formatDateTime, formatDurationWords, formatNumber, uiLanguage, type UiLanguage } from '../../i18n/format';
import { examProgress } from './examRows';
import { resultsPath } from '../marking/paths';

/** Where the form leaves word of what it scheduled (react-router location state). */
export interface ExamCreatedState {
  createdExam?: { id: string; title: string };
}

const stateChip = { scheduled: 'chip neutral', open: 'chip pass', closed: 'chip neutral' } as const;

function ExamRow({ exam, language, scenes }: { exam: Exam; language: UiLanguage; scenes: readonly SceneSummary[] | undefined }) {
  const { t } = useTranslation();
  const progress = examProgress(exam);
  const scene = scenes?.find((s) => s.id === exam.sceneId)?.title[language] ?? exam.sceneId;
  return (
    <tr data-testid={`exam-row-${exam.id}`}>
      <th scope="row">
        <Link to={`/exams/${encodeURIComponent(exam.id)}/proctor`} aria-label={t('examAssessor.list.proctorLabel', { title: exam.title })} data-testid={`proctor-${exam.id}`}>
          {exam.title}
        </Link>
        <span className="cell-note muted small">{scene}</span>
        <Link className="cell-note small" to={resultsPath(exam.id)} aria-label={t('examMarking.results.linkLabel', { title: exam.title })} data-testid={`results-${exam.id}`}>
          {t('examMarking.results.link')}
        </Link>
      </th>
      <td>
        <span className={stateChip[exam.status]} data-testid="exam-state">
          {t(`examAssessor.state.${exam.status}`)}
        </span>
      </td>
      <td className="nowrap">
        {t('examAssessor.list.window', { opens: formatDateTime(exam.opensAt, language), closes: formatDateTime(exam.closesAt, language) })}
      </td>
      <td>{formatDurationWords(exam.timeLimitMs, language)}</td>
      <td className="num">{formatNumber(progress.candidates, language, 0)}</td>
      <td className="num">{formatNumber(progress.started, language, 0)}</td>
      <td className="num">{formatNumber(progress.submitted, language, 0)}</td>
    </tr>
  );
}

export function ExamList({ titleKey }: { titleKey: 'examAssessor.list.title' | 'examAssessor.list.titleAdmin' }) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const exams = useApi(endpoints.exams());
  const scenes = useApi(endpoints.scenes());
  const created = (useLocation().state as ExamCreatedState | null)?.createdExam;
  const newExam = (
    <Link className="button primary" to="/exams/new" data-testid="new-exam">
      {t('examAssessor.list.newExam')}
    </Link>
  );
  return (
    <section aria-labelledby="exams-title" className="section">
      <div className="panel-head">
        <h2 id="exams-title">{t(titleKey)}</h2>
        {newExam}
      </div>
      {created && (
        <p className="notice success" role="status" data-testid="exam-created">
          {t('examAssessor.list.created', { title: created.title })}
        </p>
      )}
      {exams.state === 'loading' && <Loading />}
      {exams.state === 'error' && <ErrorNotice error={exams.error} onRetry={exams.retry} />}
      {exams.state === 'ready' && exams.data.length === 0 && (
        <p className="empty" data-testid="no-exams">
          {t('examAssessor.list.empty')}
        </p>
      )}
      {exams.state === 'ready' && exams.data.length > 0 && (
        <DataTable
          caption={t('examAssessor.list.caption')}
          testId="exam-list"
          header={
            <>
              <ColumnHeader>{t('examAssessor.list.columns.exam')}</ColumnHeader>
              <ColumnHeader>{t('examAssessor.list.columns.state')}</ColumnHeader>
              <ColumnHeader>{t('examAssessor.list.columns.window')}</ColumnHeader>
              <ColumnHeader>{t('examAssessor.list.columns.timeLimit')}</ColumnHeader>
              <ColumnHeader numeric>{t('examAssessor.list.columns.candidates')}</ColumnHeader>
              <ColumnHeader numeric>{t('examAssessor.list.columns.started')}</ColumnHeader>
              <ColumnHeader numeric>{t('examAssessor.list.columns.submitted')}</ColumnHeader>
            </>
          }
        >
          {exams.data.map((exam) => (
            <ExamRow key={exam.id} exam={exam} language={language} scenes={scenes.state === 'ready' ? scenes.data : undefined} />
          ))}
        </DataTable>
      )}
    </section>
  );
}
