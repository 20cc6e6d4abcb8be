// The exam's time left in the workshop bar: a timer (not announced every second), its colour
// turning to the warning style in the last minute, and one polite announcement when it does.
import { useTranslation } from 'react-i18next';
import type { Countdown } from '../../../workshop/exam/useExamCountdown';

export function ExamCountdown({ countdown }: { countdown: Countdown }) {
  const { t } = useTranslation();
  return (
    <span className={`exam-countdown ${countdown.tone}`} data-testid="exam-countdown" data-tone={countdown.tone} data-remaining-ms={Math.round(countdown.remainingMs)}>
      <span className="exam-countdown-label label-long">{t('examCandidate.workshop.remaining')}</span>
      <span className="exam-countdown-label label-short" aria-hidden="true">
        {t('examCandidate.workshop.remainingShort')}
      </span>
      <span role="timer" aria-label={t('examCandidate.workshop.remaining')} className="exam-countdown-time">
        {countdown.text}
      </span>
      {/* Always in the page, filled once: a screen reader hears the last-minute warning once. */}
      <span className="visually-hidden" aria-live="polite">
        {countdown.tone === 'warning' ? t('examCandidate.workshop.lastMinute') : ''}
      </span>
    </span>
  );
}
