// The end of an exam attempt as the candidate sees it: handed in, time over, or stopped by the
// assessor; never a score (results come after marking). At the deadline, before the server has
// closed the attempt, it also says whether what was recorded in time has reached the server.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ExamOutcome } from '../../../workshop/exam/examStart';
import type { DeliveryStatus } from '../../../workshop/telemetry/delivery';

const titles: Record<ExamOutcome, string> = { submitted: 'submittedTitle', time_over: 'timeOverTitle', stopped: 'stoppedTitle' };
const bodies: Record<ExamOutcome, string> = { submitted: 'submittedBody', time_over: 'timeOverBody', stopped: 'stoppedBody' };

export interface ExamEndedViewProps {
  outcome: ExamOutcome;
  /** The server has closed the attempt (session:ended, a hand-in, or it was over on arrival). */
  confirmed: boolean;
  /** Delivery of the events recorded in time, while the attempt is still open. */
  status?: DeliveryStatus | undefined;
}

export function ExamEndedView({ outcome, confirmed, status }: ExamEndedViewProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus({ preventScroll: true }), [outcome]);
  const pending = !confirmed && status ? status.pending : 0;
  return (
    <section className="card narrow exam-ended" aria-labelledby="exam-ended-title" data-testid="exam-ended" data-outcome={outcome} data-confirmed={confirmed}>
      <h1 id="exam-ended-title" ref={heading} tabIndex={-1}>
        {t(`examCandidate.ended.${titles[outcome]}`)}
      </h1>
      <p>{t(`examCandidate.ended.${bodies[outcome]}`)}</p>
      {!confirmed && status && (
        <p className={`notice ${status.connection === 'offline' && pending > 0 ? 'error' : ''}`} role="status" data-testid="exam-ended-delivery">
          {pending === 0
            ? t('examCandidate.ended.saved')
            : status.connection === 'online'
              ? t('examCandidate.ended.saving', { n: pending })
              : t('examCandidate.ended.offline', { n: pending })}
        </p>
      )}
      <p className="muted">{t('examCandidate.ended.resultsLater')}</p>
      <div className="actions">
        <Link className="button primary" to="/" data-testid="exam-back-home">
          {t('examCandidate.ended.back')}
        </Link>
      </div>
    </section>
  );
}
