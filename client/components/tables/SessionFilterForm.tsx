// The session list's filters: mode, result, learner, date range. Every change applies at once
// (and lands in the URL through the caller), so there is no submit button to miss.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../DateField';
import type { SessionFilters } from './sessionQuery';

type ResultChoice = '' | 'passed' | 'failed' | 'active' | 'abandoned' | 'timed_out' | 'stopped';

function resultChoice(filters: SessionFilters): ResultChoice {
  if (filters.status === 'active') return 'active';
  if (filters.status === 'abandoned' || filters.status === 'timed_out' || filters.status === 'stopped') return filters.status;
  if (filters.passed === 'true') return 'passed';
  if (filters.passed === 'false') return 'failed';
  return '';
}

const resultPatch: Record<ResultChoice, Partial<SessionFilters>> = {
  '': { passed: undefined, status: undefined },
  passed: { passed: 'true', status: undefined },
  failed: { passed: 'false', status: undefined },
  active: { passed: undefined, status: 'active' },
  abandoned: { passed: undefined, status: 'abandoned' },
  timed_out: { passed: undefined, status: 'timed_out' },
  stopped: { passed: undefined, status: 'stopped' },
};

export interface SessionFilterFormProps {
  filters: SessionFilters;
  learners?: readonly { id: string; name: string }[];
  onChange(patch: Partial<SessionFilters>): void;
  onClear(): void;
  canClear: boolean;
}

export function SessionFilterForm({ filters, learners, onChange, onClear, canClear }: SessionFilterFormProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <form className="filters" aria-label={t('classPage.filters.title')} onSubmit={(event) => event.preventDefault()}>
      <div className="filter">
        <label htmlFor={`${id}-mode`}>{t('classPage.filters.mode')}</label>
        <select id={`${id}-mode`} value={filters.mode ?? ''} onChange={(e) => onChange({ mode: (e.target.value || undefined) as SessionFilters['mode'] })}>
          <option value="">{t('classPage.filters.all')}</option>
          <option value="practice">{t('tables.practice')}</option>
          <option value="exam">{t('tables.exam')}</option>
        </select>
      </div>
      <div className="filter">
        <label htmlFor={`${id}-result`}>{t('classPage.filters.result')}</label>
        <select id={`${id}-result`} value={resultChoice(filters)} onChange={(e) => onChange(resultPatch[e.target.value as ResultChoice])}>
          <option value="">{t('classPage.filters.all')}</option>
          <option value="passed">{t('tables.passed')}</option>
          <option value="failed">{t('tables.failed')}</option>
          <option value="active">{t('tables.inProgress')}</option>
          <option value="abandoned">{t('openAttempt.abandoned')}</option>
          <option value="timed_out">{t('tables.timedOut')}</option>
          <option value="stopped">{t('tables.stopped')}</option>
        </select>
      </div>
      {learners && (
        <div className="filter">
          <label htmlFor={`${id}-learner`}>{t('classPage.filters.learner')}</label>
          <select id={`${id}-learner`} value={filters.learner ?? ''} onChange={(e) => onChange({ learner: e.target.value || undefined })}>
            <option value="">{t('classPage.filters.allLearners')}</option>
            {learners.map((learner) => (
              <option key={learner.id} value={learner.id}>
                {learner.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <DateField label={t('classPage.filters.from')} value={filters.from} onChange={(from) => onChange({ from })} testId="filter-from" />
      <DateField label={t('classPage.filters.to')} value={filters.to} onChange={(to) => onChange({ to })} testId="filter-to" />
      <div className="filter filter-action">
        <button type="button" className="button ghost small-button" onClick={onClear} disabled={!canClear}>
          {t('classPage.filters.clear')}
        </button>
      </div>
    </form>
  );
}
