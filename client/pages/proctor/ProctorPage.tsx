// /exams/:examId/proctor (the exam's assessors, admins): the exam's facts from GET /api/exams/:id
// and, live over /proctor (docs/protocol.md §6), a tile per candidate. See docs/proctoring.md.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Exam } from '../../../scenes/protocol/exams';
import { endpoints } from '../../app/endpoints';
import { useApi } from '../../app/useApi';
import { Layout } from '../../components/Layout';
import { ErrorNotice, Loading } from '../../components/Status';
import { examWindow } from './alerts';
import { Dashboard } from './Dashboard';
import { ExamHeader } from './ExamHeader';
import { useProctorLink } from './useProctorLink';
import './proctor.css';

function Proctoring({ exam }: { exam: Exam }) {
  const { t } = useTranslation();
  const { store } = useProctorLink(exam.id);
  const window = useMemo(() => examWindow(exam), [exam]);
  return (
    <Layout title={t('examProctor.documentTitle', { title: exam.title })}>
      <nav className="breadcrumb" aria-label={t('examProctor.eyebrow')}>
        <Link to="/">
          <span aria-hidden="true">←</span> {t('examProctor.back')}
        </Link>
      </nav>
      <ExamHeader exam={exam} window={window} store={store} />
      <Dashboard exam={exam} window={window} store={store} />
    </Layout>
  );
}

export function ProctorPage() {
  const { t } = useTranslation();
  const { examId = '' } = useParams();
  const exam = useApi(endpoints.exam(examId));
  if (exam.state === 'ready') return <Proctoring exam={exam.data.exam} />;
  return (
    <Layout title={exam.state === 'error' ? t('pageTitles.error') : undefined}>
      {exam.state === 'loading' && <Loading />}
      {exam.state === 'error' && (
        <>
          <h1 className="visually-hidden">{t('pageTitles.error')}</h1>
          <ErrorNotice error={exam.error} onRetry={exam.retry} />
        </>
      )}
    </Layout>
  );
}
