// /exams/:examId/proctor/spectate/:sessionId: one candidate's attempt live in 3D through the
// scene's own view, fed by the replay path (the same as /sessions/:id/replay) with the log that
// `proctor:spectate` and `proctor:events` bring, held at its newest event. Enter VR comes with
// the workshop canvas, as in the replay. The bar shows the candidate's tile facts live.
import { lazy, Suspense, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useStore } from 'zustand';
import type { Exam } from '../../../scenes/protocol/exams';
import type { SessionDetailResponse } from '../../../scenes/protocol/review';
import { endpoints } from '../../app/endpoints';
import { useApi } from '../../app/useApi';
import { errorText } from '../../app/problems';
import { Layout } from '../../components/Layout';
import { ErrorNotice, Loading } from '../../components/Status';
import { sceneTitle } from '../../components/sceneText';
import { formatScore, uiLanguage } from '../../i18n/format';
import { publishTestState } from '../../testHook';
import type { TelemetrySink } from '../../workshop/contract';
import { usePageHeading } from '../workshop/usePageHeading';
import { attemptEnded } from './candidateTile';
import { useProctorLink } from './useProctorLink';
import { useSpectate } from './useSpectate';
import { LinkBanner } from './LinkBanner';
import { RemainingTime } from './TileClock';
import './proctor.css';

const WorkshopCanvas = lazy(() => import('../../workshop/WorkshopCanvas').then((m) => ({ default: m.WorkshopCanvas })));

/** A spectator records nothing. */
const silentTelemetry: TelemetrySink = { record: () => undefined };

function Spectator({ exam, session }: { exam: Exam; session: SessionDetailResponse }) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const { store, link } = useProctorLink(exam.id);
  const spectating = useSpectate(link, session.id);
  const tile = useStore(store, (s) => s.tiles[session.learnerId]);
  const linkState = useStore(store, (s) => s.link.state);
  const scene = sceneTitle(session.sceneId, language);
  const name = tile?.name ?? session.learnerName;
  const heading = usePageHeading(t('examProctor.spectate.documentTitle', { name }));
  const dashboard = `/exams/${encodeURIComponent(exam.id)}/proctor`;
  const log = spectating.state === 'live' ? spectating.log : null;

  useEffect(
    () =>
      publishTestState('spectate', () => ({
        sessionId: session.id,
        state: spectating.state,
        link: store.getState().link.state,
        events: log?.events.length ?? 0,
        lastSeq: log?.events.at(-1)?.seq ?? 0,
        headT: log?.source.clock.durationMs ?? 0,
        timeMs: log?.source.clock.timeMs ?? 0,
        status: store.getState().tiles[session.learnerId]?.status ?? null,
      })),
    [session.id, session.learnerId, spectating.state, log, store],
  );
  const canvas = useMemo(
    () =>
      log && (
        <Suspense fallback={<Loading label={t('examProctor.spectate.loading')} />}>
          <WorkshopCanvas sceneId={session.sceneId} mode={session.mode} params={session.params} telemetry={silentTelemetry} replay={log.source} />
        </Suspense>
      ),
    [log, session.sceneId, session.mode, session.params, t],
  );

  return (
    <main className="workshop replay spectate" id="main" tabIndex={-1}>
      <h1 className="visually-hidden" tabIndex={-1} ref={heading} data-testid="spectate-heading">
        {t('examProctor.spectate.heading', { name, scene })}
      </h1>
      {canvas}
      <div className="workshop-bar" role="toolbar" aria-label={scene}>
        <span className="workshop-title">{scene}</span>
        <span className="role-badge live-badge">{t('examProctor.spectate.badge')}</span>
        <span className="replay-who" data-testid="spectate-who">
          {name}
        </span>
        {tile && (
          <span className="spectate-facts">
            {t(`examProctor.status.${tile.status}`)} · <RemainingTime tile={tile} store={store} /> · {t('examProctor.score')}{' '}
            {tile.live ? formatScore(tile.live.total, language) : t('examProctor.noScore')}
            {tile.critical.length > 0 && <span className="danger-text"> · ⚠ {t('formats.criticalCount', { count: tile.critical.length })}</span>}
          </span>
        )}
        <Link className="button ghost" to={dashboard} data-testid="back-to-dashboard">
          {t('examProctor.spectate.back')}
        </Link>
      </div>
      <div className="spectate-status" aria-live="polite">
        {linkState !== 'live' && <LinkBanner store={store} back={{ to: dashboard, label: t('examProctor.spectate.back') }} />}
        {spectating.state === 'loading' && linkState === 'live' && <Loading label={t('examProctor.spectate.loading')} />}
        {spectating.state === 'refused' && (
          <p className="notice error" role="alert" data-testid="spectate-refused">
            {spectating.code === 'conflict' || spectating.code === 'not_found' ? t('examProctor.spectate.notRunning') : errorText(t, { status: 0, code: spectating.code }, 'session')}
          </p>
        )}
        {tile && attemptEnded(tile.status) && (
          <p className="notice spectate-ended" data-testid="spectate-ended">
            {t('examProctor.spectate.ended')}
          </p>
        )}
      </div>
    </main>
  );
}

export function SpectatePage() {
  const { t } = useTranslation();
  const { examId = '', sessionId = '' } = useParams();
  const exam = useApi(endpoints.exam(examId));
  const session = useApi(endpoints.session(sessionId));
  if (exam.state === 'ready' && session.state === 'ready') return <Spectator exam={exam.data.exam} session={session.data} />;
  const failed = exam.state === 'error' ? exam : session.state === 'error' ? session : undefined;
  return (
    <Layout title={failed ? t('pageTitles.error') : undefined}>
      {!failed && <Loading label={t('examProctor.spectate.loading')} />}
      {failed && (
        <>
          <h1 className="visually-hidden">{t('pageTitles.error')}</h1>
          <ErrorNotice error={failed.error} subject="session" onRetry={failed.retry} back={{ to: `/exams/${encodeURIComponent(examId)}/proctor`, label: t('examProctor.spectate.back') }} />
        </>
      )}
    </Layout>
  );
}
