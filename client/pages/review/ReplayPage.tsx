// 3D replay (/sessions/:id/replay): the scene's own view driven by the stored log, on desktop or
// in a headset (Enter VR; the trigger plays and pauses there). Deterministic: what shows at a
// time depends only on the log and that time. ?t=ms opens it paused at that moment (the review's
// step timeline links there).
import { lazy, Suspense, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { ScoreReport } from '../../../scenes/rubric/report';
import { findScene } from '../../../scenes/registry';
import { Layout } from '../../components/Layout';
import { ErrorNotice } from '../../components/Status';
import { publishTestState } from '../../testHook';
import type { TelemetrySink } from '../../workshop/contract';
import { uiLanguage } from '../../i18n/format';
import { LogProgress } from './LogProgress';
import { ReplayControls } from './ReplayControls';
import { replayStartMs, useReplaySource } from './replaySource';
import { usePageHeading } from '../workshop/usePageHeading';
import { useSessionLog, type SessionDetail } from './useSessionLog';
import type { AttemptEvent } from '../../../scenes/rubric/events';

const WorkshopCanvas = lazy(() => import('../../workshop/WorkshopCanvas').then((m) => ({ default: m.WorkshopCanvas })));

/** A replay records nothing. */
const silentTelemetry: TelemetrySink = { record: () => undefined };

function Replay({ session, events }: { session: SessionDetail; events: AttemptEvent[] }) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const rules = findScene(session.sceneId);
  const [search] = useSearchParams();
  const replay = useReplaySource(events, replayStartMs(search.get('t')));
  const report = session.result as ScoreReport | undefined;
  const markers = useMemo(() => (report?.critical ?? []).map((c) => ({ t: c.t, label: rules?.names[c.id]?.[language] ?? c.id })), [report, rules, language]);
  useEffect(
    () =>
      publishTestState('replay', () => ({
        sessionId: session.id,
        events: events.length,
        durationMs: replay.clock.durationMs,
        timeMs: replay.clock.timeMs,
        playing: replay.clock.playing,
        speed: replay.clock.speed,
      })),
    [session.id, events.length, replay],
  );
  const title = rules?.summary.title[language] ?? session.sceneId;
  const learner = session.learnerName ?? session.learnerId;
  const heading = usePageHeading(t('workshopPage.replayDocumentTitle', { scene: title }));
  return (
    <main className="workshop replay">
      <h1 className="visually-hidden" tabIndex={-1} ref={heading} data-testid="replay-heading">
        {t('workshopPage.replayHeading', { scene: title, learner })}
      </h1>
      <Suspense fallback={<LogProgress received={0} expected={0} />}>
        <WorkshopCanvas sceneId={session.sceneId} mode={session.mode} params={session.params} telemetry={silentTelemetry} replay={replay} />
      </Suspense>
      <div className="workshop-bar" role="toolbar" aria-label={title}>
        <span className="workshop-title">
          {title} <span className="role-badge">{t('replay.badge')}</span>
        </span>
        <span className="replay-who">{learner}</span>
        <Link className="button ghost" to={`/sessions/${encodeURIComponent(session.id)}`} data-testid="back-to-review">
          {t('replay.backToReview')}
        </Link>
      </div>
      <ReplayControls clock={replay.clock} markers={markers} />
    </main>
  );
}

export function ReplayPage() {
  const { sessionId } = useParams();
  const log = useSessionLog(sessionId);
  if (log.state === 'ready') return <Replay session={log.session} events={log.events} />;
  return (
    <Layout>
      {log.state === 'loading' && <LogProgress received={log.received} expected={log.expected} />}
      {log.state === 'error' && <ErrorNotice error={log.error} />}
    </Layout>
  );
}
