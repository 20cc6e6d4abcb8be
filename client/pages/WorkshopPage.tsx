// A workshop attempt: in practice, first the learner's open attempt of the scene if there is one
// (continue or discard), then start (or resume) the session, the 3D workshop in its own chunk with
// the connection state and "Finish" over it, then the server's result. An exam (?exam=<id>)
// starts or resumes the candidate's one attempt, shows the server-timed countdown (also in the
// headset), hands in after a confirmation, and ends on a submitted screen without a score.
import { lazy, Suspense, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { findScene } from '../../scenes/registry';
import { useSession } from '../app/useSession';
import { Layout } from '../components/Layout';
import { errorText } from '../app/problems';
import type { ClientErrorCode } from '../app/api';
import type { WorkshopMode } from '../workshop/contract';
import { useAttempt } from '../workshop/useAttempt';
import { useAttemptChoice, useInAttemptMark } from '../workshop/useAttemptChoice';
import { ConnectionBadge } from './workshop/ConnectionBadge';
import { OpenAttemptPrompt } from './workshop/OpenAttemptPrompt';
import { ResultView } from './workshop/ResultView';
import { usePageHeading } from './workshop/usePageHeading';
import { useExamCountdown } from '../workshop/exam/useExamCountdown';
import { ExamCountdown } from './workshop/exam/ExamCountdown';
import { ExamEndedView } from './workshop/exam/ExamEndedView';
import { HandInDialog } from './workshop/exam/HandInDialog';
import { HeadsUpTimer } from '../workshop/runtime/HeadsUpTimer';
import { countdownTone, formatCountdown } from '../workshop/exam/examClock';

const WorkshopCanvas = lazy(() => import('../workshop/WorkshopCanvas').then((m) => ({ default: m.WorkshopCanvas })));

function FullScreenStatus({ text }: { text: string }) {
  return (
    <div className="workshop-status" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {text}
    </div>
  );
}

export function WorkshopPage() {
  const { t, i18n } = useTranslation();
  const { sceneId = '' } = useParams();
  const [search] = useSearchParams();
  const examId = search.get('exam') ?? undefined;
  const mode: WorkshopMode = examId !== undefined || search.get('mode') === 'exam' ? 'exam' : 'practice';
  const { session } = useSession();
  const [run, setRun] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const rules = findScene(sceneId);
  const who = { userId: session!.user.id, sceneId, mode, run };
  const opening = useAttemptChoice(who);
  const { state, status, finish } = useAttempt({ ...who, examId, choice: opening.state.phase === 'chosen' ? opening.state.choice : undefined });
  useInAttemptMark(state.phase === 'running' ? state.attempt.sessionId : undefined);
  const exam = state.phase === 'running' || state.phase === 'finishing' ? state.attempt.exam : undefined;
  const countdown = useExamCountdown(exam);
  const readHeadsUp = useCallback(() => {
    const remaining = exam?.remainingMs() ?? 0;
    return { text: formatCountdown(remaining), tone: countdownTone(remaining) };
  }, [exam]);
  const closeDialog = useCallback(() => setConfirming(false), []);
  const title = rules?.summary.title[i18n.language === 'en' ? 'en' : 'vi'] ?? sceneId;
  const heading = usePageHeading(t('workshopPage.documentTitle', { scene: title }));
  // The 3D view fills the screen: the page's one heading is for screen readers, and takes focus on arrival.
  const h1 = (
    <h1 className="visually-hidden" tabIndex={-1} ref={heading} data-testid="workshop-heading">
      {t('workshopPage.heading', { scene: title, mode: t(`workshop.${mode}`) })}
    </h1>
  );

  if (opening.state.phase === 'ask') {
    const { open, discarding, error } = opening.state;
    return (
      <Layout>
        <OpenAttemptPrompt
          open={open}
          sceneTitle={title}
          discarding={discarding}
          {...(error ? { error } : {})}
          onContinue={opening.continueOpen}
          onDiscard={opening.discardOpen}
        />
      </Layout>
    );
  }
  if (opening.state.phase === 'checking') return <FullScreenStatus text={t('workshop.starting')} />;

  if (state.phase === 'result') {
    return (
      <Layout>
        <ResultView report={state.result} rules={rules} sessionId={state.sessionId} onTryAgain={() => setRun((n) => n + 1)} />
      </Layout>
    );
  }
  if (state.phase === 'ended') {
    return (
      <Layout>
        <ExamEndedView outcome={state.outcome} confirmed />
      </Layout>
    );
  }
  // The deadline has passed on the server's clock: nothing more is recorded; what was recorded
  // in time is still being delivered until the server closes the attempt (session:ended).
  if (exam && countdown?.tone === 'over') {
    return (
      <Layout>
        <ExamEndedView outcome="time_over" confirmed={false} status={status} />
      </Layout>
    );
  }
  if (state.phase === 'error') {
    const examRefusal = examId !== undefined && state.during === 'start' && t(`examCandidate.workshop.startRefused.${state.code}`, { defaultValue: '' });
    return (
      <Layout>
        <section className="card narrow" role="alert">
          <p>{examRefusal || t(state.during === 'start' ? 'workshop.startFailed' : 'workshop.finishFailed', { reason: attemptProblemText(t, state.code) })}</p>
          {state.code === 'unauthorized' ? (
            <Link className="button primary" to="/login">
              {t('problems.signIn')}
            </Link>
          ) : (
            <Link className="button primary" to="/">
              {t('workshop.back')}
            </Link>
          )}
        </section>
      </Layout>
    );
  }
  if (state.phase === 'opening') {
    return (
      <main className="workshop">
        {h1}
        <FullScreenStatus text={t('workshop.starting')} />
      </main>
    );
  }

  const { attempt } = state;
  const finishing = state.phase === 'finishing';
  // An exam hands in after a confirmation on the page; in the headset, holding B or Y for a
  // second is itself the deliberate act (the heads-up panel says so).
  const onFinishClick = () => (exam ? setConfirming(true) : void finish());
  const hud = exam && <HeadsUpTimer read={readHeadsUp} label={t('examCandidate.workshop.remaining')} hint={t('examCandidate.workshop.hudHint')} />;
  return (
    <main className="workshop">
      {h1}
      <Suspense fallback={<FullScreenStatus text={t('workshop.loading')} />}>
        <WorkshopCanvas sceneId={sceneId} mode={mode} params={attempt.params} telemetry={attempt.telemetry} onFinish={() => void finish()} hud={hud} />
      </Suspense>
      <div className="workshop-bar" role="toolbar" aria-label={title}>
        <span className="workshop-title">
          {title} <span className="role-badge">{t(`workshop.${mode}`)}</span>
        </span>
        {exam && countdown && <ExamCountdown countdown={countdown} />}
        <ConnectionBadge status={status} />
        <button type="button" className="button primary" onClick={onFinishClick} disabled={finishing} data-testid="finish">
          {finishing ? (
            t(exam ? 'examCandidate.workshop.handingIn' : 'workshop.finishing')
          ) : (
            <>
              {/* A narrow bar shows the short word; the name stays the full one, which contains it. */}
              <span className="label-long">{t(exam ? 'examCandidate.workshop.handIn' : 'workshop.finish')}</span>
              <span className="label-short" aria-hidden="true">
                {t(exam ? 'examCandidate.workshop.handInShort' : 'workshopPage.finishShort')}
              </span>
            </>
          )}
        </button>
        {exam ? (
          <Link className="button ghost" to="/" title={t('examCandidate.workshop.leaveHint')} data-testid="exam-leave">
            <span className="label-long">{t('examCandidate.workshop.leave')}</span>
            <span className="label-short" aria-hidden="true">
              {t('examCandidate.workshop.leaveShort')}
            </span>
          </Link>
        ) : (
          <Link className="button ghost" to="/">
            {t('workshop.exit')}
          </Link>
        )}
      </div>
      {confirming && exam && !finishing && (
        <HandInDialog
          timeLeft={countdown?.text ?? ''}
          onCancel={closeDialog}
          onConfirm={() => {
            setConfirming(false);
            void finish();
          }}
        />
      )}
      {finishing && <FullScreenStatus text={t('workshop.saving', { count: status?.pending ?? 0 })} />}
    </main>
  );
}

/** The sentence for an attempt's error code (the server's English message is never shown). */
function attemptProblemText(t: (key: string, options?: Record<string, unknown>) => string, code: string): string {
  return errorText(t, { status: 0, code: code as ClientErrorCode }, 'session');
}
