// When a new exam opens and closes: a day (dd/mm/yyyy, DateField) and a clock time (HH:mm) for
// each, in Vietnam time; "Open now" for an exam that starts at once.
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/DateField';
import { parseTimeInput, type ExamDraft, type FieldProblem } from './examForm';
import { controlId, FieldProblemText, problemId } from './FieldProblemText';

type WindowDraft = Pick<ExamDraft, 'opensDay' | 'opensTime' | 'closesDay' | 'closesTime'>;

function TimeInput({ field, label, value, problem, onChange }: { field: 'opensAt' | 'closesAt'; label: string; value: string; problem: FieldProblem | undefined; onChange(time: string): void }) {
  const { t } = useTranslation();
  return (
    <div className="filter time-field">
      <label htmlFor={controlId(field)}>{label}</label>
      <input
        id={controlId(field)}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        maxLength={5}
        size={5}
        placeholder="HH:mm"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        // "9h5" stays as typed (and is flagged); a readable time is shown the one way.
        onBlur={() => {
          const time = parseTimeInput(value);
          if (time && time !== value) onChange(time);
        }}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problemId(field)}
        data-testid={field === 'opensAt' ? 'opens-time' : 'closes-time'}
      />
      <FieldProblemText id={problemId(field)} problem={problem} hint={t('examAssessor.create.timeHint')} />
    </div>
  );
}

export function ExamWindowFields({ draft, problems, onChange, onOpenNow }: {
  draft: WindowDraft;
  problems: { opensAt?: FieldProblem | undefined; closesAt?: FieldProblem | undefined };
  onChange(patch: Partial<WindowDraft>): void;
  onOpenNow(): void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="form-group">
      <legend>{t('examAssessor.create.windowLegend')}</legend>
      <div className="window-row">
        <DateField label={t('examAssessor.create.opensDay')} value={draft.opensDay} onChange={(opensDay) => onChange({ opensDay })} testId="opens-day" />
        <TimeInput field="opensAt" label={t('examAssessor.create.opensTime')} value={draft.opensTime} problem={problems.opensAt} onChange={(opensTime) => onChange({ opensTime })} />
        <button type="button" className="button ghost small-button window-now" onClick={onOpenNow} data-testid="opens-now">
          {t('examAssessor.create.opensNow')}
        </button>
      </div>
      <div className="window-row">
        <DateField label={t('examAssessor.create.closesDay')} value={draft.closesDay} onChange={(closesDay) => onChange({ closesDay })} testId="closes-day" />
        <TimeInput field="closesAt" label={t('examAssessor.create.closesTime')} value={draft.closesTime} problem={problems.closesAt} onChange={(closesTime) => onChange({ closesTime })} />
      </div>
    </fieldset>
  );
}
