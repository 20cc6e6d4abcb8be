// /exams/:examId/candidates/:learnerId/marking: one candidate's attempt for the exam's judges —
// the 3D replay and the measurement report beside the standard's judgement aspects (0–3 each,
// a note, Save), the judges' marks once all have marked (disagreements highlighted), the result
// as the server derives it, and every mark change. Read-only, and marked so, after sign-off.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Exam } from '../../../scenes/protocol/exams';
import type { Marking } from '../../../scenes/protocol/marking';
import { findScene } from '../../../scenes/registry';
import { endpoints } from '../../app/endpoints';
import { useApi } from '../../app/useApi';
import { useSession } from '../../app/useSession';
import { Layout } from '../../components/Layout';
import { ErrorNotice, Loading } from '../../components/Status';
import { sceneTitle } from '../../components/sceneText';
import { formatDateTime, uiLanguage } from '../../i18n/format';
import { LogProgress } from '../review/LogProgress';
import { useSessionLog } from '../review/useSessionLog';
import { MarkingAttempt } from './MarkingAttempt';
import { JudgesTable, type Judge } from './JudgesTable';
import { MarkForm } from './MarkForm';
import { MarkHistory } from './MarkHistory';
import { MarkingOutcome } from './MarkingOutcome';
import { attemptEnded, presentMarking } from './markingView';
import { judgesOf } from './judges';
import { useExamResults } from './useExamResults';
import { useReloadable } from './useReloadable';
import './marking.css';

function Attempt({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const log = useSessionLog(sessionId);
  if (log.state === 'ready') return <MarkingAttempt session={log.session} events={log.events} />;
  return (
    <div className="marking-attempt">
      <section className="card" aria-labelledby="replay-title">
        <h2 id="replay-title">{t('examMarking.replay.title')}</h2>
        {log.state === 'loading' && <LogProgress received={log.received} expected={log.expected} />}
        {log.state === 'error' && <ErrorNotice error={log.error} subject="session" onRetry={log.retry} />}
      </section>
    </div>
  );
}

/** The form starts again when reloaded marks differ from the ones it began with; a save keeps it as it is. */
const ownMarksKey = (marking: Marking, viewerId: string) =>
  marking.aspects.map((a) => `${a.id}:${a.marks.find((m) => m.assessorId === viewerId)?.mark ?? ''}`).join(',');

function Marks({ exam, learnerId, viewerId }: { exam: Exam; learnerId: string; viewerId: string }) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const candidate = exam.candidates.find((c) => c.learnerId === learnerId);
  const loaded = useReloadable(endpoints.marking(exam.id, learnerId));
  const history = useReloadable(endpoints.markHistory(exam.id, learnerId));
  const results = useExamResults(exam.id);
  const assessors = useApi(endpoints.institutionAssessors());
  const [saved, setSaved] = useState<Marking | null>(null);
  const aspects = findScene(exam.sceneId)?.judgementAspects ?? [];
  if (loaded.state === 'loading') return <Loading />;
  if (loaded.state === 'error') return <ErrorNotice error={loaded.error} subject="learner" onRetry={loaded.retry} />;

  const marking = saved ?? loaded.data.marking;
  const judge = exam.leadAssessorId === viewerId || exam.assessorIds.includes(viewerId);
  const ended = candidate ? attemptEnded(candidate.status) : false;
  const view = presentMarking(marking, viewerId, judge, ended);
  const row = results.state === 'ready' ? results.data.find((r) => r.learnerId === learnerId) : undefined;
  const judges: Judge[] = judgesOf(exam, view.rows, assessors.state === 'ready' ? assessors.data : [], history.state === 'ready' ? history.data.changes : []);
  const reload = () => {
    setSaved(null);
    loaded.reload();
    history.reload();
    results.reload();
  };
  const readOnlyReason = view.signedOff ? undefined : !judge ? t('examMarking.aspects.readOnly') : !ended ? t('examMarking.aspects.notEnded') : undefined;

  return (
    <>
      {view.signedOff && (
        <div className="notice signed-off-banner" role="status" data-testid="signed-off-banner">
          <p>
            {t('examMarking.signedOff.banner', { date: row?.signedOffAt ? formatDateTime(row.signedOffAt, language) : '' })}
          </p>
          {row?.certificateId && (
            <Link to={`/verify/${encodeURIComponent(row.certificateId)}`} data-testid="certificate-link">
              {t('examMarking.signedOff.certificate')}
            </Link>
          )}
        </div>
      )}
      <section className="card" aria-labelledby="aspects-title" data-testid="marking-state" data-state={marking.state}>
        <div className="panel-head">
          <h2 id="aspects-title">{t('examMarking.aspects.title')}</h2>
          <span className={`chip marking-chip ${marking.state}`}>{t(`examMarking.state.${marking.state}`)}</span>
        </div>
        <MarkForm
          key={ownMarksKey(loaded.data.marking, viewerId)}
          examId={exam.id}
          learnerId={learnerId}
          aspects={aspects}
          view={view}
          readOnlyReason={readOnlyReason}
          onSaved={(answer) => {
            setSaved(answer.marking);
            history.reload();
            results.reload();
          }}
        />
      </section>
      <section className="card" aria-labelledby="judges-title">
        <div className="panel-head">
          <h2 id="judges-title">{t('examMarking.judges.title')}</h2>
          <button type="button" className="button ghost" onClick={reload} data-testid="reload-marks">
            {t('examMarking.judges.reload')}
          </button>
        </div>
        <JudgesTable view={view} aspects={aspects} judges={judges} viewerId={viewerId} />
      </section>
      <section className="card" aria-labelledby="outcome-title">
        <h2 id="outcome-title">{view.signedOff ? t('examMarking.outcome.signedOffTitle') : t('examMarking.outcome.title')}</h2>
        <MarkingOutcome marking={marking} report={row?.report} ownOnly={!view.showAll} />
      </section>
      <section className="card" aria-labelledby="history-title">
        <h2 id="history-title">{t('examMarking.history.title')}</h2>
        <MarkHistory history={history} aspects={aspects} />
      </section>
    </>
  );
}

