// /exams/:examId/results: every candidate of an exam with attempt status, measurement total,
// judgement points, final, pass and marking state, a link to each marking page, Sign off for
// the lead on a ready row (with a confirmation), and the certificate once there is one.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Exam } from '../../../scenes/protocol/exams';
import type { ExamResultRow } from '../../../scenes/protocol/marking';
import { findScene } from '../../../scenes/registry';
import { endpoints } from '../../app/endpoints';
import { useApi } from '../../app/useApi';
import { useSession } from '../../app/useSession';
import { ColumnHeader, DataTable } from '../../components/DataTable';
import { Layout } from '../../components/Layout';
import { ErrorNotice, Loading } from '../../components/Status';
import { sceneTitle } from '../../components/sceneText';
import { formatDateTime, formatNumber, uiLanguage, type UiLanguage } from '../../i18n/format';
import { canSignOff, resultState } from './markingView';
import { markingPath } from './paths';
import { SignOffDialog } from './SignOffDialog';
import { useExamResults } from './useExamResults';
import './marking.css';

function ResultRow({ exam, row, isLead, judge, language, onSignOff }: { exam: Exam; row: ExamResultRow; isLead: boolean; judge: boolean; language: UiLanguage; onSignOff(): void }) {
  const { t } = useTranslation();
  const state = resultState(row);
  const final = row.final ?? row.marking?.final;
  const passed = row.passed ?? row.marking?.passed;
  const shown = state !== 'not_ended';
  const markable = judge && (state === 'awaiting_marks' || state === 'disagreement' || state === 'ready');
  return (
    <tr data-testid={`result-row-${row.learnerId}`} data-state={state}>
      <th scope="row">{row.name}</th>
      <td>{t(`examProctor.status.${row.status}`)}</td>
      <td className="num">{row.report ? formatNumber(row.report.total, language, 1, 1) : '–'}</td>
      <td className="num">{shown && row.marking ? formatNumber(row.marking.judgementPoints, language, 1, 1) : '–'}</td>
      <td className="num" data-testid="result-final">
        {shown && final !== undefined ? formatNumber(final, language, 1, 1) : '–'}
      </td>
      <td>
        {shown && passed !== undefined ? <span className={`chip ${passed ? 'pass' : 'fail'}`}>{passed ? t('examMarking.outcome.passed') : t('examMarking.outcome.failed')}</span> : '–'}
      </td>
      <td>
        <span className={`chip marking-chip ${state}`} data-testid="result-state">
          {t(`examMarking.state.${state}`)}
        </span>
        {row.signedOffAt && <span className="cell-note muted small">{t('examMarking.results.signedOffOn', { date: formatDateTime(row.signedOffAt, language) })}</span>}
      </td>
      <td>
        <div className="results-actions">
          {row.sessionId && (
            <Link
              className="button ghost"
              to={markingPath(exam.id, row.learnerId)}
              aria-label={t(markable ? 'examMarking.results.markLabel' : 'examMarking.results.viewLabel', { name: row.name })}
              data-testid="open-marking"
            >
              {t(markable ? 'examMarking.results.mark' : 'examMarking.results.view')}
            </Link>
          )}
          {canSignOff(row, isLead) && (
            <button type="button" className="button primary" onClick={onSignOff} aria-label={t('examMarking.results.signOffLabel', { name: row.name })} data-testid="signoff">
              {t('examMarking.results.signOff')}
            </button>
          )}
          {row.certificateId && (
            <Link to={`/verify/${encodeURIComponent(row.certificateId)}`} aria-label={t('examMarking.results.certificateLabel', { name: row.name })} data-testid="certificate-link">
              {t('examMarking.results.certificate')}
            </Link>
          )}
        </div>
      </td>
    </tr>
  );
}

