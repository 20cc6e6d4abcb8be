// The candidate's attempt in 3D inside the marking page: the replay page's own canvas and
// controls (client/pages/review/ReplayPage.tsx) in a box beside the marks, with a link to the
// full replay page for a headset. Paused at the start; judges play and seek as they mark (the
// caller owns the replay source, so the step timeline beside it seeks the same clock).
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ScoreReport } from '../../../scenes/rubric/report';
import { findScene } from '../../../scenes/registry';
import { uiLanguage } from '../../i18n/format';
import type { ReplaySource, TelemetrySink } from '../../workshop/contract';
import { LogProgress } from '../review/LogProgress';
import { ReplayControls } from '../review/ReplayControls';
import type { SessionDetail } from '../review/useSessionLog';

const WorkshopCanvas = lazy(() => import('../../workshop/WorkshopCanvas').then((m) => ({ default: m.WorkshopCanvas })));

/** A replay records nothing. */
const silentTelemetry: TelemetrySink = { record: () => undefined };

export function EmbeddedReplay({ session, replay }: { session: SessionDetail; replay: ReplaySource }) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const rules = findScene(session.sceneId);
  const report = session.result as ScoreReport | undefined;
  const markers = useMemo(() => (report?.critical ?? []).map((c) => ({ t: c.t, label: rules?.names[c.id]?.[language] ?? c.id })), [report, rules, language]);
  return (
    <>
      <div className="marking-replay workshop-embed" data-testid="marking-replay">
        <Suspense fallback={<LogProgress received={0} expected={0} />}>
          <WorkshopCanvas sceneId={session.sceneId} mode={session.mode} params={session.params} telemetry={silentTelemetry} replay={replay} />
        </Suspense>
        <ReplayControls clock={replay.clock} markers={markers} />
      </div>
      <p className="muted small">
        {t('examMarking.replay.help')}{' '}
        <Link to={`/sessions/${encodeURIComponent(session.id)}/replay`} data-testid="open-full-replay">
          {t('examMarking.replay.fullScreen')}
        </Link>
      </p>
    </>
  );
}
