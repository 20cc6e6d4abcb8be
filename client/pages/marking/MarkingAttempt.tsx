// The candidate's loaded attempt on the marking page: the embedded 3D replay beside the
// measurement report, and for a procedure scene the step timeline below them, whose entries seek
// that same replay (and bring it into view).
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttemptEvent } from '../../../scenes/rubric/events';
import type { ScoreReport } from '../../../scenes/rubric/report';
import { findScene } from '../../../scenes/registry';
import { uiLanguage } from '../../i18n/format';
import { seekReplayClock } from '../../workshop/replayClock';
import { ReportBreakdown } from '../review/ReportBreakdown';
import { StepTimeline } from '../review/StepTimeline';
import { stepTimelineView } from '../review/stepTimeline';
import { useReplaySource } from '../review/replaySource';
import type { SessionDetail } from '../review/useSessionLog';
import { EmbeddedReplay } from './EmbeddedReplay';

export function MarkingAttempt({ session, events }: { session: SessionDetail; events: AttemptEvent[] }) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const rules = findScene(session.sceneId);
  const report = session.result as ScoreReport | undefined;
  const replay = useReplaySource(events);
  const replayBox = useRef<HTMLElement>(null);
  const timeline = useMemo(() => (rules ? stepTimelineView(rules, events, session.params, language, report?.critical) : null), [rules, events, session.params, language, report]);
  const seek = (t: number) => {
    seekReplayClock(replay.clock, t);
    replayBox.current?.scrollIntoView({ block: 'nearest' });
  };
  return (
    <>
      <div className="marking-attempt">
        <section className="card" aria-labelledby="replay-title" ref={replayBox}>
          <h2 id="replay-title">{t('examMarking.replay.title')}</h2>
          <EmbeddedReplay session={session} replay={replay} />
        </section>
        <section className="card" aria-labelledby="report-title" data-testid="marking-report">
          <h2 id="report-title">{t('examMarking.report.title')}</h2>
          <p className="muted small">{t('examMarking.report.help')}</p>
          {report ? <ReportBreakdown report={report} rules={rules} headingLevel={3} /> : <p className="empty">{t('examMarking.report.none')}</p>}
        </section>
      </div>
      {timeline && <StepTimeline view={timeline} onSeek={seek} />}
    </>
  );
}