function Results({ exam, viewerId }: { exam: Exam; viewerId: string }) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const results = useExamResults(exam.id);
  const [signingId, setSigningId] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const isLead = exam.leadAssessorId === viewerId;
  const judge = isLead || exam.assessorIds.includes(viewerId);
  const aspects = findScene(exam.sceneId)?.judgementAspects ?? [];
  const judgementMax = aspects.reduce((sum, a) => sum + a.max, 0);
  if (results.state === 'loading') return <Loading />;
  if (results.state === 'error') return <ErrorNotice error={results.error} onRetry={results.retry} />;
  // The row as last loaded: a refused sign-off reloads the table, and the dialog names what the fresh row lacks.
  const signing = results.data.find((row) => row.learnerId === signingId);
  return (
    <>
      <p className="muted">{t('examMarking.results.intro', { judgement: judgementMax || 20 })}</p>
      {done && (
        <p className="notice success" role="status" data-testid="signoff-done">
          {t('examMarking.signOff.done', { name: done })}
        </p>
      )}
      {results.data.length === 0 ? (
        <p className="empty">{t('examMarking.results.empty')}</p>
      ) : (
        <DataTable
          caption={t('examMarking.results.caption')}
          testId="results-table"
          header={
            <>
              <ColumnHeader>{t('examMarking.results.columns.candidate')}</ColumnHeader>
              <ColumnHeader>{t('examMarking.results.columns.status')}</ColumnHeader>
              <ColumnHeader numeric>{t('examMarking.results.columns.measurement')}</ColumnHeader>
              <ColumnHeader numeric>{t('examMarking.results.columns.judgement')}</ColumnHeader>
              <ColumnHeader numeric>{t('examMarking.results.columns.final')}</ColumnHeader>
              <ColumnHeader>{t('examMarking.results.columns.passed')}</ColumnHeader>
              <ColumnHeader>{t('examMarking.results.columns.state')}</ColumnHeader>
              <ColumnHeader>{t('examMarking.results.columns.actions')}</ColumnHeader>
            </>
          }
        >
          {results.data.map((row) => (
            <ResultRow
              key={row.learnerId}
              exam={exam}
              row={row}
              isLead={isLead}
              judge={judge}
              language={language}
              onSignOff={() => {
                setDone(null);
                setSigningId(row.learnerId);
              }}
            />
          ))}
        </DataTable>
      )}
      {signing && (
        <SignOffDialog
          examId={exam.id}
          row={signing}
          onRefused={results.reload}
          judges={exam.judges}
          aspects={aspects}
          onClose={() => setSigningId(null)}
          onSignedOff={() => {
            setDone(signing.name);
            results.reload();
          }}
        />
      )}
    </>
  );
}

export function ResultsPage() {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const { examId = '' } = useParams();
  const { session } = useSession();
  const exam = useApi(endpoints.exam(examId));
  const title = exam.state === 'ready' ? t('examMarking.results.documentTitle', { title: exam.data.exam.title }) : exam.state === 'error' ? t('pageTitles.error') : undefined;
  return (
    <Layout title={title}>
      <nav aria-label={t('classPage.breadcrumb')} className="breadcrumb">
        <Link to="/">
          <span aria-hidden="true">←</span> {t('examProctor.back')}
        </Link>
      </nav>
      {exam.state === 'loading' && <Loading />}
      {exam.state === 'error' && (
        <>
          <h1 className="visually-hidden">{t('pageTitles.error')}</h1>
          <ErrorNotice error={exam.error} onRetry={exam.retry} />
        </>
      )}
      {exam.state === 'ready' && session && (
        <section className="section" aria-labelledby="results-title">
          <div className="panel-head results-head">
            <div>
              <p className="eyebrow">{t('examMarking.results.title')}</p>
              <h1 id="results-title" data-testid="results-title">
                {exam.data.exam.title}
              </h1>
              <p className="muted">{sceneTitle(exam.data.exam.sceneId, language)}</p>
            </div>
            <Link className="button ghost" to={`/exams/${encodeURIComponent(examId)}/proctor`}>
              {t('examMarking.toProctor')}
            </Link>
          </div>
          <Results exam={exam.data.exam} viewerId={session.user.id} />
        </section>
      )}
    </Layout>
  );
}
