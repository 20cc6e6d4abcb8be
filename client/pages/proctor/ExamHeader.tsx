// The exam the dashboard watches: title, scene, window, state (moving with the clock) and time limit.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useStore } from 'zustand';
import type { Exam, ExamStatus } from '../../../scenes/protocol/exams';
import { sceneTitle } from '../../components/sceneText';
import { formatDateTime, formatDurationWords, uiLanguage } from '../../i18n/format';
import type { ExamWindow } from './alerts';
import type { ProctorStore } from './proctorStore';
import { resultsPath } from '../marking/paths';

/** The exam's state on this PC's clock: it opens and closes while the page is open. */
export function examStateAt(window: ExamWindow, nowMs: number): ExamStatus {
  if (nowMs < window.opensAtMs) return 'scheduled';
  return nowMs < window.closesAtMs ? 'open' : 'closed';
}

export function ExamHeader({ exam, window, store }: { exam: Exam; window: ExamWindow; store: ProctorStore }) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const state = useStore(store, (s) => examStateAt(window, s.nowMs));
  return (
    <header className="proctor-head">
      <p className="eyebrow">{t('examProctor.eyebrow')}</p>
      <h1 data-testid="proctor-heading">{exam.title}</h1>
      <Link className="button ghost" to={resultsPath(exam.id)} data-testid="results-link">
        {t('examMarking.results.link')}
      </Link>
      <dl className="proctor-facts" aria-label={t('examProctor.exam.label')}>
        <div>
          <dt>{t('examProctor.exam.scene')}</dt>
          <dd>{sceneTitle(exam.sceneId, language)}</dd>
        </div>
        <div>
          <dt>{t('examProctor.exam.window')}</dt>
          <dd>{t('examProctor.exam.windowValue', { opens: formatDateTime(exam.opensAt, language), closes: formatDateTime(exam.closesAt, language) })}</dd>
        </div>
        <div>
          <dt>{t('examProctor.exam.state')}</dt>
          <dd data-testid="exam-state" data-state={state}>
            <span className={`chip ${state === 'open' ? 'pass' : 'neutral'}`}>{t(`examProctor.exam.states.${state}`)}</span>
          </dd>
        </div>
        <div>
          <dt>{t('examProctor.exam.timeLimit')}</dt>
          <dd>{formatDurationWords(exam.timeLimitMs, language)}</dd>
        </div>
      </dl>
    </header>
  );
}
