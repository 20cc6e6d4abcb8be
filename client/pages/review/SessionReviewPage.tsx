// Session review (/sessions/:id): the server's ScoreReport criterion by criterion, each measured
// parameter plotted against its tolerance band from the scene's own fold over the stored log
// (so plot and score agree), for a procedure scene its step timeline (each entry opens the replay
// at its moment), critical errors in time, the teacher's comment, and the 3D replay.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ScoreReport } from '../../../scenes/rubric/report';
import { reviewLog, reviewStateSeries } from '../../../scenes/rubric/scoreLog';
import { findScene } from '../../../scenes/registry';
import { useSession } from '../../app/useSession';
import { Layout, usePageTitle } from '../../components/Layout';
import { ErrorNotice, Loading } from '../../components/Status';
import { formatDateTime, uiLanguage } from '../../i18n/format';
import { CommentBox } from './CommentBox';
import { IntegrityNotice } from './IntegrityNotice';
import { LogProgress } from './LogProgress';
import { ParameterPlot } from './ParameterPlot';
import { StatePlot } from './StatePlot';
import { sharedTimeRange } from './plotSeries';
import { ReportBreakdown } from './ReportBreakdown';
import { StepTimeline } from './StepTimeline';
import { stepTimelineView } from './stepTimeline';
import { useSessionLog, type SessionDetail } from './useSessionLog';
import type { AttemptEvent } from '../../../scenes/rubric/events';

function Review({ session, events }: { session: SessionDetail; events: AttemptEvent[] }) {
  const { t, i18n } = useTranslation();
  const { session: signedIn } = useSession();
  const language = uiLanguage(i18n.language);
  const rules = findScene(session.sceneId);
  const review = useMemo(() => (rules ? reviewLog(rules, events, session.params) : null), [rules, events, session.params]);
  // A scene's own state over time (no band), e.g. the fire's intensity: none for most scenes.
  const states = useMemo(() => (rules ? reviewStateSeries(rules, events, session.params) : []), [rules, events, session.params]);
  // The stored report is the authoritative one; an unfinished attempt shows the fold's report so far.
  const report = (session.result as ScoreReport | undefined) ?? review?.report;
  const criticalTimes = useMemo(() => report?.critical.map((c) => c.t) ?? [], [report]);
  const timeRange = useMemo(() => sharedTimeRange([...states, ...(review?.series ?? [])], criticalTimes), [states, review, criticalTimes]);
  const timeline = useMemo(() => (rules ? stepTimelineView(rules, events, session.params, language, report?.critical) : null), [rules, events, session.params, language, report]);
  // A procedure scene shows its timeline instead of plots; a scene with both shows both.
  const showPlots = !timeline || (rules?.measuredParameters.length ?? 0) > 0;
  const replayPath = `/sessions/${encodeURIComponent(session.id)}/replay`;
  const title = rules?.summary.title[language] ?? session.sceneId;
  const learnerName = session.learnerName ?? session.learnerId;
  const ownSession = signedIn?.user.id === session.learnerId;
  usePageTitle(t('pageTitles.review', { scene: title, name: learnerName }));

  return (
    <article className="review" aria-labelledby="review-title">
      <nav className="crumbs" aria-label={t('review.navigation')}>
        <Link to="/">{t('header.home')}</Link>
        <span aria-hidden="true"> › </span>
        <Link to={`/learners/${encodeURIComponent(session.learnerId)}/progress`}>{ownSession ? t('review.myProgress') : t('review.progressOf', { name: learnerName })}</Link>
      </nav>
      <header className="review-head">
        <div>
          <h1 id="review-title">{title}</h1>
          <p className="muted">
            {learnerName} · {formatDateTime(session.startedAt, language)} · {t(`tables.${session.mode}`)}
            {session.status === 'active' && <> · {t('tables.inProgress')}</>}
            {session.status === 'abandoned' && <> · {t('openAttempt.abandoned')}</>}
          </p>
        </div>
        <Link className="button primary" to={replayPath} data-testid="open-replay">
          ▶ {t('review.openReplay')}
        </Link>
      </header>

      <section className="card" aria-labelledby="report-title">
        <h2 id="report-title">{t('review.reportTitle')}</h2>
        {session.status === 'active' && <p className="notice">{t('review.notFinished')}</p>}
        <IntegrityNotice sessionId={session.id} />
        {report ? <ReportBreakdown report={report} rules={rules} headingLevel={3} /> : <p className="empty">{t('review.noReport')}</p>}
      </section>

      {timeline && <StepTimeline view={timeline} replayPath={replayPath} />}

      {showPlots && (
        <section className="card" aria-labelledby="plots-title">
          <h2 id="plots-title">{t('review.plotsTitle')}</h2>
          <p className="muted small">{t([`review.plotsHelpByScene.${session.sceneId}`, 'review.plotsHelp'])}</p>
          {review && review.series.length > 0 ? (
            <div className="plots" data-testid="parameter-plots">
              {states.map((series) => (
                <StatePlot key={series.id} series={series} syncKey={`review-${session.id}`} criticalTimes={criticalTimes} timeRange={timeRange} />
              ))}
              {review.series.map((series) => (
                <ParameterPlot
                  key={series.id}
                  series={series}
                  name={rules?.names[series.id]?.[language] ?? series.id}
                  syncKey={`review-${session.id}`}
                  criticalTimes={criticalTimes}
                  timeRange={timeRange}
                />
              ))}
            </div>
          ) : (
            <p className="empty">{t('review.noPlots')}</p>
          )}
        </section>
      )}

      <CommentBox sessionId={session.id} initial={session.comment} />
    </article>
  );
}

export function SessionReviewPage() {
  const { t } = useTranslation();
  const { sessionId } = useParams();
  const log = useSessionLog(sessionId);
  return (
    <Layout title={log.state === 'error' ? t('pageTitles.error') : log.state === 'loading' ? t('home.loading') : undefined}>
      {log.state === 'loading' && (log.expected > 0 ? <LogProgress received={log.received} expected={log.expected} /> : <Loading />)}
      {log.state === 'error' && (
        <>
          <h1 className="visually-hidden">{t('pageTitles.error')}</h1>
          <ErrorNotice error={log.error} subject="session" onRetry={log.retry} />
        </>
      )}
      {log.state === 'ready' && <Review session={log.session} events={log.events} />}
    </Layout>
  );
}
