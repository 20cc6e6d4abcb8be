// "My exams" on the student home: each exam the student is a candidate of, with its task, window,
// time limit and state, and Start (Continue while in progress) while it can be taken; otherwise
// why not (not open yet, closed) or how it ended. No score here: results come after marking.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Exam } from '../../../scenes/protocol/exams';
import type { SceneSummary } from '../../../scenes/protocol/rest';
import { endpoints } from '../../app/endpoints';
import { useApi } from '../../app/useApi';
import { ErrorNotice, Loading } from '../../components/Status';
import { formatDateTime, formatDurationWords, uiLanguage } from '../../i18n/format';
import { examCardState, examWorkshopPath, sortExamsForCandidate, type ExamCardState } from './examCardState';

/** The window is checked again this often, so Start turns on when the exam opens. */
const recheckMs = 15_000;

const stateKeys: Record<ExamCardState['kind'], string> = { start: 'open', continue: 'inProgress', opensLater: 'scheduled', closed: 'closed', done: '' };
const outcomeKeys = { submitted: 'submitted', timed_out: 'timedOut', stopped: 'stopped' } as const;

function ExamCard({ exam, nowMs, catalogue }: { exam: Exam; nowMs: number; catalogue: readonly SceneSummary[] | undefined }) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const state = examCardState(exam, nowMs);
  const when = (iso: string) => formatDateTime(iso, language);
  // The catalogue's title (GET /api/scenes), not the scene registry: the home page stays free of
  // every scene's rules (bench/bundle.ts).
  const scene = catalogue?.find((s) => s.id === exam.sceneId)?.title[language] ?? exam.sceneId;
  const stateKey = state.kind === 'done' ? outcomeKeys[state.outcome] : stateKeys[state.kind];
  const reasonId = `exam-${exam.id}-reason`;
  return (
    <li className="card exam-card" data-testid={`exam-card-${exam.id}`} data-state={state.kind}>
      <h3>{exam.title}</h3>
      <dl className="exam-facts">
        <dt>{t('examCandidate.home.scene')}</dt>
        <dd>{scene}</dd>
        <dt>{t('examCandidate.home.window')}</dt>
        <dd>{t('examCandidate.home.windowRange', { opens: when(exam.opensAt), closes: when(exam.closesAt) })}</dd>
        <dt>{t('examCandidate.home.timeLimit')}</dt>
        <dd>{formatDurationWords(exam.timeLimitMs, language)}</dd>
        {state.kind === 'continue' && state.deadlineAt && (
          <>
            <dt>{t('examCandidate.home.deadline')}</dt>
            <dd>{when(state.deadlineAt)}</dd>
          </>
        )}
        <dt>{t('examCandidate.home.state')}</dt>
        <dd>
          <span className={`exam-state ${state.kind}`} data-testid="exam-state">
            {t(`examCandidate.home.states.${stateKey}`)}
          </span>
        </dd>
      </dl>
      {(state.kind === 'start' || state.kind === 'continue') && (
        <Link className="button primary" to={examWorkshopPath(exam)} data-testid="exam-start">
          {t(state.kind === 'start' ? 'examCandidate.home.start' : 'examCandidate.home.continue')}
        </Link>
      )}
      {(state.kind === 'opensLater' || state.kind === 'closed') && (
        <>
          <p id={reasonId} className="muted small">
            {state.kind === 'opensLater' ? t('examCandidate.home.opensLater', { opens: when(state.opensAt) }) : t('examCandidate.home.closedUnstarted', { closes: when(state.closesAt) })}
          </p>
          <button type="button" className="button primary" disabled aria-describedby={reasonId} data-testid="exam-start">
            {t('examCandidate.home.start')}
          </button>
        </>
      )}
      {state.kind === 'done' && <p className="muted small">{t('examCandidate.home.resultsLater')}</p>}
    </li>
  );
}

export function MyExams() {
  const { t } = useTranslation();
  const exams = useApi(endpoints.exams());
  const scenes = useApi(endpoints.scenes());
  const [nowMs, setNowMs] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNowMs(Date.now()), recheckMs);
    return () => window.clearInterval(timer);
  }, []);
  return (
    <section aria-labelledby="my-exams-title" className="section" data-testid="my-exams">
      <h2 id="my-exams-title">{t('examCandidate.home.heading')}</h2>
      {exams.state === 'loading' && <Loading />}
      {exams.state === 'error' && <ErrorNotice error={exams.error} onRetry={exams.retry} />}
      {exams.state === 'ready' && exams.data.length === 0 && <p className="empty">{t('examCandidate.home.empty')}</p>}
      {exams.state === 'ready' && exams.data.length > 0 && (
        <>
          <p className="muted">{t('examCandidate.home.intro')}</p>
          <ul className="card-grid">
            {sortExamsForCandidate(exams.data, nowMs).map((exam) => (
              <ExamCard key={exam.id} exam={exam} nowMs={nowMs} catalogue={scenes.state === 'ready' ? scenes.data : undefined} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
