// The alerts in one sentence, in a polite live region: a screen reader hears when a candidate
// needs attention (the sentence changes only when the counts do).
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/shallow';
import { alertKinds, candidateAlerts, countAlerts, type ExamWindow } from './alerts';
import type { ProctorStore } from './proctorStore';

export function AlertSummary({ store, window }: { store: ProctorStore; window: ExamWindow }) {
  const { t } = useTranslation();
  const counts = useStore(
    store,
    useShallow((s) => countAlerts(Object.values(s.tiles).map((tile) => candidateAlerts(tile, window, s.nowMs)))),
  );
  const parts = alertKinds.filter((kind) => counts[kind] > 0).map((kind) => t(`examProctor.summary.${kind}`, { count: counts[kind] }));
  const text = counts.candidates === 0 ? t('examProctor.summary.none') : `${t('examProctor.summary.some', { count: counts.candidates })}: ${parts.join(', ')}.`;
  return (
    <p className={`proctor-summary${counts.candidates > 0 ? ' alerting' : ''}`} role="status" aria-live="polite" data-testid="alert-summary" data-candidates={counts.candidates}>
      {counts.candidates > 0 && <span aria-hidden="true">⚠ </span>}
      {text}
    </p>
  );
}
