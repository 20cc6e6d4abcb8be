// The assessors of a new exam: the creator always, shown first as the lead; the institution's
// other assessors ticked as co-assessors.
import { useTranslation } from 'react-i18next';
import { endpoints } from '../../app/endpoints';
import { useApi } from '../../app/useApi';
import { ErrorNotice, Loading } from '../../components/Status';
import { toggleOne } from './candidatePick';
import type { FieldProblem } from './examForm';
import { controlId, FieldProblemText, problemId } from './FieldProblemText';

export function AssessorPicker({ lead, picked, onChange, problem }: { lead: { id: string; name: string }; picked: string[]; onChange(picked: string[]): void; problem: FieldProblem | undefined }) {
  const { t } = useTranslation();
  const assessors = useApi(endpoints.institutionAssessors());
  const others = assessors.state === 'ready' ? assessors.data.filter((a) => a.id !== lead.id) : [];
  return (
    <fieldset className="form-group" aria-describedby={problemId('assessorIds')} data-testid="assessor-picker">
      <legend>{t('examAssessor.create.assessorsLegend')}</legend>
      <ul className="pick-list">
        <li>
          <label className="pick-item">
            <input type="checkbox" checked disabled />
            {t('examAssessor.create.lead', { name: lead.name })}
          </label>
        </li>
        {others.map((assessor, i) => (
          <li key={assessor.id}>
            <label className="pick-item">
              <input
                id={i === 0 ? controlId('assessorIds') : undefined}
                type="checkbox"
                checked={picked.includes(assessor.id)}
                onChange={(e) => onChange(toggleOne(picked, assessor.id, e.target.checked))}
              />
              {assessor.name}
            </label>
          </li>
        ))}
      </ul>
      {assessors.state === 'loading' && <Loading />}
      {assessors.state === 'error' && <ErrorNotice error={assessors.error} onRetry={assessors.retry} />}
      {assessors.state === 'ready' && others.length === 0 && <p className="muted small">{t('examAssessor.create.noOtherAssessors')}</p>}
      <FieldProblemText id={problemId('assessorIds')} problem={problem} />
    </fieldset>
  );
}