export function MarkingPage() {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const { examId = '', learnerId = '' } = useParams();
  const { session } = useSession();
  const exam = useApi(endpoints.exam(examId));
  const back = (
    <nav aria-label={t('classPage.breadcrumb')} className="breadcrumb">
      <Link to={`/exams/${encodeURIComponent(examId)}/results`} data-testid="back-to-results">
        <span aria-hidden="true">←</span> {t('examMarking.back')}
      </Link>
    </nav>
  );
  if (exam.state !== 'ready') {
    return (
      <Layout title={exam.state === 'error' ? t('pageTitles.error') : undefined}>
        {back}
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
  const data = exam.data.exam;
  const candidate = data.candidates.find((c) => c.learnerId === learnerId);
  const name = candidate?.name ?? learnerId;
  return (
    <Layout title={t('examMarking.documentTitle', { name })}>
      {back}
      <article className="marking" aria-labelledby="marking-title">
        <header className="page-head">
          <p className="eyebrow">{t('examMarking.eyebrow')}</p>
          <h1 id="marking-title" data-testid="marking-title">
            {name}
          </h1>
          <p className="muted">
            {data.title} · {sceneTitle(data.sceneId, language)}
            {candidate && <> · {t(`examProctor.status.${candidate.status}`)}</>}
          </p>
        </header>
        {candidate?.sessionId ? <Attempt sessionId={candidate.sessionId} /> : <p className="empty">{t('examMarking.replay.noSession')}</p>}
        {session && candidate && attemptEnded(candidate.status) ? (
          <Marks exam={data} learnerId={learnerId} viewerId={session.user.id} />
        ) : (
          <p className="notice" data-testid="marking-not-ended">
            {t('examMarking.aspects.notEnded')}
          </p>
        )}
      </article>
    </Layout>
  );
}
