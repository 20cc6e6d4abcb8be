// Stopping a candidate: the reason dialog (client/components/ReasonDialog.tsx) calling
// POST /api/exams/:id/candidates/:learnerId/stop with the required reason.
import { useTranslation } from 'react-i18next';
import type { ScoreReport } from '../../../scenes/rubric/report';
import { apiSend } from '../../app/api';
import { endpoints } from '../../app/endpoints';
import { errorText } from '../../app/problems';
import { ReasonDialog } from '../../components/ReasonDialog';

// The server's limit (stopCandidateSchema; zod stays out of the page's chunk).
const stopReasonMax = 500;

export interface StopTarget {
  learnerId: string;
  name: string;
}

export function StopDialog({ examId, target, onClose, onStopped }: { examId: string; target: StopTarget; onClose(): void; onStopped(result: ScoreReport): void }) {
  const { t } = useTranslation();
  return (
    <ReasonDialog
      text={{
        title: t('examProctor.stop.title', { name: target.name }),
        explain: t('examProctor.stop.explain'),
        reason: t('examProctor.stop.reason'),
        reasonHint: t('examProctor.stop.reasonHint'),
        reasonMissing: t('examProctor.stop.reasonMissing'),
        cancel: t('examProctor.stop.cancel'),
        confirm: t('examProctor.stop.confirm'),
        working: t('examProctor.stop.working'),
      }}
      maxLength={stopReasonMax}
      send={async (reason) => onStopped((await apiSend(endpoints.stopCandidate(examId, target.learnerId, reason))).result)}
      failureText={(failure) => errorText(t, failure, 'session')}
      onClose={onClose}
      className="proctor-dialog"
      actionsClassName="proctor-dialog-actions"
      testId="stop"
    />
  );
}
